import * as z from 'zod'

/** The ClaimReview fields as typed, remembered per dossier in this browser (localStorage). */
export interface ClaimReviewDraft {
  readonly reviewUrl: string
  readonly publisherName: string
  readonly publisherUrl: string
  readonly claimAuthor: string
}

export const EMPTY_DRAFT: ClaimReviewDraft = {
  reviewUrl: '',
  publisherName: '',
  publisherUrl: '',
  claimAuthor: 'guess',
}

const draftSchema = z.object({
  reviewUrl: z.string().max(2000).catch(''),
  publisherName: z.string().max(500).catch(''),
  publisherUrl: z.string().max(2000).catch(''),
  claimAuthor: z.string().max(20).catch('guess'),
})

const keyFor = (dossierId: string): string => `verification-desk:claimreview:${dossierId}`

/** What was typed last time for this dossier; nothing (or anything unreadable) is empty fields. */
export const recallDraft = (dossierId: string): ClaimReviewDraft => {
  try {
    const raw = window.localStorage.getItem(keyFor(dossierId))
    if (raw === null) return EMPTY_DRAFT
    const parsed = draftSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : EMPTY_DRAFT
  } catch {
    return EMPTY_DRAFT
  }
}

/** Kept for next time; a browser that refuses storage only forgets. */
export const rememberDraft = (dossierId: string, draft: ClaimReviewDraft): void => {
  try {
    window.localStorage.setItem(keyFor(dossierId), JSON.stringify(draft))
  } catch {
    // Storage refused (private window): the fields are simply not remembered.
  }
}
