import type * as Y from 'yjs'
import { arrayChanges } from './array-changes'
import { ByClaim } from './by-claim'
import { ClaimEdits } from './claim-edits'
import type { Edits } from './claim-edits'
import { acceptEntryFast } from './entry-check'
import type { FastCollection } from './entry-check'
import { checkWithSchema, idOf, isFastChecked } from './entry-intake'
import type { Entry } from './entry-intake'
import { EntryTable } from './entry-table'
import { layoutOf } from './layout'
import { MembersLog } from './membership-log'
import type { DossierLayout, EntryCollection } from './layout'
import type {
  AuthorDeclaration,
  ClaimLink,
  ClaimRecord,
  Comment,
  Decision,
  Evidence,
  MemberEntry,
  RemovableKind,
} from './schema'
import { compareDecisions, statusLabel } from './status'
import { SharedStrings } from './shared-strings'
import type { AsyncSignatureCheck } from './signature-sweep'
import { DecisionVerifier, deriveVerifiedStatus } from './verified-status'
import type {
  ChangeSummary,
  ClaimView,
  EntryRemoval,
  LinkView,
  QuarantineItem,
  StatusCounts,
} from './views'
import { emptyCounts } from './views'

/**
 * Keeps the derived views of one dossier current from Yjs events: each transaction touches only
 * the entries it added or removed and re-derives only the claims they belong to.
 * Every entry is validated here; what fails is quarantined, never shown and never thrown.
 */
export class DossierIndex {
  readonly layout: DossierLayout
  readonly claims = new EntryTable<ClaimRecord>()
  readonly verifier = new DecisionVerifier()
  /** Under a reused id, a validly signed decision always wins over one that is not. */
  readonly decisions = new ByClaim<Decision>((d) => d.claimId, null, this.verifier.isSigned)
  readonly evidence = new ByClaim<Evidence>((e) => e.claimId)
  readonly comments = new ByClaim<Comment>((c) => c.claimId)
  readonly links = new ByClaim<ClaimLink>(
    (l) => l.from,
    (l) => l.to,
  )
  private readonly authorTable = new EntryTable<AuthorDeclaration & { id: string }>()
  readonly members = new MembersLog()
  private readonly edits: ClaimEdits
  private readonly invalid = new Map<object, QuarantineItem>()
  private order: string[] | null = null
  /**
   * Each listed claim's position in `order`, or its derived view while one is cached (the view
   * holds its position as `index`): one map rather than two, ~450 KB less for 10,000 claims.
   */
  private slots = new Map<string, ClaimView | number>()
  /** Claim entries appended at the end in the current transaction, to extend `order` with. */
  private pendingAppends: unknown[] = []
  private list: ClaimView[] | null = null
  private counts: StatusCounts | null = null
  private pending = newPending()
  private readonly listeners = new Set<(change: ChangeSummary) => void>()
  private readonly strings = new SharedStrings()

  constructor(readonly doc: Y.Doc) {
    this.layout = layoutOf(doc)
    this.edits = new ClaimEdits(this.layout.claimEdits, (kind, id) => this.removableEntry(kind, id))
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
    if (this.order === null) {
      const previous = this.slots
      this.order = []
      this.slots = new Map()
      this.appendOrder(this.layout.claims.toArray())
      // A view whose claim kept its place is still right: a reorder re-derives only what moved.
      for (const [id, slot] of previous)
        if (typeof slot !== 'number' && this.slots.get(id) === slot.index) this.slots.set(id, slot)
    }
    return this.order
  }

  private appendOrder(values: readonly unknown[]): void {
    const order = this.order!
    for (const value of values) {
      const id = idOf(value)
      if (id !== null && !this.slots.has(id) && this.claims.has(id)) {
        this.slots.set(id, order.length)
        order.push(id)
      }
    }
  }

  private positionOf(id: string): number | undefined {
    const slot = this.slots.get(id)
    return typeof slot === 'object' ? slot.index : slot
  }

  claimList(): readonly ClaimView[] {
    if (this.list === null) {
      this.list = this.claimIds().map((id, index) => this.view(id, index))
    }
    return this.list
  }

  claim(id: string): ClaimView | undefined {
    if (!this.claims.has(id)) return undefined
    this.claimIds()
    return this.view(id, this.positionOf(id) ?? -1)
  }

  statusCounts(): StatusCounts {
    if (this.counts === null) {
      const counts = emptyCounts()
      for (const claim of this.claimList()) if (!claim.removed) counts[claim.label] += 1
      this.counts = counts
    }
    return this.counts
  }

