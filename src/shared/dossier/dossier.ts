import type * as Y from 'yjs'
import type { Signer } from '../identity'
import { anchorQuote, resolveQuote } from './anchor'
import type { ResolvedQuote } from './anchor'
import { DossierIndex } from './dossier-index'
import { integrityProblems } from './integrity'
import { newId } from './ids'
import { append, claimEditKey, parseClaimEditKey } from './layout'
import { directionOf, migrate, schemaVersionOf } from './migrations'
import {
  CLAIM_KINDS,
  DIRECTIONS,
  LINK_TYPES,
  SCHEMA_VERSION,
  STANCES,
  STATUSES,
  claimEditEnvelopeSchema,
  claimEditSchemas,
  claimRecordSchema,
  evidenceSchema,
  idSchema,
  metaSchema,
} from './schema'
import type {
  Attribution,
  AuthorDeclaration,
  ClaimEditField,
  ClaimEditValues,
  ClaimKind,
  ClaimLink,
  ClaimRecord,
  Comment,
  Decision,
  DossierMeta,
  Evidence,
  Figure,
  LinkType,
  Stance,
  Status,
} from './schema'
import { signAuthor, signDecision } from './verify'
import type { Verification } from './verify'
import type { ChangeSummary, ClaimView, QuarantineItem, StatusCounts, TimelineItem } from './views'

export interface DossierInit {
  readonly title: string
  readonly story?: string
  readonly language?: string
  readonly sourceText: string
  readonly id?: string
  readonly created?: string
}

export interface NewClaim {
  readonly text: string
  /** Character offsets into the current source text; the end is exclusive. */
  readonly quote?: { readonly start: number; readonly end: number } | null
  readonly attribution: Attribution
  readonly kind: ClaimKind
  readonly figures?: readonly Figure[]
  readonly tags?: readonly string[]
}

export interface NewDecision {
  readonly status: Status
  readonly rationale: string
  readonly evidenceIds?: readonly string[]
  /** Defaults to every current head: the decision settles whatever was there, conflict included. */
  readonly supersedes?: readonly string[]
}

export interface NewEvidence {
  readonly url?: string
  readonly title: string
  readonly capturedAt?: string
  readonly fileHash?: string
  readonly note?: string
  readonly stance: Stance
}

export interface DossierOptions {
  /** The time written into new entries; tests pass a fixed clock. */
  readonly now?: () => string
  /** The id the dossier is stored under (its folder): the truth when `meta.id` says otherwise. */
  readonly storedAs?: string
}

export class NotADossierError extends Error {
  constructor() {
    super('this document is not a verification dossier (it has no schema version)')
  }
}

export class DossierInputError extends Error {}

/**
 * The typed API over one dossier's Y.Doc. Mutations write immutable entries; reads come from
 * views the index keeps current from Yjs events, whichever replica the change came from.
 */
export class Dossier {
  private readonly index: DossierIndex
  private readonly now: () => string
  private readonly storedAs: string | null
  private writing = 0

  private constructor(
    readonly doc: Y.Doc,
    options: DossierOptions,
  ) {
    this.now = options.now ?? (() => new Date().toISOString())
    this.storedAs = options.storedAs ?? null
    this.index = new DossierIndex(doc)
  }

  static create(doc: Y.Doc, init: DossierInit, options: DossierOptions = {}): Dossier {
    if (schemaVersionOf(doc) !== null)
      throw new DossierInputError('this document is already a dossier')
    const dossier = new Dossier(doc, options)
    const language = init.language ?? 'en'
    const meta: DossierMeta = {
      id: init.id ?? newId('m'),
      title: init.title,
      story: init.story ?? '',
      language,
      direction: directionOf(language),
      created: init.created ?? dossier.now(),
      schema: SCHEMA_VERSION,
    }
    const checked = metaSchema.safeParse(meta)
    if (!checked.success)
      throw new DossierInputError(`invalid dossier details: ${checked.error.issues[0]?.message}`)
    doc.transact(() => {
      const layout = dossier.index.layout
      for (const [key, value] of Object.entries(meta)) layout.meta.set(key, value)
      layout.source.insert(0, init.sourceText)
    })
    return dossier
  }

