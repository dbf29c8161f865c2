import type * as Y from 'yjs'
import { arrayChanges } from './array-changes'
import { NO_EDITS } from './claim-edits'
import type { Edits } from './claim-edits'
import { ClaimViews } from './claim-views'
import { IndexedEntries, newPending } from './indexed-entries'
import type { EntryCollection } from './layout'
import type { AuthorDeclaration, Decision, RemovableKind } from './schema'
import { compareDecisions } from './status'
import type { AsyncSignatureCheck } from './signature-sweep'
import type { ChangeSummary, ClaimView, EntryRemoval, QuarantineItem, StatusCounts } from './views'

/**
 * Keeps the derived views of one dossier current from Yjs events: each transaction touches only
 * the entries it added or removed and re-derives only the claims they belong to.
 * Every entry is validated as it arrives (indexed-entries.ts); what fails is quarantined, never
 * shown and never thrown. The claims' views are derived and kept in claim-views.ts.
 */
export class DossierIndex extends IndexedEntries {
  private readonly views: ClaimViews
  /** Claim entries appended at the end in the current transaction, to extend the order with. */
  private pendingAppends: unknown[] = []
  private readonly listeners = new Set<(change: ChangeSummary) => void>()

  constructor(doc: Y.Doc) {
    super(doc)
    this.views = new ClaimViews({
      layout: this.layout,
      claims: this.claims,
      edits: this.edits,
      verifier: this.verifier,
      decisions: this.decisions,
      evidence: this.evidence,
      comments: this.comments,
      links: this.links,
    })
    const { claims, decisions, evidence, comments, links, authors, members } = this.layout
    this.load()
    claims.observe((event) => this.onArray('claims', event))
    decisions.observe((event) => this.onArray('decisions', event))
    evidence.observe((event) => this.onArray('evidence', event))
    comments.observe((event) => this.onArray('comments', event))
    links.observe((event) => this.onArray('links', event))
    authors.observe((event) => this.onArray('authors', event))
    members.observe((event) => this.onArray('members', event))
    this.layout.claimEdits.observe((event) => {
      for (const key of event.keysChanged) this.readEdit(key)
    })
    this.layout.meta.observe(() => (this.pending.meta = true))
    this.layout.source.observe(() => (this.pending.source = true))
    doc.on('afterTransaction', this.flush)
  }

  destroy(): void {
    this.doc.off('afterTransaction', this.flush)
    this.listeners.clear()
  }

  /**
   * Checks the signatures of new heads with `check` instead of on the spot, as they arrive;
   * each claim is derived again once its results are in (DecisionVerifier.deferChecks).
   */
  deferSignatureChecks(check: AsyncSignatureCheck | null): void {
    this.verifier.deferChecks(check, (decisions) => {
      for (const decision of decisions) this.pending.claims.add(decision.claimId)
      this.flush()
    })
  }

  /** The claim's view with every head's signature checked: what a new decision must supersede. */
  settledClaim(id: string): ClaimView | undefined {
    if (this.verifier.settleNow(this.decisions.of(id))) {
      this.pending.claims.add(id)
      this.flush()
    }
    return this.claim(id)
  }

  onChange(listener: (change: ChangeSummary) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  claimIds(): readonly string[] {
    return this.views.claimIds()
  }

  claimList(): readonly ClaimView[] {
    return this.views.claimList()
  }

  claim(id: string): ClaimView | undefined {
    return this.views.claim(id)
  }

  statusCounts(): StatusCounts {
    return this.views.statusCounts()
  }

  /** `statusCounts` without the claims' views (ClaimViews.countsWithoutViews). */
  countsWithoutViews(): StatusCounts {
    return this.views.countsWithoutViews()
  }

  /** The newest validly signed name for each author key. */
  authorName(key: string): string | null {
    let best: AuthorDeclaration | null = null
    for (const declaration of this.authorTable.values()) {
      if (declaration.key !== key) continue
      if (
        best === null ||
        declaration.at > best.at ||
        (declaration.at === best.at && declaration.sig > best.sig)
      ) {
        best = declaration
      }
    }
    return best?.name ?? null
  }

  authors(): readonly AuthorDeclaration[] {
    return [...this.authorTable.values()]
  }

  quarantine(): QuarantineItem[] {
    const items = [...this.invalid.values(), ...this.edits.quarantine()]
    const tables = [
      ['claims', this.claims],
      ['decisions', this.decisions.table],
      ['evidence', this.evidence.table],
      ['comments', this.comments.table],
      ['links', this.links.table],
    ] as const
    for (const [collection, table] of tables) {
      for (const { id, rejected } of table.conflicts()) {
        items.push({
          collection,
          id,
          reason: `${rejected.length} other entr${rejected.length === 1 ? 'y' : 'ies'} reuse this id; ${collection === 'decisions' ? 'a validly signed one is kept before any other, then ' : ''}the first by content is kept`,
        })
      }
    }
    return items
  }

  editsOf(claimId: string): Readonly<Edits> {
    return this.edits.of(claimId) ?? NO_EDITS
  }

  /** The last removal flag written for an entry (removed, or restored), if any. */
  removal(kind: RemovableKind, entryId: string): EntryRemoval | undefined {
    return this.edits.removal(kind, entryId)
  }

  isRemoved(kind: RemovableKind, entryId: string): boolean {
    return this.edits.isRemoved(kind, entryId)
  }

  /** Every valid removal flag, with the kind and id of the entry it is about. */
  removalFlags(): { kind: RemovableKind; entryId: string; flag: EntryRemoval }[] {
    return this.edits.removalFlags()
  }

  decisionsOf(claimId: string): Decision[] {
    return this.decisions.of(claimId).sort(compareDecisions)
  }

  private onArray(collection: EntryCollection, event: Y.YArrayEvent<unknown>): void {
    const { added, removed, appendedAtEnd, appended } = arrayChanges(event)
    for (const value of added) this.accept(collection, value)
    for (const value of removed) this.retract(collection, value)
    if (collection !== 'claims') return
    // New claims at the end (the usual case) extend the order; anything else rebuilds it.
    if (appendedAtEnd && removed.length === 0) this.pendingAppends.push(...appended)
    else this.pending.order = true
  }

  private readonly flush = (): void => {
    const change = this.pending
    const appends = this.pendingAppends
    if (
      change.claims.size === 0 &&
      !change.meta &&
      !change.source &&
      !change.order &&
      !change.quarantine &&
      !change.members &&
      appends.length === 0
    ) {
      return
    }
    this.pending = newPending()
    this.pendingAppends = []
    const orderChanged = this.views.afterChange(change.claims, change.order, appends)
    for (const listener of this.listeners) listener({ ...change, order: orderChanged })
  }
}