  /**
   * `statusCounts` without the claims' views, for what needs only the numbers (a library's
   * listing, an import): each claim's status is derived and dropped, not kept in a view. The
   * counts of the list when it is there; nothing is cached otherwise.
   */
  countsWithoutViews(): StatusCounts {
    if (this.counts !== null) return this.counts
    const counts = emptyCounts()
    for (const id of this.claimIds()) {
      if (this.edits.of(id)?.removed === true) continue
      counts[statusLabel(deriveVerifiedStatus(this.decisions.of(id), this.verifier).state)] += 1
    }
    return counts
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

  /** The entry a removal flag is about, if this copy has it. */
  removableEntry(kind: RemovableKind, entryId: string): Evidence | Comment | ClaimLink | undefined {
    switch (kind) {
      case 'link':
        return this.links.table.get(entryId)
      case 'evidence':
        return this.evidence.table.get(entryId)
      case 'comment':
        return this.comments.table.get(entryId)
    }
  }

  private view(id: string, index: number): ClaimView {
    const cached = this.slots.get(id)
    if (typeof cached === 'object' && cached.index === index) return cached
    const record = this.claims.get(id)!
    const edits = this.edits.of(id) ?? NO_EDITS
    const decisions = this.decisions.of(id)
    const { state, ignored } = deriveVerifiedStatus(decisions, this.verifier)
    const view: ClaimView = {
      id,
      index,
      text: edits.text ?? record.text,
      kind: edits.kind ?? record.kind,
      attribution: edits.attribution ?? record.attribution,
      figures: edits.figures ?? record.figures,
      tags: edits.tags ?? record.tags,
      assignee: edits.assignee ?? null,
      removed: edits.removed ?? false,
      quote: record.quote,
      createdBy: record.createdBy,
      createdAt: record.createdAt,
      state,
      label: statusLabel(state),
      decisionCount: decisions.length,
      ignoredDecisions: ignored.length,
      evidenceCount: this.countKept(this.evidence, 'evidence', id),
      commentCount: this.countKept(this.comments, 'comment', id),
      links: this.linkViews(id),
    }
    // Cached only at its place in the order: a claim not listed yet gets a slot when it is.
    if (index >= 0 && this.slots.get(id) === index) this.slots.set(id, view)
    return view
  }

  /** How many of the claim's entries are not removed; no test per entry while none is. */
  private countKept<T extends Evidence | Comment>(
    byClaim: ByClaim<T>,
    kind: RemovableKind,
    id: string,
  ): number {
    if (!this.edits.anyRemovals) return byClaim.count(id)
    return byClaim.count(id, (entry) => !this.isRemoved(kind, entry.id))
  }

  private linkViews(id: string): readonly LinkView[] {
    if (!this.links.has(id)) return NO_LINKS
    const links = this.links.of(id).filter((link) => !this.isRemoved('link', link.id))
    // Most claims have none: one shared empty list rather than one per claim's view.
    if (links.length === 0) return NO_LINKS
    return links
      .map((link): LinkView => ({
        id: link.id,
        type: link.type,
        direction: link.from === id ? 'out' : 'in',
        other: link.from === id ? link.to : link.from,
        ...(link.note === undefined ? {} : { note: link.note }),
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1))
  }

  decisionsOf(claimId: string): Decision[] {
    return this.decisions.of(claimId).sort(compareDecisions)
  }

  private load(): void {
    for (const value of this.layout.claims.toArray()) this.accept('claims', value)
    this.loadByClaim('decisions', this.decisions)
    this.loadByClaim('evidence', this.evidence)
    this.loadByClaim('comments', this.comments)
    this.loadByClaim('links', this.links)
    for (const value of this.layout.authors.toArray()) this.accept('authors', value)
    for (const value of this.layout.members.toArray()) this.accept('members', value)
    for (const key of this.layout.claimEdits.keys()) this.readEdit(key)
    this.pending = newPending()
  }

  /** `accept` for a whole collection as a dossier opens: its check and table chosen once. */
  private loadByClaim<T extends Decision | Evidence | Comment | ClaimLink>(
    collection: FastCollection,
    byClaim: ByClaim<T>,
  ): void {
    const touched = this.pending.claims
    for (const value of this.layout[collection].toArray()) {
      const entry = acceptEntryFast(collection, value)
        ? this.keepChecked(collection, value as T)
        : this.validateSlowly(collection, value)
      if (entry !== null) byClaim.add(entry as T, touched)
    }
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

  private accept(collection: EntryCollection, value: unknown): void {
    const entry = this.validate(collection, value)
    if (entry === null) return
    this.apply(collection, entry, 'add')
  }

  private retract(collection: EntryCollection, value: unknown): void {
    if (typeof value === 'object' && value !== null && this.invalid.delete(value)) return
    const entry = this.validate(collection, value)
    if (entry !== null) this.apply(collection, entry, 'remove')
  }

  private apply(collection: EntryCollection, entry: Entry, op: 'add' | 'remove'): void {
    const touched = this.pending.claims
    switch (collection) {
      case 'claims': {
        const claim = entry as ClaimRecord
        if (op === 'add') this.claims.add(claim)
        else this.claims.remove(claim)
        touched.add(claim.id)
        return
      }
      case 'decisions':
        this.decisions[op](entry as Decision, touched)
        return
      case 'evidence':
        this.evidence[op](entry as Evidence, touched)
        return
      case 'comments':
        this.comments[op](entry as Comment, touched)
        return
      case 'links':
        this.links[op](entry as ClaimLink, touched)
        return
      case 'authors': {
        const declaration = entry as AuthorDeclaration
        const keyed = {
          ...declaration,
          id: `${declaration.key}/${declaration.at}/${declaration.sig}`,
        }
        if (op === 'add') this.authorTable.add(keyed)
        else this.authorTable.remove(keyed)
        this.pending.meta = true
        return
      }
      case 'members':
        this.members[op](entry as MemberEntry)
        this.pending.members = true
        return
    }
  }

  private validate(collection: EntryCollection, value: unknown): Entry | null {
    // The common case, an entry the schema keeps as it is, without zod's copy (entry-check.ts).
    if (isFastChecked(collection) && acceptEntryFast(collection, value))
      return this.keepChecked(collection, value as Entry)
    return this.validateSlowly(collection, value)
  }

  /** An entry `acceptEntryFast` took: its parts are frozen, it takes shared strings, then it is. */
  private keepChecked(collection: FastCollection, entry: Entry): Entry {
    this.strings.share(collection, entry)
    return Object.freeze(entry)
  }

  private validateSlowly(collection: EntryCollection, value: unknown): Entry | null {
    const intake = checkWithSchema(collection, value)
    if ('entry' in intake) return intake.entry
    const item = { collection, id: idOf(value), reason: intake.refused }
    if (typeof value === 'object' && value !== null) this.invalid.set(value, item)
    else this.invalid.set({ value }, item)
    this.pending.quarantine = true
    return null
  }

  private readEdit(key: string): void {
    const read = this.edits.read(key)
    for (const claimId of read.claims) this.pending.claims.add(claimId)
    if (read.quarantine) this.pending.quarantine = true
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
    for (const id of change.claims) {
      const slot = this.slots.get(id)
      if (typeof slot === 'object') this.slots.set(id, slot.index)
    }
    if (change.order) this.order = null
    else if (appends.length > 0 && this.order !== null) this.appendOrder(appends)
    const orderChanged = change.order || appends.length > 0
    if (orderChanged) {
      this.list = null
      this.counts = null
    } else if (change.claims.size > 0) {
      this.patchList(change.claims)
    }
    for (const listener of this.listeners) listener({ ...change, order: orderChanged })
  }

  /**
   * Replaces the changed claims' views in the list and moves their counts from the old label to
   * the new one: a decision on one claim of 50,000 costs that claim, not a pass over the list.
   */
  private patchList(changed: ReadonlySet<string>): void {
    if (this.list === null) return
    const list = [...this.list]
    const counts = this.counts === null ? null : { ...this.counts }
    for (const id of changed) {
      const position = this.positionOf(id)
      const before = position === undefined ? undefined : list[position]
      if (position === undefined || before === undefined || before.id !== id) continue
      const after = this.view(id, position)
      list[position] = after
      if (counts !== null) {
        if (!before.removed) counts[before.label] -= 1
        if (!after.removed) counts[after.label] += 1
      }
    }
    this.list = list
    this.counts = counts
  }
}

const NO_LINKS: readonly LinkView[] = Object.freeze([])
const NO_EDITS: Readonly<Edits> = Object.freeze({})

interface Pending {
  claims: Set<string>
  meta: boolean
  source: boolean
  order: boolean
  quarantine: boolean
  members: boolean
}

const newPending = (): Pending => ({
  claims: new Set(),
  meta: false,
  source: false,
  order: false,
  quarantine: false,
  members: false,
})
