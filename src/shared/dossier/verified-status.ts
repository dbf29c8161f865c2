import type { Decision } from './schema'
import { headsOf, statusOfHeads } from './status'
import type { StatusState } from './status'
import type { AsyncSignatureCheck } from './signature-sweep'
import { payloadOf, verifyDecision } from './verify'
import type { Verification } from './verify'

/**
 * Results by exact content (signature and author included), shared by every dossier open in this
 * process: opening a dossier again (a listing, a version diff, a second window) checks nothing
 * twice. Bounded; the oldest results go first. Keyed by signature and holding the entry itself,
 * compared field by field on a hit: a canonical-JSON key per decision cost a string as large as
 * the entry (5 MB for 10,000 heads) and the time to build it on every lookup.
 */
const MEMO_LIMIT = 100_000
/** A forgery may reuse a genuine signature: a few entries per signature keep both answers. */
const VARIANTS_PER_SIGNATURE = 4
interface Remembered {
  readonly decision: Decision
  readonly result: Verification
}
const memo = new Map<string, Remembered[]>()

const sameIds = (a: readonly string[], b: readonly string[]): boolean => {
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false
  return true
}

/**
 * Whether two decisions say the same thing, field by field: a reopened dossier's copy is compared
 * on every head it shows. Every decision here passed the schema, which leaves no key it does not
 * know, so its fields are all there is to compare.
 */
const sameDecision = (a: Decision, b: Decision): boolean =>
  a === b ||
  (a.sig === b.sig &&
    a.id === b.id &&
    a.claimId === b.claimId &&
    a.status === b.status &&
    a.at === b.at &&
    a.author === b.author &&
    a.rationale === b.rationale &&
    sameIds(a.supersedes, b.supersedes) &&
    sameIds(a.evidenceIds, b.evidenceIds))

const remember = (decision: Decision, result: Verification): void => {
  if (decision.sig === undefined) return
  const known = memo.get(decision.sig)
  if (known === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value!)
    memo.set(decision.sig, [{ decision, result }])
    return
  }
  const others = known.filter((entry) => !sameDecision(entry.decision, decision))
  memo.set(decision.sig, [{ decision, result }, ...others.slice(0, VARIANTS_PER_SIGNATURE - 1)])
}

const recalled = (decision: Decision): Verification | undefined => {
  const known = decision.sig === undefined ? undefined : memo.get(decision.sig)
  return known?.find((entry) => sameDecision(entry.decision, decision))?.result
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
  let result = recalled(decision)
  if (result !== undefined) return result
  const { author, sig } = decision
  const fast =
    fastCheck !== null && sig !== undefined && fastCheck(author, payloadOf(decision), sig)
  result = fast ? 'signed' : verifyDecision(decision)
  remember(decision, result)
  return result
}

/**
 * Signature checks, cached per entry object: Ed25519 in pure JS costs ~1.5 ms, too slow to repeat
 * per render, and the index hands out the same parsed object for as long as the entry is there.
 */
export class DecisionVerifier {
  private readonly results = new WeakMap<Decision, Verification>()
  private deferred: {
    readonly check: AsyncSignatureCheck
    readonly onSettled: (decisions: readonly Decision[]) => void
  } | null = null
  private readonly inFlight = new Set<Decision>()
  private settled: Decision[] = []
  /** What this replica signed itself (by signature, then content), until its first lookup. */
  private readonly own = new Map<string, Decision>()

  /**
   * From now on `standing` answers "pending" for a signature it does not know yet, and checks it
   * with `check` (a platform's native Ed25519, off the page's thread), calling `onSettled` with
   * the decisions whose result arrived. A page that would otherwise check each new head of a
   * burst of remote decisions in pure JS (~1.5 ms each) while rendering stays responsive; the
   * decision is left out of its claim's status until its result is in. Null: check on the spot.
   */
  deferChecks(
    check: AsyncSignatureCheck | null,
    onSettled: (decisions: readonly Decision[]) => void,
  ): void {
    this.deferred = check === null ? null : { check, onSettled }
  }

