import type { DossierView } from '../dossier'
import { authorLabel as labelAuthor } from '../vocabulary'

/**
 * Plain-text wording of the reports' own that the vocabulary (src/shared/vocabulary) does not
 * already give, shared by the Markdown, HTML and CSV exports so they name things the same way.
 * Nothing here escapes: each renderer escapes the strings for its own format.
 */

/** "Claim 3" in every report is the claim's 1-based position, as the CLI's `findClaim` reads it. */
export const claimNumber = (claim: { readonly index: number }): number => claim.index + 1

/** Minutes are as precise as an editor needs, and UTC keeps every replica's report identical. */
export const formatTime = (iso: string): string => {
  const time = new Date(iso)
  if (Number.isNaN(time.getTime())) return iso
  return `${time.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

/** The author's signed display name, or the start of their key when none has arrived. */
export const authorLabel = (dossier: DossierView, key: string): string =>
  labelAuthor(dossier.authorName(key), key)