  /**
   * Opens an existing dossier, migrating an older schema. Throws if the doc is not a dossier.
   * A schema version past this app's opens unmigrated, named in `integrity()`: whether a newer
   * app or a damaged copy wrote it, refusing to open would only hide the entries.
   */
  static open(doc: Y.Doc, options: DossierOptions = {}): Dossier {
    const found = schemaVersionOf(doc)
    if (found === null) throw new NotADossierError()
    if (found <= SCHEMA_VERSION) migrate(doc)
    return new Dossier(doc, options)
  }

  destroy(): void {
    this.index.destroy()
  }

  onChange(listener: (change: ChangeSummary) => void): () => void {
    return this.index.onChange(listener)
  }

  // ----- reading -----

  /** Metadata as far as it is valid; a field another replica broke falls back to a safe value. */
  meta(): DossierMeta {
    const raw = this.index.layout.meta
    const text = (key: string, fallback: string): string => {
      const value = raw.get(key)
      return typeof value === 'string' ? value.slice(0, 500) : fallback
    }
    const direction = raw.get('direction')
    return {
      id: this.storedAs ?? validDossierId(raw.get('id')) ?? 'm_unknown00',
      title: text('title', 'Untitled dossier'),
      story: text('story', ''),
      language: text('language', 'en'),
      direction: DIRECTIONS.includes(direction as never)
        ? (direction as DossierMeta['direction'])
        : 'ltr',
      created: text('created', new Date(0).toISOString()),
      schema: schemaVersionOf(this.doc) ?? SCHEMA_VERSION,
    }
  }

  get id(): string {
    return this.meta().id
  }

  sourceText(): string {
    return this.index.layout.source.toString()
  }

  claims(): readonly ClaimView[] {
    return this.index.claimList()
  }

  /** Claims still in the dossier (not removed by an editor). */
  activeClaims(): ClaimView[] {
    return this.index.claimList().filter((claim) => !claim.removed)
  }

  claim(id: string): ClaimView | undefined {
    return this.index.claim(id)
  }

  /** A claim by id, unique id prefix, or 1-based position in the list. */
  findClaim(ref: string): ClaimView | 'ambiguous' | undefined {
    const exact = this.index.claim(ref)
    if (exact !== undefined) return exact
    const list = this.index.claimList()
    if (/^\d+$/.test(ref)) return list[Number(ref) - 1]
    const matches = list.filter(
      (claim) => claim.id.startsWith(ref) || claim.id.slice(2).startsWith(ref),
    )
    return matches.length === 1 ? matches[0] : matches.length > 1 ? 'ambiguous' : undefined
  }

  counts(): StatusCounts {
    return this.index.statusCounts()
  }

  conflicts(): ClaimView[] {
    return this.activeClaims().filter((claim) => claim.state.kind === 'conflict')
  }

  quote(claimId: string): ResolvedQuote {
    const claim = this.index.claims.get(claimId)
    return resolveQuote(this.index.layout.source, claim?.quote ?? null)
  }

  decisions(claimId: string): Decision[] {
    return this.index.decisionsOf(claimId)
  }

  evidence(claimId: string): Evidence[] {
    return this.index.evidence
      .of(claimId)
      .sort((a, b) => compareAt(a.addedAt, b.addedAt, a.id, b.id))
  }

  evidenceById(id: string): Evidence | undefined {
    return this.index.evidence.table.get(id)
  }

  comments(claimId: string): Comment[] {
    return this.index.comments.of(claimId).sort((a, b) => compareAt(a.at, b.at, a.id, b.id))
  }

  links(claimId: string): ClaimLink[] {
    return this.index.links.of(claimId).sort((a, b) => compareAt(a.at, b.at, a.id, b.id))
  }

