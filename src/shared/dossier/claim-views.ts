import type { ByClaim } from './by-claim'
import type { ClaimEdits } from './claim-edits'
import { NO_EDITS } from './claim-edits'
import { idOf } from './entry-intake'
import type { EntryTable } from './entry-table'
import type { DossierLayout } from './layout'
import type { ClaimLink, ClaimRecord, Comment, Decision, Evidence, RemovableKind } from './schema'
import { statusLabel } from './status'
import { deriveVerifiedStatus } from './verified-status'
import type { DecisionVerifier } from './verified-status'
import type { ClaimView, LinkView, StatusCounts } from './views'
import { emptyCounts } from './views'

/** The index's tables a claim's view is derived from. */
export interface ClaimViewSources {
  readonly layout: DossierLayout
  readonly claims: EntryTable<ClaimRecord>
  readonly edits: ClaimEdits
  readonly verifier: DecisionVerifier
  readonly decisions: ByClaim<Decision>
  readonly evidence: ByClaim<Evidence>
  readonly comments: ByClaim<Comment>
  readonly links: ByClaim<ClaimLink>
}

/**
 * The claims in the dossier's order, each claim's derived view and the status counts, made on
 * first use and kept: after a transaction only the claims it touched are derived again. The
 * tables are held here as they are in the index, so a view reads each with one hop.
 */
export class ClaimViews {
  private readonly layout: DossierLayout
  private readonly claims: EntryTable<ClaimRecord>
  private readonly edits: ClaimEdits
  private readonly verifier: DecisionVerifier
  private readonly decisions: ByClaim<Decision>
  private readonly evidence: ByClaim<Evidence>
  private readonly comments: ByClaim<Comment>
  private readonly links: ByClaim<ClaimLink>
  private order: string[] | null = null
  /**
   * Each listed claim's position in `order`, or its derived view while one is cached (the view
   * holds its position as `index`): one map rather than two, ~450 KB less for 10,000 claims.
   */
  private slots = new Map<string, ClaimView | number>()
  private list: ClaimView[] | null = null
  private counts: StatusCounts | null = null

  constructor(sources: ClaimViewSources) {
    this.layout = sources.layout
    this.claims = sources.claims
    this.edits = sources.edits
    this.verifier = sources.verifier
    this.decisions = sources.decisions
    this.evidence = sources.evidence
    this.comments = sources.comments
    this.links = sources.links
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

  /**
   * Takes in what a transaction changed: the touched claims' views are dropped, the order is
   * extended by `appends` or rebuilt on `reorder`, and the list patched or dropped. Returns
   * whether the order changed.
   */
  afterChange(
    changed: ReadonlySet<string>,
    reorder: boolean,
    appends: readonly unknown[],
  ): boolean {
    for (const id of changed) {
      const slot = this.slots.get(id)
      if (typeof slot === 'object') this.slots.set(id, slot.index)
    }
    if (reorder) this.order = null
    else if (appends.length > 0 && this.order !== null) this.appendOrder(appends)
    const orderChanged = reorder || appends.length > 0
    if (orderChanged) {
      this.list = null
      this.counts = null
    } else if (changed.size > 0) {
      this.patchList(changed)
    }
    return orderChanged
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
    return byClaim.count(id, (entry) => !this.edits.isRemoved(kind, entry.id))
  }

  private linkViews(id: string): readonly LinkView[] {
    if (!this.links.has(id)) return NO_LINKS
    const links = this.links.of(id).filter((link) => !this.edits.isRemoved('link', link.id))
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
