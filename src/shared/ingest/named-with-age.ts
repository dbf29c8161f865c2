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
    const age = tokens[at]!
    if (age.kind !== 'number' || age.inQuote || !/^\d{1,3}$/u.test(age.text)) continue
    if (Number(age.text) > MAX_AGE || !isPunct(tokens[at - 1], ',')) continue
    if (!isPunct(tokens[at + 1], ',')) continue
    const to = at - 1
    let from = to
    while (from > 0 && tokens[from - 1]!.capital && isNameWord(tokens, from - 1, rules)) from -= 1
    if (to - from >= 2) return { from, to }
  }
  return null
}
