import type { LanguageRules } from './rules'
import type { Token } from './tokens'

/**
 * Most tokens of a sentence are ordinary words that can start no figure. `findFigures` tries
 * a date, a multiplier, a year and a number at every token, which made it the costliest stage
 * of an import; this tells it, with one set lookup, which tokens may start one at all.
 */
interface FigureWords {
  /** First words of anything `readDate`, `readNumber` or the "twice" table can read. */
  readonly starts: ReadonlySet<string>
  /** The units of `measureUnits` ("km"), which make a figure a measure. */
  readonly measures: ReadonlySet<string>
}

const cache = new WeakMap<LanguageRules, FigureWords>()

const wordsOf = (rules: LanguageRules): FigureWords => {
  const known = cache.get(rules)
  if (known !== undefined) return known
  const { numbers } = rules
  const starts = new Set<string>([
    'a',
    'an',
    ...Object.keys(rules.months),
    ...Object.keys(numbers.times),
    ...Object.keys(numbers.units),
    ...Object.keys(numbers.tens),
    ...Object.keys(numbers.multipliers),
    ...numbers.vague.map(([phrase]) => phrase[0] ?? ''),
  ])
  const words = { starts, measures: new Set(Object.values(rules.measureUnits)) }
  cache.set(rules, words)
  return words
}

/** A spelled number's first part: "twenty" of "twenty-five" (the split `readSpelled` makes). */
const HYPHENS = ['-', '‐', '‑']

/** Where the first hyphen of a word is, or -1; no regular expression per word. */
const firstHyphen = (word: string): number => {
  let first = -1
  for (const hyphen of HYPHENS) {
    const at = word.indexOf(hyphen)
    if (at >= 0 && (first < 0 || at < first)) first = at
  }
  return first
}

/** False only when no figure can start at `token`: a word that is no number, month or amount. */
export const mayStartFigure = (token: Token, rules: LanguageRules): boolean => {
  if (token.kind === 'number') return true
  const { starts } = wordsOf(rules)
  if (starts.has(token.lower)) return true
  const hyphen = firstHyphen(token.lower)
  return hyphen >= 0 && starts.has(token.lower.slice(0, hyphen))
}

export const isMeasureUnit = (unit: string, rules: LanguageRules): boolean =>
  wordsOf(rules).measures.has(unit)