  /** The claim's whole history, oldest first, with each decision's signature checked. */
  timeline(claimId: string): TimelineItem[] {
    const record = this.index.claims.get(claimId)
    if (record === undefined) return []
    const items: TimelineItem[] = [{ kind: 'created', at: record.createdAt, claim: record }]
    for (const decision of this.decisions(claimId)) {
      items.push({
        kind: 'decision',
        at: decision.at,
        decision,
        verification: this.verification(decision),
      })
    }
    for (const evidence of this.evidence(claimId))
      items.push({ kind: 'evidence', at: evidence.addedAt, evidence })
    for (const comment of this.comments(claimId))
      items.push({ kind: 'comment', at: comment.at, comment })
    for (const link of this.links(claimId)) items.push({ kind: 'link', at: link.at, link })
    return items.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
  }

  /** Signature check, cached per entry object (see DecisionVerifier). */
  verification(decision: Decision): Verification {
    return this.index.verifier.verification(decision)
  }

  authorName(key: string): string | null {
    return this.index.authorName(key)
  }

  authors(): readonly AuthorDeclaration[] {
    return this.index.authors()
  }

  /** Entries set aside, and what is wrong with the stored state itself (see `integrity`). */
  quarantine(): QuarantineItem[] {
    return [...this.integrity(), ...this.index.quarantine()]
  }

  /** Damage no replica lets in any more, found in this copy: a bad id or schema, erased entries. */
  integrity(): QuarantineItem[] {
    return integrityProblems(this.doc, this.storedAs)
  }

  /** Raw claim records (as created, before edits) and edits, for lossless export. */
  claimRecord(id: string): ClaimRecord | undefined {
    return this.index.claims.get(id)
  }

  claimEdits(id: string): Partial<ClaimEditValues> {
    return this.index.editsOf(id)
  }

  /** Every valid claim edit with who made it and when, for lossless export. */
  rawClaimEdits(): {
    claimId: string
    field: ClaimEditField
    value: unknown
    by: string
    at: string
  }[] {
    const out: {
      claimId: string
      field: ClaimEditField
      value: unknown
      by: string
      at: string
    }[] = []
    for (const [key, raw] of this.index.layout.claimEdits.entries()) {
      const parsed = parseClaimEditKey(key)
      if (parsed === null || !(parsed.field in claimEditSchemas)) continue
      const envelope = claimEditEnvelopeSchema.safeParse(raw)
      if (!envelope.success || !this.index.claims.has(parsed.claimId)) continue
      const field = parsed.field as ClaimEditField
      if (!claimEditSchemas[field].safeParse(envelope.data.value).success) continue
      out.push({ claimId: parsed.claimId, field, ...envelope.data })
    }
    return out.sort((a, b) => (a.claimId + a.field < b.claimId + b.field ? -1 : 1))
  }

  // ----- writing -----

  setTitle(title: string, story?: string): void {
    const parsed = metaSchema.shape.title.safeParse(title)
    if (!parsed.success || title.trim() === '')
      throw new DossierInputError('a title needs 1 to 500 characters')
    this.doc.transact(() => {
      this.index.layout.meta.set('title', title)
      if (story !== undefined) this.index.layout.meta.set('story', story.slice(0, 500))
    })
  }

  /** Corrects the source text; quotes anchored in it follow the edit. */
  editSource(index: number, deleteCount: number, insert = ''): void {
    const source = this.index.layout.source
    if (index < 0 || deleteCount < 0 || index + deleteCount > source.length) {
      throw new DossierInputError(
        `edit ${index}+${deleteCount} is outside the source text (length ${source.length})`,
      )
    }
    this.doc.transact(() => {
      if (deleteCount > 0) source.delete(index, deleteCount)
      if (insert.length > 0) source.insert(index, insert)
    })
  }

  addClaim(input: NewClaim, author: Signer): string {
    return this.addClaims([input], author)[0]!
  }

