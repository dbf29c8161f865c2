import { utf8ToBytes } from '@noble/hashes/utils.js'
import { canonicalJson, verifySignature } from '../identity'
import type { Signer } from '../identity'
import type { AuthorDeclaration, Decision } from './schema'

/**
 * What a signature says about an entry: made by its author's key over exactly this content,
 * missing, or not matching (the entry was changed after it was signed, or forged).
 */
export type Verification = 'signed' | 'unsigned' | 'tampered'

type Unsigned<T> = Omit<T, 'sig'>

/** The bytes a signature covers: the canonical JSON of the entry without `sig`. */
export const payloadOf = (entry: object): Uint8Array => {
  const { sig: _sig, ...rest } = entry as { sig?: unknown }
  return utf8ToBytes(canonicalJson(rest))
}

export const signDecision = (decision: Unsigned<Decision>, signer: Signer): Decision => ({
  ...decision,
  sig: signer.sign(payloadOf(decision)),
})

export const verifyDecision = (decision: Decision): Verification => {
  if (decision.sig === undefined) return 'unsigned'
  return verifySignature(decision.author, payloadOf(decision), decision.sig) ? 'signed' : 'tampered'
}

export const signAuthor = (
  declaration: Unsigned<AuthorDeclaration>,
  signer: Signer,
): AuthorDeclaration => ({ ...declaration, sig: signer.sign(payloadOf(declaration)) })

export const verifyAuthor = (declaration: AuthorDeclaration): boolean =>
  verifySignature(declaration.key, payloadOf(declaration), declaration.sig)
