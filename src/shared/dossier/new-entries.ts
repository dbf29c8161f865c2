import type * as Y from 'yjs'
import type { Signer } from '../identity'
import { anchorQuote } from './anchor'
import { DossierInputError } from './dossier-errors'
import { checkEntryFast } from './entry-check'
import { newId } from './ids'
import { checkInput } from './input-check'
import { LINK_TYPES, STANCES, claimRecordSchema, evidenceSchema } from './schema'
import type { ClaimLink, ClaimRecord, Comment, Evidence } from './schema'
import type { NewClaim, NewEvidence, NewLink } from './writer-inputs'

/**
 * The entries `DossierWriter` makes from a caller's input: a new id, the author and the time
 * filled in, then checked, so that what is written is never an entry the index would quarantine.
 * `now` is called where the entry takes its time, after its id, as the writer always did.
 */

export const newClaimRecord = (
  input: NewClaim,
  author: Signer,
  source: Y.Text,
  now: () => string,
): ClaimRecord => {
  const record: ClaimRecord = {
    id: newId('c'),
    text: input.text,
    quote: input.quote ? anchorQuote(source, input.quote.start, input.quote.end) : null,
    attribution: input.attribution,
    kind: input.kind,
    figures: [...(input.figures ?? [])],
    tags: [...(input.tags ?? [])],
    createdBy: author.publicKey,
    createdAt: now(),
  }
  // Ingest makes thousands at once: zod only to say what is wrong with one that is.
  if (!checkEntryFast('claims', record)) checkInput(claimRecordSchema, record, 'claim')
  return record
}

export const newEvidence = (
  claimId: string,
  input: NewEvidence,
  author: Signer,
  now: () => string,
): Evidence => {
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
    addedAt: now(),
  }
  if (!STANCES.includes(input.stance))
    throw new DossierInputError(`stance must be one of ${STANCES.join(', ')}`)
  checkInput(evidenceSchema, evidence, 'evidence')
  return evidence
}

export const newComment = (
  claimId: string,
  text: string,
  author: Signer,
  now: () => string,
  replyTo?: string,
): Comment => {
  if (text.trim() === '') throw new DossierInputError('a comment cannot be empty')
  return {
    id: newId('x'),
    claimId,
    text,
    author: author.publicKey,
    at: now(),
    ...(replyTo === undefined ? {} : { replyTo }),
  }
}

/** A link between two claims the caller has made sure exist. */
export const newLink = (
  { from, to, type, note }: NewLink,
  author: Signer,
  now: () => string,
): ClaimLink => {
  if (from === to) throw new DossierInputError('a claim cannot link to itself')
  if (!LINK_TYPES.includes(type))
    throw new DossierInputError(`link type must be one of ${LINK_TYPES.join(', ')}`)
  return {
    id: newId('l'),
    from,
    to,
    type,
    author: author.publicKey,
    at: now(),
    ...(note === undefined ? {} : { note }),
  }
}
