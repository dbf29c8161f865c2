import { isNameWord } from './noun-phrases'
import type { Range } from './noun-phrases'
import type { LanguageRules } from './rules'
import { isPunct } from './subject'
import type { Token } from './tokens'

/** Oldest age read as one: a larger number between commas after a name is something else. */
const MAX_AGE = 120

/**
 * "Among the patients was Deborah Vell, 68, a retired teacher", "Greta Lind, 71, keeps …": a name
 * of two capitalised words or more, a comma, an age and a comma is a person, wherever it stands
 * in the sentence, the newspaper convention for someone ordinary the story introduces. So a "she
 * said" after it is theirs, rather than the "a retired teacher" of the apposition, unnamed.
 * Returns the first such name's range, or null.
 */
export const nameWithAge = (tokens: readonly Token[], rules: LanguageRules): Range | null => {
  for (let at = 3; at + 1 < tokens.length; at += 1) {
    if (!isPunct(tokens[at + 1], ',')) continue
    const named = agedNameBefore(tokens, at + 1, rules)
    if (named !== null) return named
  }
  return null
}

/**
 * "Marion Achterberg, 67, from Lower Dunsby, said", "Tom Vell, 71, a retired teacher, said": the
 * name before an age between commas, when that age's closing comma is `comma`, the one opening
 * the aside before the verb. Null unless the words before it are that.
 */
export const agedNameBefore = (
  tokens: readonly Token[],
  comma: number,
  rules: LanguageRules,
): Range | null => {
  const age = tokens[comma - 1]
  if (age === undefined || age.kind !== 'number' || age.inQuote || !/^\d{1,3}$/u.test(age.text))
    return null
  if (Number(age.text) > MAX_AGE || !isPunct(tokens[comma - 2], ',')) return null
  const to = comma - 2
  let from = to
  while (from > 0 && tokens[from - 1]!.capital && isNameWord(tokens, from - 1, rules)) from -= 1
  return to - from >= 2 ? { from, to } : null
}
