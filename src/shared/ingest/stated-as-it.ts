import type { Draft } from './draft'
import type { FoundFigure } from './figures'
import type { LanguageRules } from './rules'
import type { Token } from './tokens'
import { draftsInReach } from './in-reach'

/** "it is", "it's", "c'est": the words that state a bare figure as what a count really is. */
const CLEFTS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  en: [['it', 'is'], ['it', 'was'], ["it's"], ['it’s']],
  fr: [
    ["c'", 'est'],
    ['c’', 'est'],
    ["c'", 'était'],
    ['c’', 'était'],
    ['ce', 'sont'],
  ],
}
/** As far back as a figure stated with "it is" looks for the count it answers, in sentences. */
const ANSWER_LOOKBACK = 6
/** As far back again as the figure answered may have been stated first. */
const FIRST_STATED_LOOKBACK = 30
/**
 * "It was 11,860" answers "about 14,000 tickets", not "over 130 boats in 1990": a count within
 * half to twice the figure. A figure further off counts something else.
 */
const NEAR = 2

/**
 * "Last year we sold about 14,000 tickets." — "It was 11,860," she says. A bare figure (no
 * unit, or only "people") stated as what "it is" or "was" replaces the count just before that
 * it is near, whoever said either: the way a feature sets one source's number against
 * another's. When that count repeats one stated earlier ("They say 340"), the claim that
 * stated it first is the one revised. A figure merely repeated, or a count nowhere near, links
 * nothing.
 */
export const statedAsIt = (
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
  sentence: number,
  earlier: readonly Draft[],
  rules: LanguageRules,
): number | undefined => {
  const figure = figures.find((found) => afterCleft(tokens, found.first, rules))
  if (figure === undefined || figure.category !== 'count') return undefined
  if (figure.unit !== undefined && !rules.anyUnits.has(figure.unit)) return undefined
  for (const [index, claim] of draftsInReach(earlier, sentence, ANSWER_LOOKBACK)) {
    const counts = claim.found.filter((found) => found.category === 'count')
    if (counts.some((found) => found.value === figure.value)) return undefined
    const near = counts.find((found) => isNear(found.value, figure.value))
    if (near === undefined) continue
    return firstStated(earlier, index, near.value)
  }
  return undefined
}

const afterCleft = (tokens: readonly Token[], first: number, rules: LanguageRules): boolean =>
  (CLEFTS[rules.language] ?? []).some((cleft) =>
    cleft.every((word, at) => tokens[first - cleft.length + at]?.lower === word),
  )

const isNear = (a: number, b: number): boolean => a > 0 && b > 0 && a <= b * NEAR && b <= a * NEAR

/** The earliest claim, not far before `index`, that counted `value` too. */
const firstStated = (earlier: readonly Draft[], index: number, value: number): number => {
  const from = earlier[index]!.sentence - FIRST_STATED_LOOKBACK
  let first = index
  for (let at = index - 1; at >= 0 && earlier[at]!.sentence >= from; at -= 1) {
    const counted = earlier[at]!.found.some(
      (found) => found.category === 'count' && found.value === value,
    )
    if (counted) first = at
  }
  return first
}
