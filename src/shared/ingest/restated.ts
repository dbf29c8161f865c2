import type { Attribution } from '../dossier'
import type { FoundFigure } from './figures'
import type { LanguageRules } from './rules'
import type { Token } from './tokens'
import { UNKNOWN_SPEAKER, UNNAMED_SPEAKER } from './types'

/**
 * A figure stated again with a word that says it replaces an earlier one ("The ministry now
 * says 45 people died", "260 000 foyers sont désormais concernés", "the updated count is 52
 * cases") revises the latest earlier claim that counted the same thing, though no "raised ...
 * to" says so. What is counted must be named on both sides (the same unit, or two of a family),
 * and the figure must differ, so a figure merely repeated is not a revision.
 */
export interface EarlierClaim {
  readonly sentence: number
  readonly attribution: Attribution
  readonly found: readonly FoundFigure[]
}

export interface Restatement {
  readonly target: number
  readonly figure: FoundFigure
  readonly cue: string
}

/** As far back as a cross-sentence revision looks for the same speaker's, and for anyone's. */
const SAME_SPEAKER_LOOKBACK = 30
const ANY_SPEAKER_LOOKBACK = 8

/**
 * One speaker named in full once and shortly later: "the city's transport department" and "the
 * transport department", "direction de la Compagnie ..." and "la direction".
 */
export const sameSpeaker = (a: string, b: string): boolean => {
  if (a === b) return true
  // No pair of arrays to destructure: this runs for every earlier claim a revision looks back at.
  const shortName = a.length < b.length ? a : b
  if (shortName === UNKNOWN_SPEAKER || shortName === UNNAMED_SPEAKER) return false
  // "the civil protection agency" is the "National Civil Protection Agency" named before.
  const short = shortName.toLowerCase()
  const long = (shortName === a ? b : a).toLowerCase()
  return long.startsWith(`${short} `) || long.endsWith(` ${short}`)
}

export const sameCount = (a: string, b: string, rules: LanguageRules): boolean =>
  a === b || rules.unitFamilies.some((family) => family.includes(a) && family.includes(b))

export const restatement = (
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
  sentence: number,
  speaker: string,
  earlier: readonly EarlierClaim[],
  rules: LanguageRules,
): Restatement | null => {
  const cue = tokens.find((token) => !token.inQuote && rules.revision.restating.has(token.lower))
  if (cue === undefined) return null
  for (const figure of figures) {
    const unit = figure.unit
    if (!figure.trigger || unit === undefined || rules.anyUnits.has(unit)) continue
    if (figure.category !== 'count' && figure.category !== 'measure') continue
    for (let index = earlier.length - 1; index >= 0; index -= 1) {
      const claim = earlier[index]!
      const distance = sentence - claim.sentence
      if (distance > SAME_SPEAKER_LOOKBACK) break
      const own = sameSpeaker(claim.attribution.who, speaker) && speaker !== UNKNOWN_SPEAKER
      // A unit that says what is counted ("households", not "people") is specific enough to
      // find anyone's count as far back as a speaker's own: a company's figure restated by its
      // spokesman, named apart.
      if (!own && distance > ANY_SPEAKER_LOOKBACK && rules.anyUnits.has(unit)) continue
      const counted = claim.found.find(
        (found) =>
          found.unit !== undefined &&
          (sameCount(found.unit, unit, rules) || found.raw.toLowerCase().includes(unit)),
      )
      if (counted === undefined) continue
      if (counted.value === figure.value) break
      return { target: index, figure, cue: cue.lower }
    }
  }
  return null
}
