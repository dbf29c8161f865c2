import { verifyDecision } from '../../src/shared/dossier'
import type { Decision, Dossier } from '../../src/shared/dossier'
import { timeInterleaved } from './measure'
import type { Timing } from './measure'

/**
 * Signature verification. Loading never verifies; a decision's signature is checked when its
 * timeline is shown and the result is cached per entry. So what matters is how many fresh
 * verifications a second buys, and that a cached one costs next to nothing.
 */

export interface VerifyResult {
  readonly decisions: number
  readonly fresh: Timing
  readonly freshPerSecond: number
  readonly cached: Timing
  readonly cachedPerSecond: number
}

const perSecond = (count: number, ms: number): number => (ms > 0 ? (count * 1000) / ms : 0)

export const measureVerify = (dossier: Dossier, sample: number, runs: number): VerifyResult => {
  const decisions: Decision[] = []
  for (const claim of dossier.claims()) {
    if (decisions.length >= sample) break
    decisions.push(...dossier.decisions(claim.id))
  }
  // Guards the measurement: a batch that failed early would look fast.
  if (decisions.some((decision) => verifyDecision(decision) !== 'signed'))
    throw new Error('benchmark decisions do not verify')
  for (const decision of decisions) dossier.verification(decision)
  const time = timeInterleaved(
    {
      fresh: { run: () => decisions.map(verifyDecision) },
      cached: { run: () => decisions.map((decision) => dossier.verification(decision)) },
    },
    { runs, warmup: 1 },
  )
  return {
    decisions: decisions.length,
    fresh: time.fresh,
    freshPerSecond: perSecond(decisions.length, time.fresh.medianMs),
    cached: time.cached,
    cachedPerSecond: perSecond(decisions.length, time.cached.medianMs),
  }
}
