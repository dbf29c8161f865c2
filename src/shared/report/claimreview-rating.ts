import type { Status } from '../dossier'
import { STATUS_WORDS } from '../vocabulary'

/**
 * The rating scale of the desk's ClaimReview markup: 1 (worst) to 5 (best), read as "how far the
 * claim stands after the desk's review". `alternateName` is the desk's own verdict, the word
 * readers and search engines show, so it says exactly what the desk established and no more.
 *
 * - confirmed = 5 "Confirmed": the desk verified the claim.
 * - disputed  = 3 "Disputed": credible evidence or parties contradict it and the desk could not
 *   settle it either way; the middle of the scale, neither endorsed nor shown false.
 * - retracted = 1 "Retracted": the claimant withdrew it or it was shown false. Either way the claim
 *   no longer stands and must not be relied on, which is the bottom of the scale. The verdict
 *   says "Retracted" rather than "False" because a withdrawal alone does not prove the claim
 *   false; the rationale (`ratingExplanation`) says which it was.
 *
 * 2 and 4 are left free on purpose: finer verdicts ("mostly confirmed", "misleading") can be
 * added later without changing what an already published number means. Consumers read
 * `ratingValue` against `worstRating`/`bestRating`, so the gaps cost nothing.
 * Unverified claims and claims with conflicting decisions have no rating: nothing is published.
 * The verdict words are the vocabulary's status labels, the same the app and the CLI show.
 * docs/claimreview.md explains the scale for readers of the markup.
 */
export const WORST_RATING = 1
export const BEST_RATING = 5

export type ReviewedStatus = Exclude<Status, 'unverified'>

export const RATINGS: Readonly<Record<ReviewedStatus, { value: number; name: string }>> = {
  confirmed: { value: 5, name: STATUS_WORDS.confirmed.label },
  disputed: { value: 3, name: STATUS_WORDS.disputed.label },
  retracted: { value: 1, name: STATUS_WORDS.retracted.label },
}
