import type * as Y from 'yjs'
import type { Signer } from '../identity'
import { anchorQuote } from './anchor'
import { DossierInputError } from './dossier-errors'
import type { DossierIndex } from './dossier-index'
import { checkEntryFast } from './entry-check'
import { newId } from './ids'
import { append, claimEditKey, entryRemovalKey } from './layout'
import type { LocalAction, LocalActionListener } from './local-action'
import { admissionEntries, removalEntry, roleChangeEntry } from './membership-changes'
import type { NewMember } from './membership-changes'
import {
  LINK_TYPES,
  REMOVABLE_KINDS,
  STANCES,
  STATUSES,
  claimEditSchemas,
  claimRecordSchema,
  evidenceSchema,
  metaSchema,
} from './schema'
import type {
  ClaimEditField,
  ClaimEditValues,
  ClaimLink,
  ClaimRecord,
  Comment,
  Decision,
  Evidence,
  LinkType,
  MemberEntry,
  MemberRole,
  RemovableKind,
} from './schema'
import { signAuthor, signDecision } from './verify'
import type { ImportedEntries, NewClaim, NewDecision, NewEvidence, NewLink } from './writer-inputs'
import type { ClaimView } from './views'

/**
 * Every write to a dossier. Each writes immutable entries (or a last-writer-wins edit) after
 * checking its input; the index turns them into views, whichever replica they came from.
 */
export class DossierWriter {
  private writing = 0
  /**
   * The origin of every transaction this writer makes, and of nothing else: an undo history
   * tracks these (remote updates, IndexedDB and imports have origins of their own).
   */
  readonly origin: object = { writer: 'dossier' }
  /** The origin of an undo history's compensating writes, which it must not track as actions. */
  readonly compensationOrigin: object = { writer: 'dossier-undo' }
  private compensating = false
  private actionListener: LocalActionListener | null = null

  constructor(
    private readonly doc: Y.Doc,
    private readonly index: DossierIndex,
    private readonly now: () => string,
  ) {}

  setTitle(title: string, story?: string): void {
    const parsed = metaSchema.shape.title.safeParse(title)
    if (!parsed.success || title.trim() === '')
      throw new DossierInputError('a title needs 1 to 500 characters')
    this.doc.transact(() => {
      this.index.layout.meta.set('title', title)
      if (story !== undefined) this.index.layout.meta.set('story', story.slice(0, 500))
    }, this.currentOrigin())
  }

  /** Corrects the source text; quotes anchored in it follow the edit. */
  editSource(index: number, deleteCount: number, insert = ''): void {
    const source = this.index.layout.source
    if (index < 0 || deleteCount < 0 || index + deleteCount > source.length) {
      throw new DossierInputError(
        `edit ${index}+${deleteCount} is outside the source text (length ${source.length})`,
      )
    }
    if (deleteCount === 0 && insert.length === 0) return
    this.doc.transact(() => {
      if (deleteCount > 0) source.delete(index, deleteCount)
      if (insert.length > 0) source.insert(index, insert)
    }, this.currentOrigin())
    this.record({ kind: 'source' })
  }

  addClaim(input: NewClaim, author: Signer): string {
    return this.addClaims([input], author)[0]!
  }

  /**
   * Adds many claims in one transaction (ingest, import); returns their ids in order. The records
   * go in with one insert: separate pushes in one transaction make Yjs's merge step quadratic.
   */
  addClaims(inputs: readonly NewClaim[], author: Signer): string[] {
    const records = inputs.map((input) => this.newClaimRecord(input, author))
    if (records.length === 0) return []
    this.write(author, () => append(this.index.layout.claims, records))
    const ids = records.map((record) => record.id)
    this.record({ kind: 'claims', ids })
    return ids
  }

  private newClaimRecord(input: NewClaim, author: Signer): ClaimRecord {
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
    // Ingest makes thousands at once: zod only to say what is wrong with one that is.
    if (!checkEntryFast('claims', record)) check(claimRecordSchema, record, 'claim')
    return record
  }

  editClaim(id: string, patch: Partial<ClaimEditValues>, author: Signer): void {
    this.requireClaim(id)
    const at = this.now()
    const fields = Object.keys(patch) as ClaimEditField[]
    if (fields.length === 0) return
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
    this.record({ kind: 'claim-edit', claimId: id, fields })
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
    this.index.verifier.vouchForOwn(decision)
    this.write(signer, () => append(this.index.layout.decisions, [decision]))
    this.record({ kind: 'decision', decision })
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
    this.record({ kind: 'entry', entryKind: 'evidence', id: evidence.id, claimId })
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
    this.record({ kind: 'entry', entryKind: 'comment', id: comment.id, claimId })
    return comment.id
  }

  /** Links `from` to `to`: "from revises to", "from contradicts to"... */
  link(from: string, to: string, type: LinkType, author: Signer, note?: string): string {
    return this.linkAll([{ from, to, type, ...(note === undefined ? {} : { note }) }], author)[0]!
  }

