import type { Attribution } from '../dossier'
import type { FoundFigure } from './figures'
import { has } from './own'
import type { LanguageRules } from './rules'
import type { Token } from './tokens'
import { UNKNOWN_SPEAKER, UNNAMED_SPEAKER } from './types'

/**
 * A figure stated again with a word that says it replaces an earlier one ("The ministry now
 * says 45 people died", "260 000 foyers sont désormais concernés", "the updated count is 52
 * cases") revises the latest earlier claim that counted the same thing, though no "raised ...
 * to" says so. What is counted must be named on both sides (the same unit, or two of a family),
 * and the figure must differ, so a figure merely repeated is not a revision. Of the claims that
 * count the same thing, the one that names what the cue qualifies ("the corrected *unemployment*
 * rate", "the corrected rate for *Hallowmere*") is taken before a later one that does not (the
 * survey's response rate, in per cent too), and the latest of those that name it alike.
 */
export interface EarlierClaim {
  readonly sentence: number
  readonly attribution: Attribution
  readonly found: readonly FoundFigure[]
  readonly text: string
}

export interface Restatement {
  readonly target: number
  readonly figure: FoundFigure
  readonly cue: string
}

/** As far back as a cross-sentence revision looks for the same speaker's, and for anyone's. */
const SAME_SPEAKER_LOOKBACK = 30
const ANY_SPEAKER_LOOKBACK = 8
/** As far back as "the correct figure", which names no unit, looks for the count it corrects. */
const BY_REFERENCE_LOOKBACK = 3

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
  const at = restatingCue(tokens, rules)
  if (at < 0) return null
  const cue = tokens[at]!
  const named = qualified(tokens, at, rules)
  for (const figure of figures) {
    const unit = figure.unit
    if (!figure.trigger || unit === undefined || rules.anyUnits.has(unit)) continue
    if (figure.category !== 'count' && figure.category !== 'measure') continue
    let best: { readonly target: number; readonly names: number } | null = null
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
          (sameCount(found.unit, unit, rules) ||
            found.raw.toLowerCase().includes(unit) ||
            // "85 homes in the valley" (homes) and "340 homes have been evacuated" (evacuated);
            // not "people", which any count may hold.
            (!rules.anyUnits.has(found.unit) && wordOf(figure.raw, found.unit))),
      )
      if (counted === undefined) continue
      if (counted.value === figure.value) break
      const names = namesIn(claim.text, named)
      if (best === null || names > best.names) best = { target: index, names }
      // The latest claim counting the same thing, unless the cue names what it qualifies.
      if (named.length === 0) break
    }
    if (best !== null) return { target: best.target, figure, cue: cue.lower }
  }
  return null
}

/** "The right figure", "the right number": "right" restates only before a figure's noun. */
const rightFigureAt = (tokens: readonly Token[], at: number, rules: LanguageRules): boolean =>
  tokens[at]!.lower === 'right' && rules.revision.nouns.has(tokens[at + 1]?.lower ?? '')

/** The first word outside quotes that says a figure is stated anew, or -1. */
const restatingCue = (tokens: readonly Token[], rules: LanguageRules): number =>
  tokens.findIndex(
    (token, index) =>
      !token.inQuote &&
      (rules.revision.restating.has(token.lower) || rightFigureAt(tokens, index, rules)),
  )

/**
 * "A spokeswoman said the correct figure was 1,420", "The right figure, it said, is 14.8%": a
 * figure with no unit of its own, named as the correct or right figure, corrects the latest
 * count of the last few sentences, whatever that counted. Read only where nothing else linked
 * the sentence: a correction that names what it corrects, or a live blog's restated figure, is
 * read by its own rule first. Null when no such words, no count near, or the same figure.
 */
export const correctedByReference = (
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
  sentence: number,
  earlier: readonly EarlierClaim[],
  rules: LanguageRules,
): Restatement | null => {
  const at = restatingCue(tokens, rules)
  if (at < 0 || !rules.revision.nouns.has(tokens[at + 1]?.lower ?? '')) return null
  const figure = figures.find((found) => found.trigger && found.unit === undefined)
  if (figure === undefined) return null
  for (let index = earlier.length - 1; index >= 0; index -= 1) {
    const claim = earlier[index]!
    if (sentence - claim.sentence > BY_REFERENCE_LOOKBACK) return null
    // A span of time ("12-hour waits") is what the count is of, never the count corrected.
    const count = claim.found.findLast(
      (found) =>
        found.category === figure.category &&
        found.trigger &&
        !rules.durations.has(found.unit ?? ''),
    )
    if (count !== undefined)
      return count.value === figure.value ? null : { target: index, figure, cue: tokens[at]!.lower }
  }
  return null
}

/** Whether `word` is one of the words of a figure's raw text. */
const wordOf = (raw: string, word: string): boolean =>
  ` ${raw.toLowerCase()} `.includes(` ${word} `)

/** Words after the cue that say what it qualifies, up to a verb ("unemployment", "quarter"), as stems. */
const QUALIFIER_WORDS = 8
/** Shorter words are prepositions and articles ("for", "the", "of"), not what is qualified. */
const QUALIFIER_LENGTH = 4

const qualified = (tokens: readonly Token[], cue: number, rules: LanguageRules): string[] => {
  const words: string[] = []
  for (let at = cue + 1; at < tokens.length && at <= cue + QUALIFIER_WORDS; at += 1) {
    const token = tokens[at]!
    if (token.kind !== 'word' || token.inQuote) break
    const lower = token.lower
    if (rules.linkingVerbs.has(lower) || has(rules.speechVerbs, lower)) break
    if (lower.length < QUALIFIER_LENGTH || rules.determiners.has(lower)) continue
    if (rules.revision.nouns.has(lower) || rules.revision.fillers.has(lower)) continue
    words.push(stemOf(lower))
  }
  return words
}

/**
 * How many of `stems` start a word of `text`. A word's stem drops up to three letters of ending,
 * keeping four at least, so "failure" names "failed" and "unemployment" "unemployment's".
 */
const namesIn = (text: string, stems: readonly string[]): number => {
  if (stems.length === 0) return 0
  const lower = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')}`
  return stems.filter((stem) => lower.includes(` ${stem}`)).length
}

const stemOf = (word: string): string => word.slice(0, Math.max(QUALIFIER_LENGTH, word.length - 3))
