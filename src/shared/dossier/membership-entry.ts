import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { canonicalJson, verifySignature } from '../identity'
import type { Signer } from '../identity'
import { memberEntrySchema } from './schema'
import type { MemberEntry } from './schema'

/**
 * Member entries are content-addressed and signed. The id is a hash of everything but the id and
 * the signature, and the signature covers the id too: two different entries cannot share an id,
 * an entry cannot name itself or a later entry in `after` (that would need a hash preimage), so
 * the members log is always a DAG and no replica can be made to prefer one copy over another.
 */

/** An entry as its author writes it, before it gets its id and signature. */
export type MemberEntryBody = EachOmit<MemberEntry, 'id' | 'sig'>
type EachOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

const bytesOf = (value: object): Uint8Array => utf8ToBytes(canonicalJson(value))

const withoutIdAndSig = (entry: MemberEntry): object => {
  const { id: _id, sig: _sig, ...body } = entry
  return body
}

const withoutSig = (entry: MemberEntry): object => {
  const { sig: _sig, ...rest } = entry
  return rest
}

export const memberEntryId = (body: object): string =>
  `p_${bytesToHex(sha256(bytesOf(body))).slice(0, 32)}`

export const signMemberEntry = (body: MemberEntryBody, signer: Signer): MemberEntry => {
  if (body.by !== signer.publicKey)
    throw new Error('a member entry must be signed by the key it names as its author')
  const unsigned = { ...body, id: memberEntryId(body) }
  return { ...unsigned, sig: signer.sign(bytesOf(unsigned)) } as MemberEntry
}

/** Why a well-shaped member entry cannot be trusted, or null if its id and signature hold. */
export const memberEntryFault = (entry: MemberEntry): string | null => {
  if (entry.id !== memberEntryId(withoutIdAndSig(entry)))
    return 'member entry id does not match its content'
  if (!verifySignature(entry.by, bytesOf(withoutSig(entry)), entry.sig))
    return 'member entry is not signed by its author'
  return null
}

/**
 * What the index parses arriving member entries with: the shape, then the id and the signature
 * (checked once, on arrival, like author declarations; the members log is small). Anything that
 * fails is quarantined and never counts.
 */
export const verifiedMemberEntrySchema = memberEntrySchema.superRefine((entry, context) => {
  const fault = memberEntryFault(entry)
  if (fault !== null) context.addIssue({ code: 'custom', message: fault })
})
