import type { Attribution, DossierView, LinkType, StatusLabel, Verification } from '../dossier'
import { shortKey } from '../identity'

/**
 * Plain-text wording shared by every report, so the Markdown, HTML and CSV exports name things
 * the same way. Nothing here escapes: each renderer escapes the strings for its own format.
 */

/** The order a report lists its groups in: what needs an editor's attention first. */
export const GROUP_ORDER: readonly StatusLabel[] = [
  'conflict',
  'confirmed',
  'disputed',
  'retracted',
  'unverified',
]

export const STATUS_TITLES: Readonly<Record<StatusLabel, string>> = {
  conflict: 'Conflicting decisions',
  confirmed: 'Confirmed',
  disputed: 'Disputed',
  retracted: 'Retracted',
  unverified: 'Unverified',
}

export const VERIFICATION_TEXT: Readonly<Record<Verification, string>> = {
  signed: 'signature verified',
  unsigned: 'unsigned',
  tampered: 'signature does not match (tampered)',
}

/** "Claim 3" in every report is the claim's 1-based position, as the CLI's `findClaim` reads it. */
export const claimNumber = (claim: { readonly index: number }): number => claim.index + 1

/** "Col. Mara Voss, interior ministry spokesperson — press briefing in Port Veyra, 3 March". */
export const speakerLine = (attribution: Attribution): string => {
  const who = [attribution.who.trim(), attribution.role?.trim()].filter(present).join(', ')
  const context = [attribution.where?.trim(), attribution.when?.trim()].filter(present).join(', ')
  if (who === '' && context === '') return 'unattributed'
  if (context === '') return who
  return `${who === '' ? 'unattributed' : who} — ${context}`
}

/** Minutes are as precise as an editor needs, and UTC keeps every replica's report identical. */
export const formatTime = (iso: string): string => {
  const time = new Date(iso)
  if (Number.isNaN(time.getTime())) return iso
  return `${time.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

/** The author's signed display name, or the start of their key when none has arrived. */
export const authorLabel = (dossier: DossierView, key: string): string =>
  dossier.authorName(key) ?? `key ${shortKey(key)}`

const LINK_WORDS: Readonly<Record<LinkType, { out: string; in: string }>> = {
  revises: { out: 'revises', in: 'revised by' },
  contradicts: { out: 'contradicts', in: 'contradicted by' },
  supports: { out: 'supports', in: 'supported by' },
  'same-as': { out: 'same as', in: 'same as' },
}

/** "revises", "contradicted by": the link read from this claim's side ("revises claim 3"). */
export const linkVerb = (type: LinkType, direction: 'out' | 'in'): string =>
  LINK_WORDS[type][direction]

const present = (value: string | undefined): value is string => value !== undefined && value !== ''