  /**
   * Adds many links in one transaction with one insert (ingest links every revision it finds):
   * a transaction and an insert per link cost a quarter of an import's dossier. All are checked
   * before any is written; returns their ids in order.
   */
  linkAll(inputs: readonly NewLink[], author: Signer): string[] {
    const links = inputs.map(({ from, to, type, note }): ClaimLink => {
      this.requireClaim(from)
      this.requireClaim(to)
      if (from === to) throw new DossierInputError('a claim cannot link to itself')
      if (!LINK_TYPES.includes(type))
        throw new DossierInputError(`link type must be one of ${LINK_TYPES.join(', ')}`)
      return {
        id: newId('l'),
        from,
        to,
        type,
        author: author.publicKey,
        at: this.now(),
        ...(note === undefined ? {} : { note }),
      }
    })
    if (links.length === 0) return []
    this.write(author, () => append(this.index.layout.links, links))
    for (const link of links)
      this.record({
        kind: 'entry',
        entryKind: 'link',
        id: link.id,
        claimId: link.from,
        to: link.to,
      })
    return links.map((link) => link.id)
  }

  /**
   * Removes a link, evidence item or comment: it stays in the dossier's arrays (they are
   * append-only) and its history, but views, counts and reports leave it out. Decisions are the
   * signed log and cannot be removed. Removing what is already removed changes nothing.
   */
  removeEntry(kind: RemovableKind, id: string, author: Signer): void {
    this.setRemoved(kind, id, true, author)
  }

  /** Puts back a removed link, evidence item or comment. */
  restoreEntry(kind: RemovableKind, id: string, author: Signer): void {
    this.setRemoved(kind, id, false, author)
  }

  private setRemoved(kind: RemovableKind, id: string, removed: boolean, author: Signer): void {
    if (!REMOVABLE_KINDS.includes(kind))
      throw new DossierInputError(
        `only ${REMOVABLE_KINDS.join(', ')} entries can be removed; decisions are the signed log`,
      )
    const entry = this.index.removableEntry(kind, id)
    if (entry === undefined) throw new DossierInputError(`no ${kind} ${id} in this dossier`)
    if (this.index.isRemoved(kind, id) === removed) return
    const at = this.now()
    this.write(author, () =>
      this.index.layout.claimEdits.set(entryRemovalKey(kind, id), {
        value: removed,
        by: author.publicKey,
        at,
      }),
    )
    const claims =
      'from' in entry ? { claimId: entry.from, to: entry.to } : { claimId: entry.claimId }
    this.record({ kind: 'removal', entryKind: kind, id, removed, ...claims })
  }

  /** Tells `listener` (an undo history) of each action this writer makes; null stops. */
  setActionListener(listener: LocalActionListener | null): void {
    this.actionListener = listener
  }

  /**
   * Runs an undo history's compensating write: under its own origin, so that no undo manager
   * tracks it, and told to no action listener.
   */
  asCompensation<T>(write: () => T): T {
    const before = this.compensating
    this.compensating = true
    try {
      return write()
    } finally {
      this.compensating = before
    }
  }

  private currentOrigin(): object {
    return this.compensating ? this.compensationOrigin : this.origin
  }

  private record(action: LocalAction): void {
    if (!this.compensating) this.actionListener?.(action)
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
      if (entries.members !== undefined && entries.members.length > 0)
        append(layout.members, entries.members)
      for (const removal of entries.entryRemovals ?? []) {
        layout.claimEdits.set(entryRemovalKey(removal.kind, removal.entryId), {
          value: removal.removed,
          by: removal.by,
          at: removal.at,
        })
      }
    }, 'import')
  }

  /**
   * Admits a device as a member (membership.ts). The signer must be an editor; in a dossier not
   * shared yet it founds the membership by admitting itself first. Returns the entries written.
   */
  admitMember(input: NewMember, signer: Signer): MemberEntry[] {
    const entries = admissionEntries(this.index.members.membership(), input, signer, this.now())
    this.write(signer, () => append(this.index.layout.members, entries))
    return entries
  }

  changeRole(key: string, role: MemberRole, signer: Signer): MemberEntry {
    const entry = roleChangeEntry(this.index.members.membership(), key, role, signer, this.now())
    this.write(signer, () => append(this.index.layout.members, [entry]))
    return entry
  }

  /** Removes a member: every host then refuses its device (the LAN layer acts on this entry). */
  removeMember(key: string, signer: Signer, reason?: string): MemberEntry {
    const membership = this.index.members.membership()
    const entry = removalEntry(membership, key, signer, this.now(), reason)
    this.write(signer, () => append(this.index.layout.members, [entry]))
    return entry
  }

  /** Anchors a quote for a claim about to be imported, at offsets into the current source text. */
  anchor(start: number, end: number): ReturnType<typeof anchorQuote> {
    return anchorQuote(this.index.layout.source, start, end)
  }

  private requireClaim(id: string): ClaimView {
    // Settled: a head whose signature check is still pending must be superseded too.
    const claim = this.index.settledClaim(id)
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
    }, this.currentOrigin())
  }
}

const check = (
  schema: {
    safeParse(value: unknown): {
      success: boolean
      error?: { issues: { path: PropertyKey[]; message: string }[] }
    }
  },
  value: unknown,
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
