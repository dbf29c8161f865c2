import type { Claim, ClaimReview, CreativeWork, Organization, WithContext } from 'schema-dts'
import type { ClaimView, Decision, DossierView } from '../dossier'
import { claimAuthor } from './claim-author'
import { BEST_RATING, RATINGS, WORST_RATING } from './claimreview-rating'
import type { ReviewedStatus } from './claimreview-rating'
import { safeWebUrl } from '../vocabulary'
import { claimNumber } from './format'
import { reviewUrlFor } from './claimreview-settings'
import type { ClaimAuthorType, ClaimReviewSettings } from './claimreview-settings'

/**
 * schema.org ClaimReview JSON-LD for the claims the desk has reviewed, for fact-check markup on a
 * published page. The rating scale is documented in claimreview-rating.ts and docs/claimreview.md.
 */
export interface ClaimReviewOptions {
  /** The desk or newsroom publishing the reviews: the author of every ClaimReview. */
  readonly publisher: { readonly name: string; readonly url?: string }
  /**
   * The page the reviews are published on; each review points to `#claim-<number>` in it. With
   * `{number}` in it, a pattern: one page per claim (claimreview-settings.ts).
   */
  readonly url?: string
  /** How the people quoted are typed; `guess` (the default) decides from each name. */
  readonly claimAuthor?: ClaimAuthorType
}

/** The options a publisher's settings make (defaults: the desk's name, no page, guessed types). */
export const claimReviewOptionsFrom = (settings: ClaimReviewSettings): ClaimReviewOptions => ({
  publisher: {
    name: settings.publisherName ?? 'Verification Desk',
    ...(settings.publisherUrl === undefined ? {} : { url: settings.publisherUrl }),
  },
  ...(settings.reviewUrl === undefined ? {} : { url: settings.reviewUrl }),
  ...(settings.claimAuthor === undefined ? {} : { claimAuthor: settings.claimAuthor }),
})

export const toClaimReview = (dossier: DossierView, options: ClaimReviewOptions): string => {
  const language = dossier.meta().language
  const reviews: WithContext<ClaimReview>[] = []
  for (const claim of dossier.activeClaims()) {
    const status = publishableStatus(dossier, claim)
    if (status !== null) reviews.push(claimReview(claim, status, language, options))
  }
  return jsonForHtml(reviews)
}

/**
 * Only a settled verdict is published. Left out, on purpose:
 * - unverified claims: the desk has not reviewed them, so there is no rating to give;
 * - claims with conflicting decisions: the desk has not agreed on a verdict, and publishing either
 *   head would state a finding the desk has not made;
 * - claims whose current decision is not validly signed (tampered or unsigned): a published
 *   rating must rest on a decision an editor of the desk demonstrably made.
 */
const publishableStatus = (dossier: DossierView, claim: ClaimView): ReviewedStatus | null => {
  const { state } = claim
  if (state.kind !== 'settled' || state.status === 'unverified') return null
  const signed = state.heads.every((head) => dossier.verification(head) === 'signed')
  return signed ? state.status : null
}

const claimReview = (
  claim: ClaimView,
  status: ReviewedStatus,
  language: string,
  options: ClaimReviewOptions,
): WithContext<ClaimReview> => {
  const heads = claim.state.heads
  // Settled heads agree on the status; the newest one dates the verdict.
  const latest = heads.at(-1)!
  const rating = RATINGS[status]
  const pageUrl = options.url === undefined ? null : reviewUrlFor(options.url, claimNumber(claim))
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    ...(pageUrl === null ? {} : { url: pageUrl }),
    claimReviewed: claim.text,
    itemReviewed: reviewedClaim(claim, options.claimAuthor ?? 'guess'),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: rating.value,
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: rating.name,
      ...explanation(heads),
    },
    datePublished: latest.at,
    inLanguage: language,
    author: publisher(options.publisher),
  }
}

const reviewedClaim = (claim: ClaimView, type: ClaimAuthorType): Claim => {
  const author = claimAuthor(claim.attribution, type)
  const appearance = appearanceOf(claim.attribution)
  return {
    '@type': 'Claim',
    ...(author === null ? {} : { author }),
    ...(appearance === null ? {} : { appearance }),
  }
}

/**
 * Where and when the claim was made, as far as the attribution says. A web address becomes the
 * appearance's url and an ISO date its datePublished; free text ("state television", "Sunday")
 * is kept as its name. `firstAppearance` is not set: nothing records whether this was the first.
 */
const appearanceOf = (attribution: ClaimView['attribution']): CreativeWork | null => {
  const where = attribution.where?.trim() ?? ''
  const when = attribution.when?.trim() ?? ''
  const url = safeWebUrl(where)
  const isoDate = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(when)
  const name = [url === null ? where : '', isoDate ? '' : when].filter((part) => part !== '')
  if (url === null && name.length === 0 && !isoDate) return null
  return {
    '@type': 'CreativeWork',
    ...(url === null ? {} : { url }),
    ...(name.length === 0 ? {} : { name: name.join(', ') }),
    ...(isoDate ? { datePublished: when } : {}),
  }
}

/** The decisions' rationale, the desk's reasons in its own words. */
const explanation = (heads: readonly Decision[]): { ratingExplanation?: string } => {
  const text = heads
    .map((head) => head.rationale.trim())
    .filter((rationale) => rationale !== '')
    .join(' ')
  return text === '' ? {} : { ratingExplanation: text }
}

const publisher = (desk: ClaimReviewOptions['publisher']): Organization => {
  const url = safeWebUrl(desk.url)
  return { '@type': 'Organization', name: desk.name, ...(url === null ? {} : { url }) }
}

/**
 * Pretty JSON with <, > and & as \u escapes: still the same JSON, but safe to paste into an HTML
 * `<script type="application/ld+json">` block, where a claim containing `</script>` would
 * otherwise end the block and let the rest run as markup.
 */
const jsonForHtml = (value: unknown): string =>
  `${JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`
