import * as z from 'zod'
import { safeWebUrl } from '../vocabulary'

/**
 * What a publisher sets for a ClaimReview export (docs/claimreview.md, Fields), the same from the
 * app's Export panel (through the host's `export` RPC) and from `dossier export`:
 *
 * - `reviewUrl`: where the reviews are published. A plain address is the page holding them all,
 *   and each review's `url` is it with `#claim-<number>` (the HTML report's anchors); an address
 *   with `{number}` in it is a pattern, one page per claim (`https://news.example/checks/{number}`).
 * - `publisherName`, `publisherUrl`: the desk or newsroom, the `author` of every review.
 * - `claimAuthor`: whether the people quoted are typed `Person` or `Organization`. An attribution
 *   records a name, not a kind of party, so `guess` (the default) decides from the name
 *   (claim-author.ts); `person` or `organization` types every claim's author so.
 */
export const CLAIM_AUTHOR_TYPES = ['guess', 'person', 'organization'] as const
export type ClaimAuthorType = (typeof CLAIM_AUTHOR_TYPES)[number]

export const NUMBER_PLACEHOLDER = '{number}'

/** The review page's address for claim `number`, or null when `reviewUrl` is no web address. */
export const reviewUrlFor = (reviewUrl: string, number: number): string | null => {
  if (reviewUrl.includes(NUMBER_PLACEHOLDER)) {
    return safeWebUrl(reviewUrl.split(NUMBER_PLACEHOLDER).join(String(number)))
  }
  const page = safeWebUrl(reviewUrl)
  return page === null ? null : `${page.split('#')[0]}#claim-${number}`
}

const webAddress = (what: string) =>
  z
    .string()
    .max(2000)
    .refine((value) => safeWebUrl(value.split(NUMBER_PLACEHOLDER).join('1')) !== null, {
      message: `${what} must be a web address starting with http:// or https://, with no spaces`,
    })

export const claimReviewSettingsSchema = z.strictObject({
  reviewUrl: webAddress('the review page').optional(),
  publisherName: z.string().trim().min(1, 'the publisher needs a name').max(500).optional(),
  publisherUrl: webAddress('the publisher’s address')
    .refine((value) => !value.includes(NUMBER_PLACEHOLDER), {
      message: 'the publisher’s address cannot hold {number}',
    })
    .optional(),
  claimAuthor: z.enum(CLAIM_AUTHOR_TYPES).optional(),
})
export type ClaimReviewSettings = z.infer<typeof claimReviewSettingsSchema>

/**
 * Settings as a person typed them (empty fields left out), checked: the settings, or what is
 * wrong with them in words, one sentence per field.
 */
export const readClaimReviewSettings = (
  typed: Readonly<Record<keyof ClaimReviewSettings, string | undefined>>,
): { ok: true; settings: ClaimReviewSettings } | { ok: false; problems: string[] } => {
  const given = Object.fromEntries(
    Object.entries(typed)
      .map(([key, value]) => [key, value?.trim() ?? ''])
      .filter(([, value]) => value !== ''),
  )
  const parsed = claimReviewSettingsSchema.safeParse(given)
  if (parsed.success) return { ok: true, settings: parsed.data }
  return { ok: false, problems: parsed.error.issues.map((issue) => issue.message) }
}