  /**
   * Adds many claims in one transaction (ingest, import); returns their ids in order. The records
   * go in with one insert: separate pushes in one transaction make Yjs's merge step quadratic.
   */
  addClaims(inputs: readonly NewClaim[], author: Signer): string[] {
    const records = inputs.map((input) => this.claimRecord_(input, author))
    if (records.length > 0) this.write(author, () => append(this.index.layout.claims, records))
    return records.map((record) => record.id)
  }

  private claimRecord_(input: NewClaim, author: Signer): ClaimRecord {
    const layout = this.index.layout
    const record: ClaimRecord = {
      id: newId('c'),
      text: input.text,
      quote: input.quote ? anchorQuote(layout.source, input.quote.start, input.quote.end) : null,
      attribution: input.attribution,
      kind: input.kind,
      figures: [...(input.figures ?? [])],
      tags: [...(input.tags ?? [])],
      createdBy: author.publicKey,
      createdAt: this.now(),
    }
    check(claimRecordSchema, record, 'claim')
    return record
  }

  editClaim(id: string, patch: Partial<ClaimEditValues>, author: Signer): void {
    this.requireClaim(id)
    const at = this.now()
    this.write(author, () => {
      for (const [field, value] of Object.entries(patch) as [ClaimEditField, unknown][]) {
        if (!(field in claimEditSchemas))
          throw new DossierInputError(`claims have no field "${field}"`)
        check(claimEditSchemas[field], value, field)
        this.index.layout.claimEdits.set(claimEditKey(id, field), {
          value,
          by: author.publicKey,
          at,
        })
      }
    })
  }

  decide(claimId: string, input: NewDecision, signer: Signer): Decision {
    const claim = this.requireClaim(claimId)
    if (!STATUSES.includes(input.status))
      throw new DossierInputError(
        `unknown status "${input.status}"; use one of ${STATUSES.join(', ')}`,
      )
    const evidenceIds = [...(input.evidenceIds ?? [])]
    for (const id of evidenceIds) {
      if (this.index.evidence.table.get(id)?.claimId !== claimId) {
        throw new DossierInputError(`evidence ${id} does not belong to claim ${claimId}`)
      }
    }
    const supersedes = [...(input.supersedes ?? claim.state.heads.map((head) => head.id))]
    const decision = signDecision(
      {
        id: newId('d'),
        claimId,
        status: input.status,
        rationale: input.rationale,
        evidenceIds,
        supersedes,
        author: signer.publicKey,
        at: this.now(),
      },
      signer,
    )
    this.write(signer, () => append(this.index.layout.decisions, [decision]))
    return decision
  }

  addEvidence(claimId: string, input: NewEvidence, author: Signer): string {
    this.requireClaim(claimId)
    const evidence: Evidence = {
      id: newId('e'),
      claimId,
      ...(input.url === undefined ? {} : { url: input.url }),
      title: input.title,
      ...(input.capturedAt === undefined ? {} : { capturedAt: input.capturedAt }),
      ...(input.fileHash === undefined ? {} : { fileHash: input.fileHash }),
      note: input.note ?? '',
      stance: input.stance,
      addedBy: author.publicKey,
      addedAt: this.now(),
    }
    if (!STANCES.includes(input.stance))
      throw new DossierInputError(`stance must be one of ${STANCES.join(', ')}`)
    check(evidenceSchema, evidence, 'evidence')
    this.write(author, () => append(this.index.layout.evidence, [evidence]))
    return evidence.id
  }

  addComment(claimId: string, text: string, author: Signer, replyTo?: string): string {
    this.requireClaim(claimId)
    if (text.trim() === '') throw new DossierInputError('a comment cannot be empty')
    const comment: Comment = {
      id: newId('x'),
      claimId,
      text,
      author: author.publicKey,
      at: this.now(),
      ...(replyTo === undefined ? {} : { replyTo }),
    }
    this.write(author, () => append(this.index.layout.comments, [comment]))
    return comment.id
  }

