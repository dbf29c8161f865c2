import { canonicalJson } from '../identity/canonical-json'
import type { Decision } from './schema'
import { deriveStatus, headsOf } from './status'
import type { StatusState } from './status'
import { payloadOf, verifyDecision } from './verify'
import type { Verification } from './verify'

/**
 * Results by exact content (signature and author included), shared by every dossier open in this
 * process: opening a dossier again (a listing, a version diff, a second window) checks nothing
 * twice. Bounded; the oldest results go first.
 */
const MEMO_LIMIT = 100_000
const memo = new Map<string, Verification>()

const remember = (key: string, result: Verification): void => {
  if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value!)
  memo.set(key, result)
}

/** A faster Ed25519 check (key, message, signature: hex) a platform may offer; see below. */
export type SignatureCheck = (publicKey: string, message: Uint8Array, signature: string) => boolean
let fastCheck: SignatureCheck | null = null

/**
 * Lets a platform with native Ed25519 (Node's crypto: ~50 µs against ~1.5 ms here) answer first.
 * Only its yes is taken: a strict RFC 8032 check that passes also passes the ZIP-215 check every
 * replica runs, so replicas with and without it agree; a no is confirmed by that check.
 */
export const useFastSignatureCheck = (check: SignatureCheck | null): void => {
  fastCheck = check
}

const remembered = (decision: Decision): Verification => {
  const key = canonicalJson(decision)
  let result = memo.get(key)
  if (result !== undefined) return result
  const { author, sig } = decision
  const fast =
    fastCheck !== null && sig !== undefined && fastCheck(author, payloadOf(decision), sig)
  result = fast ? 'signed' : verifyDecision(decision)
  remember(key, result)
  return result
}

/**
 * Signature checks, cached per entry object: Ed25519 in pure JS costs ~1.5 ms, too slow to repeat
 * per render, and the index hands out the same parsed object for as long as the entry is there.
 */
export class DecisionVerifier {
  private readonly results = new WeakMap<Decision, Verification>()

  verification(decision: Decision): Verification {
    let result = this.results.get(decision)
    if (result === undefined) {
      result = decision.sig === undefined ? 'unsigned' : remembered(decision)
      this.results.set(decision, result)
    }
    return result
  }

  /** What is known of `decision` without checking it now, and the key to `record` it under. */
  lookup(decision: Decision): { readonly known: Verification | undefined; readonly key: string } {
    const cached = this.results.get(decision)
    if (cached !== undefined) return { known: cached, key: '' }
    if (decision.sig === undefined) return { known: 'unsigned', key: '' }
    const key = canonicalJson(decision)
    const known = memo.get(key)
    if (known !== undefined) this.results.set(decision, known)
    return { known, key }
  }

  /** A result a signature sweep reached (signature-sweep.ts), for this entry and its copies. */
  record(decision: Decision, key: string, result: Verification): void {
    this.results.set(decision, result)
    remember(key, result)
  }

  isSigned = (decision: Decision): boolean => this.verification(decision) === 'signed'
}

export interface VerifiedStatus {
  readonly state: StatusState
  /**
   * Decisions left out because they are unsigned or their signature does not match: each would
   * otherwise have been a head. They stay in the log and the timeline; they never set a status.
   */
  readonly ignored: readonly Decision[]
}

/**
 * A claim's status from its validly signed decisions only. Only the heads of the log can decide,
 * so only they are verified: a head that fails is set aside (its `supersedes` with it, so what
 * it claimed to replace counts again) and the heads are taken anew, until every head verifies.
 * An honest log costs one check per head, once; the result depends on the set of decisions only.
 */
export const deriveVerifiedStatus = (
  decisions: readonly Decision[],
  verifier: DecisionVerifier,
): VerifiedStatus => {
  let candidates = decisions
  const ignored: Decision[] = []
  for (;;) {
    const heads = headsOf(candidates)
    const failed = new Set(heads.filter((head) => !verifier.isSigned(head)))
    if (failed.size === 0) return { state: deriveStatus(heads), ignored }
    ignored.push(...failed)
    candidates = candidates.filter((decision) => !failed.has(decision))
  }
}