  /**
   * Checks on the spot whichever of `decisions` are still pending: a decision about to be made
   * must supersede every head, including one whose deferred check has not answered yet.
   * True if any was pending.
   */
  settleNow(decisions: readonly Decision[]): boolean {
    let any = false
    for (const decision of decisions) {
      if (!this.inFlight.has(decision) || this.results.has(decision)) continue
      this.verification(decision)
      any = true
    }
    return any
  }

  /** The verification, or "pending" while a deferred check of it runs (see deferChecks). */
  standing(decision: Decision): Verification | 'pending' {
    if (this.deferred === null || decision.sig === undefined) return this.verification(decision)
    const settled = this.results.get(decision)
    if (settled !== undefined) return settled
    // Asked again on every render of its claim until the answer: no canonical JSON each time.
    if (this.inFlight.has(decision)) return 'pending'
    const known = this.lookup(decision)
    if (known !== undefined) return known
    this.checkLater(decision, this.deferred)
    return 'pending'
  }

  private checkLater(
    decision: Decision,
    deferred: NonNullable<DecisionVerifier['deferred']>,
  ): void {
    this.inFlight.add(decision)
    const settle = (fast: boolean): void => {
      this.inFlight.delete(decision)
      if (!this.results.has(decision))
        // Only a yes is taken: a no is confirmed by the check every replica runs.
        this.record(decision, fast ? 'signed' : verifyDecision(decision))
      if (this.settled.push(decision) === 1)
        queueMicrotask(() => {
          const settled = this.settled
          this.settled = []
          if (this.deferred === deferred) deferred.onSettled(settled)
        })
    }
    deferred
      .check(decision.author, payloadOf(decision), decision.sig!)
      .then(settle, () => settle(false))
  }

  verification(decision: Decision): Verification {
    let result = this.results.get(decision)
    if (result === undefined) {
      result = decision.sig === undefined ? 'unsigned' : remembered(decision)
      this.results.set(decision, result)
    }
    return result
  }

  /** What is known of `decision` without checking it now. */
  lookup(decision: Decision): Verification | undefined {
    const cached = this.results.get(decision)
    if (cached !== undefined) return cached
    if (decision.sig === undefined) return 'unsigned'
    const own = this.own.get(decision.sig)
    if (own !== undefined && sameDecision(own, decision)) {
      this.own.delete(decision.sig)
      remember(decision, 'signed')
    }
    const known = recalled(decision)
    if (known !== undefined) this.results.set(decision, known)
    return known
  }

  /**
   * A decision this replica has just signed itself: its signature is good by construction, so
   * the editor's own decision shows at once rather than after a deferred check.
   */
  vouchForOwn(decision: Decision): void {
    if (decision.sig === undefined) return
    // Bounded like the memo: a script writing without ever reading must not grow it for ever.
    if (this.own.size >= MEMO_LIMIT) this.own.clear()
    this.own.set(decision.sig, decision)
  }

  /** A result a signature sweep reached (signature-sweep.ts), for this entry and its copies. */
  record(decision: Decision, result: Verification): void {
    this.results.set(decision, result)
    remember(decision, result)
  }

  isSigned = (decision: Decision): boolean => this.verification(decision) === 'signed'
}

const NONE: readonly Decision[] = Object.freeze([])

export interface VerifiedStatus {
  readonly state: StatusState
  /**
   * Decisions left out because they are unsigned or their signature does not match: each would
   * otherwise have been a head. They stay in the log and the timeline; they never set a status.
   */
  readonly ignored: readonly Decision[]
  /**
   * Heads whose signature is still being checked (DecisionVerifier.deferChecks): left out, like
   * the ignored ones, until their result is in, but not reported as failed.
   */
  readonly pending: readonly Decision[]
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
  // Most claims have neither: one shared empty list until a head is set aside.
  let ignored: Decision[] | null = null
  let pending: Decision[] | null = null
  for (;;) {
    const heads = headsOf(candidates)
    let left: Set<Decision> | null = null
    for (const head of heads) {
      const standing = verifier.standing(head)
      if (standing === 'signed') continue
      ;(left ??= new Set()).add(head)
      if (standing === 'pending') (pending ??= []).push(head)
      else (ignored ??= []).push(head)
    }
    if (left === null)
      return { state: statusOfHeads(heads), ignored: ignored ?? NONE, pending: pending ?? NONE }
    const setAside = left
    candidates = candidates.filter((decision) => !setAside.has(decision))
  }
}
