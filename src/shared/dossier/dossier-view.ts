import { resolveQuote } from './anchor'
import type { ResolvedQuote } from './anchor'
import type { DossierIndex } from './dossier-index'
import { isDossierId } from './ids'
import { integrityProblems } from './integrity'
import { claimEditKey, parseClaimEditKey } from './layout'
import type { MemberView } from './membership'
import { schemaVersionOf } from './migrations'
import { sweepSignatures } from './signature-sweep'
import type { AsyncSignatureCheck, SweepOptions, SweepProgress } from './signature-sweep'
import { headsOf } from './status'
import {
  CLAIM_EDIT_FIELDS,
  DIRECTIONS,
  SCHEMA_VERSION,
  claimEditEnvelopeSchema,
  claimEditSchemas,
} from './schema'
import type {
  AuthorDeclaration,
  ClaimEditField,
  ClaimEditValues,
  ClaimLink,
  ClaimRecord,
  Comment,
  Decision,
  DossierMeta,
  Evidence,
  MemberEntry,
  MemberRole,
  RemovableKind,
} from './schema'
import type { Verification } from './verify'
import type {
  ChangeSummary,
  ClaimFieldEdit,
  ClaimView,
  EntryReadOptions,
  EntryRemoval,
  QuarantineItem,
  RemovableEntry,
  StatusCounts,
  TimelineItem,
} from './views'

/** One valid claim edit with who made it and when, as stored. */
export interface RawClaimEdit {
  readonly claimId: string
  readonly field: ClaimEditField
  readonly value: unknown
  readonly by: string
  readonly at: string
}

/** One valid removal flag of a link, evidence item or comment, as stored. */
export interface RawEntryRemoval {
  readonly kind: RemovableKind
  readonly entryId: string
  readonly removed: boolean
  readonly by: string
  readonly at: string
}

/**
 * Everything that reads a dossier's derived state, and nothing that writes. Code that only reads
 * takes this; a frozen version hands out only this, so no write can reach it.
 */
export interface DossierView {
  readonly id: string
  onChange(listener: (change: ChangeSummary) => void): () => void
  /** Metadata as far as it is valid; a field another replica broke falls back to a safe value. */
  meta(): DossierMeta
  sourceText(): string
  claims(): readonly ClaimView[]
  /** Claims still in the dossier (not removed by an editor). */
  activeClaims(): ClaimView[]
  claim(id: string): ClaimView | undefined
  /** `claim`, with any head whose deferred signature check is pending checked now. */
  settledClaim(id: string): ClaimView | undefined
  /**
   * Checks the signatures of new heads with `check` (off the thread) instead of on the spot;
   * until a result is in, that head is left out of its claim's status. Null: on the spot.
   */
  deferSignatureChecks(check: AsyncSignatureCheck | null): void
  counts(): StatusCounts
  /** `counts()` without making every claim's view: for a listing that needs only the numbers. */
  countsWithoutViews(): StatusCounts
  conflicts(): ClaimView[]
  quote(claimId: string): ResolvedQuote
  decisions(claimId: string): Decision[]
  /** The claim's evidence, oldest first; removed items only with `includeRemoved`. */
  evidence(claimId: string, options?: EntryReadOptions): Evidence[]
  /** Any evidence item, removed or not (a decision may cite one removed since). */
  evidenceById(id: string): Evidence | undefined
  comments(claimId: string, options?: EntryReadOptions): Comment[]
  links(claimId: string, options?: EntryReadOptions): ClaimLink[]
  /** The last removal flag of a link, evidence item or comment; null if none was ever set. */
  removal(kind: RemovableKind, entryId: string): EntryRemoval | null
  /**
   * The claim's whole history, oldest first, with each decision's signature checked; removed
   * entries stay in it, and each removal (or restoring) is an item of its own. An edited field
   * shows its last edit only: that is all last-writer-wins keeps.
   */
  timeline(claimId: string): TimelineItem[]
  verification(decision: Decision): Verification
  /**
   * Every decision, the heads of each claim's log first (what the statuses rest on), then the
   * rest: what a signature sweep checks, in the order the views need it.
   */
  decisionsToVerify(): { readonly heads: readonly Decision[]; readonly rest: readonly Decision[] }
  /** Checks the signatures of `decisions` (of this dossier) in the background: see signature-sweep.ts. */
  checkSignatures(decisions: readonly Decision[], options?: SweepOptions): Promise<SweepProgress>
  authorName(key: string): string | null
  authors(): readonly AuthorDeclaration[]
  /** Entries set aside, and what is wrong with the stored state itself (see `integrity`). */
  quarantine(): QuarantineItem[]
  /** Damage no replica lets in any more, found in this copy: a bad id or schema, erased entries. */
  integrity(): QuarantineItem[]
  /** The raw claim record (as created, before edits), for lossless export. */
  claimRecord(id: string): ClaimRecord | undefined
  claimEdits(id: string): Partial<ClaimEditValues>
  /** Every valid claim edit, for lossless export. */
  rawClaimEdits(): RawClaimEdit[]
  /** Every valid removal flag of an entry this copy has, for lossless export. */
  rawEntryRemovals(): RawEntryRemoval[]

