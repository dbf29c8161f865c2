import type { Attribution } from '../dossier'

/** What a claim with no speaker is said by. */
export const UNATTRIBUTED = 'unattributed'

/**
 * Who said it, where and when, in one line: "Col. Mara Voss, spokesperson — state TV, 3 March".
 * The person and the occasion are kept apart by the dash; parts the claim lacks are left out.
 */
export const attributionPhrase = (attribution: Attribution): string => {
  const who = [attribution.who.trim(), attribution.role?.trim()].filter(present).join(', ')
  const context = [attribution.where?.trim(), attribution.when?.trim()].filter(present).join(', ')
  if (who === '' && context === '') return UNATTRIBUTED
  if (context === '') return who
  return `${who === '' ? UNATTRIBUTED : who} — ${context}`
}

/** The speaker alone: their name, or that nobody is named. */
export const speakerName = (attribution: Attribution): string =>
  attribution.who.trim() === '' ? UNATTRIBUTED : attribution.who

const present = (value: string | undefined): value is string => value !== undefined && value !== ''
