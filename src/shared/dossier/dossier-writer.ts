import type * as Y from 'yjs'
import type { Signer } from '../identity'
import { anchorQuote } from './anchor'
import { DossierInputError } from './dossier-errors'
import type { DossierIndex } from './dossier-index'
import type { RawClaimEdit } from './dossier-view'
import { newId } from './ids'
import { append, claimEditKey } from './layout'
import { admissionEntries, removalEntry, roleChangeEntry } from './membership-changes'
import type { NewMember } from './membership-changes'
import {
  LINK_TYPES,
  STANCES,
  STATUSES,
  claimEditSchemas,
  claimRecordSchema,
  evidenceSchema,
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
  Evidence,
  Figure,
  LinkType,
  MemberEntry,
  MemberRole,
  Stance,
  Status,
} from './schema'
import { signAuthor, signDecision } from './verify'
import type { ClaimView } from './views'

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

export interface ImportedEntries {
  readonly claims: readonly ClaimRecord[]
  readonly claimEdits: readonly RawClaimEdit[]
  readonly decisions: readonly Decision[]
  readonly evidence: readonly Evidence[]
  readonly comments: readonly Comment[]
  readonly links: readonly ClaimLink[]
  readonly authors: readonly AuthorDeclaration[]
  /** Absent in exports made before dossiers had members. */
  readonly members?: readonly MemberEntry[]
}

/**
 * Every write to a dossier. Each writes immutable entries (or a last-writer-wins edit) after
 * checking its input; the index turns them into views, whichever replica they came from.
 */
export class DossierWriter {
  private writing = 0

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
    const records = inputs.map((input) => this.newClaimRecord(input, author))
    if (records.length > 0) this.write(author, () => append(this.index.layout.claims, records))
    return records.map((record) => record.id)
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
      if (entries.members !== undefined && entries.members.length > 0)
        append(layout.members, entries.members)
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