  /** Every device ever admitted, current and removed (membership.ts says how it is derived). */
  members(): readonly MemberView[]
  /** A device's current role; null if it was never admitted or has been removed. */
  memberRole(key: string): MemberRole | null
  /** Every verified member entry, counting or not, for lossless export. */
  memberEntries(): MemberEntry[]
}

/**
 * The reads over one dossier's index. The index is a private field so that code holding only a
 * view (a frozen version, say) cannot reach the Y types through it.
 */
export class IndexedDossierView implements DossierView {
  readonly #index: DossierIndex
  /** The id the dossier is stored under (its folder, its room): the truth over `meta.id`. */
  readonly #storedAs: string | null

  constructor(index: DossierIndex, storedAs: string | null = null) {
    this.#index = index
    this.#storedAs = storedAs
  }

  destroy(): void {
    this.#index.destroy()
  }

  onChange(listener: (change: ChangeSummary) => void): () => void {
    return this.#index.onChange(listener)
  }

  meta(): DossierMeta {
    const raw = this.#index.layout.meta
    const text = (key: string, fallback: string): string => {
      const value = raw.get(key)
      return typeof value === 'string' ? value.slice(0, 500) : fallback
    }
    const direction = raw.get('direction')
    return {
      id: this.#storedAs ?? validDossierId(raw.get('id')) ?? 'm_unknown00',
      title: text('title', 'Untitled dossier'),
      story: text('story', ''),
      language: text('language', 'en'),
      direction: DIRECTIONS.includes(direction as never)
        ? (direction as DossierMeta['direction'])
        : 'ltr',
      created: text('created', new Date(0).toISOString()),
      schema: schemaVersionOf(this.#index.doc) ?? SCHEMA_VERSION,
    }
  }

  get id(): string {
    return this.meta().id
  }

  sourceText(): string {
    return this.#index.layout.source.toString()
  }

  claims(): readonly ClaimView[] {
    return this.#index.claimList()
  }

  activeClaims(): ClaimView[] {
    return this.#index.claimList().filter((claim) => !claim.removed)
  }

  claim(id: string): ClaimView | undefined {
    return this.#index.claim(id)
  }

  settledClaim(id: string): ClaimView | undefined {
    return this.#index.settledClaim(id)
  }

  deferSignatureChecks(check: AsyncSignatureCheck | null): void {
    this.#index.deferSignatureChecks(check)
  }

  counts(): StatusCounts {
    return this.#index.statusCounts()
  }

  countsWithoutViews(): StatusCounts {
    return this.#index.countsWithoutViews()
  }

  conflicts(): ClaimView[] {
    return this.activeClaims().filter((claim) => claim.state.kind === 'conflict')
  }

  quote(claimId: string): ResolvedQuote {
    const claim = this.#index.claims.get(claimId)
    return resolveQuote(this.#index.layout.source, claim?.quote ?? null)
  }

  decisions(claimId: string): Decision[] {
    return this.#index.decisionsOf(claimId)
  }

  evidence(claimId: string, options: EntryReadOptions = {}): Evidence[] {
    return this.#index.evidence
      .of(claimId)
      .filter(
        (entry) => options.includeRemoved === true || !this.#index.isRemoved('evidence', entry.id),
      )
      .sort((a, b) => compareAt(a.addedAt, b.addedAt, a.id, b.id))
  }

  evidenceById(id: string): Evidence | undefined {
    return this.#index.evidence.table.get(id)
  }

  comments(claimId: string, options: EntryReadOptions = {}): Comment[] {
    return this.#index.comments
      .of(claimId)
      .filter(
        (entry) => options.includeRemoved === true || !this.#index.isRemoved('comment', entry.id),
      )
      .sort((a, b) => compareAt(a.at, b.at, a.id, b.id))
  }

  links(claimId: string, options: EntryReadOptions = {}): ClaimLink[] {
    return this.#index.links
      .of(claimId)
      .filter(
        (entry) => options.includeRemoved === true || !this.#index.isRemoved('link', entry.id),
      )
      .sort((a, b) => compareAt(a.at, b.at, a.id, b.id))
  }

  removal(kind: RemovableKind, entryId: string): EntryRemoval | null {
    return this.#index.removal(kind, entryId) ?? null
  }

  timeline(claimId: string): TimelineItem[] {
    const record = this.#index.claims.get(claimId)
    if (record === undefined) return []
    const items: TimelineItem[] = [{ kind: 'created', at: record.createdAt, claim: record }]
    // Each field keeps only its last edit (last writer wins), so that one is what is shown.
    const edits = this.#index.editsOf(claimId)
    for (const field of CLAIM_EDIT_FIELDS) {
      if (edits[field] === undefined) continue
      const raw = this.#index.layout.claimEdits.get(claimEditKey(claimId, field))
      const envelope = claimEditEnvelopeSchema.safeParse(raw)
      if (!envelope.success) continue
      const edit = { field, value: edits[field] } as ClaimFieldEdit
      items.push({ kind: 'edit', at: envelope.data.at, by: envelope.data.by, edit })
    }
    for (const decision of this.decisions(claimId)) {
      items.push({
        kind: 'decision',
        at: decision.at,
        decision,
        verification: this.verification(decision),
      })
    }
    const all = { includeRemoved: true }
    const removals: [RemovableKind, string, RemovableEntry][] = []
    for (const evidence of this.evidence(claimId, all)) {
      items.push({ kind: 'evidence', at: evidence.addedAt, evidence })
      removals.push(['evidence', evidence.id, { kind: 'evidence', evidence }])
    }
    for (const comment of this.comments(claimId, all)) {
      items.push({ kind: 'comment', at: comment.at, comment })
      removals.push(['comment', comment.id, { kind: 'comment', comment }])
    }
    for (const link of this.links(claimId, all)) {
      items.push({ kind: 'link', at: link.at, link })
      removals.push(['link', link.id, { kind: 'link', link }])
    }
    // Only the last flag of each entry is kept (last writer wins), so that is what is shown.
    for (const [kind, id, entry] of removals) {
      const flag = this.#index.removal(kind, id)
      if (flag !== undefined)
        items.push({ kind: 'removal', at: flag.at, removed: flag.removed, by: flag.by, entry })
    }
    return items.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
  }

  /** Signature check, cached per entry object by the index's verifier. */
  verification(decision: Decision): Verification {
    return this.#index.verifier.verification(decision)
  }

  checkSignatures(decisions: readonly Decision[], options?: SweepOptions): Promise<SweepProgress> {
    return sweepSignatures(decisions, this.#index.verifier, options)
  }

  decisionsToVerify(): { readonly heads: Decision[]; readonly rest: Decision[] } {
    const heads: Decision[] = []
    const rest: Decision[] = []
    for (const id of this.#index.claimIds()) {
      const decisions = this.#index.decisions.of(id)
      const top = new Set(headsOf(decisions))
      for (const decision of decisions) (top.has(decision) ? heads : rest).push(decision)
    }
    return { heads, rest }
  }

  authorName(key: string): string | null {
    return this.#index.authorName(key)
  }

  authors(): readonly AuthorDeclaration[] {
    return this.#index.authors()
  }

  quarantine(): QuarantineItem[] {
    return [...this.integrity(), ...this.#index.quarantine()]
  }

  integrity(): QuarantineItem[] {
    return integrityProblems(this.#index.doc, this.#storedAs)
  }

  claimRecord(id: string): ClaimRecord | undefined {
    return this.#index.claims.get(id)
  }

  claimEdits(id: string): Partial<ClaimEditValues> {
    return this.#index.editsOf(id)
  }

  rawClaimEdits(): RawClaimEdit[] {
    const out: RawClaimEdit[] = []
    for (const [key, raw] of this.#index.layout.claimEdits.entries()) {
      const parsed = parseClaimEditKey(key)
      if (parsed === null || !(parsed.field in claimEditSchemas)) continue
      const envelope = claimEditEnvelopeSchema.safeParse(raw)
      if (!envelope.success || !this.#index.claims.has(parsed.claimId)) continue
      const field = parsed.field as ClaimEditField
      if (!claimEditSchemas[field].safeParse(envelope.data.value).success) continue
      out.push({ claimId: parsed.claimId, field, ...envelope.data })
    }
    return out.sort((a, b) => (a.claimId + a.field < b.claimId + b.field ? -1 : 1))
  }

  rawEntryRemovals(): RawEntryRemoval[] {
    const out: RawEntryRemoval[] = []
    for (const { kind, entryId, flag } of this.#index.removalFlags()) {
      if (this.#index.removableEntry(kind, entryId) === undefined) continue
      out.push({ kind, entryId, ...flag })
    }
    return out.sort((a, b) => (a.entryId + a.kind < b.entryId + b.kind ? -1 : 1))
  }

  members(): readonly MemberView[] {
    return this.#index.members.membership().members
  }

  memberRole(key: string): MemberRole | null {
    return this.#index.members.membership().roleOf(key)
  }

  memberEntries(): MemberEntry[] {
    return this.#index.members.entries()
  }
}

const compareAt = (a: string, b: string, idA: string, idB: string): number =>
  a < b ? -1 : a > b ? 1 : idA < idB ? -1 : idA > idB ? 1 : 0

const validDossierId = (value: unknown): string | null =>
  typeof value === 'string' && isDossierId(value) ? value : null