  /** Links `from` to `to`: "from revises to", "from contradicts to"... */
  link(from: string, to: string, type: LinkType, author: Signer, note?: string): string {
    this.requireClaim(from)
    this.requireClaim(to)
    if (from === to) throw new DossierInputError('a claim cannot link to itself')
    if (!LINK_TYPES.includes(type))
      throw new DossierInputError(`link type must be one of ${LINK_TYPES.join(', ')}`)
    const link: ClaimLink = {
      id: newId('l'),
      from,
      to,
      type,
      author: author.publicKey,
      at: this.now(),
      ...(note === undefined ? {} : { note }),
    }
    this.write(author, () => append(this.index.layout.links, [link]))
    return link.id
  }

  /** Writes raw entries as they are (signatures kept); used to import a dossier's JSON export. */
  importEntries(entries: ImportedEntries): void {
    const layout = this.index.layout
    this.doc.transact(() => {
      if (entries.claims.length > 0) append(layout.claims, entries.claims)
      for (const edit of entries.claimEdits) {
        layout.claimEdits.set(claimEditKey(edit.claimId, edit.field), {
          value: edit.value,
          by: edit.by,
          at: edit.at,
        })
      }
      if (entries.decisions.length > 0) append(layout.decisions, entries.decisions)
      if (entries.evidence.length > 0) append(layout.evidence, entries.evidence)
      if (entries.comments.length > 0) append(layout.comments, entries.comments)
      if (entries.links.length > 0) append(layout.links, entries.links)
      if (entries.authors.length > 0) append(layout.authors, entries.authors)
    }, 'import')
  }

  /** Anchors a quote for an imported claim at offsets into the current source text. */
  anchor(start: number, end: number): ReturnType<typeof anchorQuote> {
    return anchorQuote(this.index.layout.source, start, end)
  }

  private requireClaim(id: string): ClaimView {
    const claim = this.index.claim(id)
    if (claim === undefined) throw new DossierInputError(`no claim ${id} in this dossier`)
    return claim
  }

  /** Every write also declares the author's current display name, signed, if it changed. */
  private write(author: Signer, change: () => void): void {
    this.doc.transact(() => {
      this.writing += 1
      try {
        if (this.writing === 1 && this.index.authorName(author.publicKey) !== author.name) {
          const declaration = signAuthor(
            { key: author.publicKey, name: author.name, at: this.now() },
            author,
          )
          append(this.index.layout.authors, [declaration])
        }
        change()
      } finally {
        this.writing -= 1
      }
    })
  }
}

export interface ImportedEntries {
  readonly claims: readonly ClaimRecord[]
  readonly claimEdits: readonly {
    claimId: string
    field: ClaimEditField
    value: unknown
    by: string
    at: string
  }[]
  readonly decisions: readonly Decision[]
  readonly evidence: readonly Evidence[]
  readonly comments: readonly Comment[]
  readonly links: readonly ClaimLink[]
  readonly authors: readonly AuthorDeclaration[]
}

const validDossierId = (value: unknown): string | null =>
  typeof value === 'string' && value.startsWith('m_') && idSchema.safeParse(value).success
    ? value
    : null

const compareAt = (a: string, b: string, idA: string, idB: string): number =>
  a < b ? -1 : a > b ? 1 : idA < idB ? -1 : idA > idB ? 1 : 0

const check = <T>(
  schema: {
    safeParse(value: unknown): {
      success: boolean
      error?: { issues: { path: PropertyKey[]; message: string }[] }
    }
  },
  value: T,
  what: string,
): void => {
  const result = schema.safeParse(value)
  if (!result.success) {
    const issue = result.error?.issues[0]
    throw new DossierInputError(
      `invalid ${what}: ${issue ? `${issue.path.join('.') || 'value'} ${issue.message}` : 'rejected'}`,
    )
  }
}

export { CLAIM_KINDS, STATUSES }
