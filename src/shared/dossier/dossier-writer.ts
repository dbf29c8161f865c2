import type { Signer } from '../identity'
import { anchorQuote } from './anchor'
import { DossierInputError } from './dossier-errors'
import { newId } from './ids'
import { writeImportedEntries } from './imported-entries'
import { checkInput } from './input-check'
import { append, claimEditKey, entryRemovalKey } from './layout'
import { admissionEntries, removalEntry, roleChangeEntry } from './membership-changes'
import type { NewMember } from './membership-changes'
import { newClaimRecord, newComment, newEvidence, newLink } from './new-entries'
import { REMOVABLE_KINDS, STATUSES, claimEditSchemas, metaSchema } from './schema'
import type {
  ClaimEditField,
  ClaimEditValues,
  ClaimLink,
  Decision,
  LinkType,
  MemberEntry,
  MemberRole,
  RemovableKind,
} from './schema'
import { signDecision } from './verify'
import { WriteTransactions } from './write-transactions'
import type { ImportedEntries, NewClaim, NewDecision, NewEvidence, NewLink } from './writer-inputs'

/**
 * Every write to a dossier. Each writes immutable entries (or a last-writer-wins edit) after
 * checking its input; the index turns them into views, whichever replica they came from.
 * How each reaches the doc, and an undo history, is write-transactions.ts.
 */
export class DossierWriter extends WriteTransactions {
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
    const source = this.index.layout.source
    const records = inputs.map((input) => newClaimRecord(input, author, source, this.now))
    if (records.length === 0) return []
    this.write(author, () => append(this.index.layout.claims, records))
    const ids = records.map((record) => record.id)
    this.record({ kind: 'claims', ids })
    return ids
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
        checkInput(claimEditSchemas[field], value, field)
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
    const evidence = newEvidence(claimId, input, author, this.now)
    this.write(author, () => append(this.index.layout.evidence, [evidence]))
    this.record({ kind: 'entry', entryKind: 'evidence', id: evidence.id, claimId })
    return evidence.id
  }

  addComment(claimId: string, text: string, author: Signer, replyTo?: string): string {
    this.requireClaim(claimId)
    const comment = newComment(claimId, text, author, this.now, replyTo)
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
    const links = inputs.map((input): ClaimLink => {
      this.requireClaim(input.from)
      this.requireClaim(input.to)
      return newLink(input, author, this.now)
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

  /** Writes raw entries as they are (signatures kept); used to import a dossier's JSON export. */
  importEntries(entries: ImportedEntries): void {
    const layout = this.index.layout
    this.doc.transact(() => writeImportedEntries(layout, entries), 'import')
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
}
