import { isNameWord } from '../noun-phrases'
import type { Range } from '../noun-phrases'
import { has } from '../own'
import { isPunct } from '../subject'
import type { Context } from '../subject'
import { allNames } from './all-names'

/** Plain words an apposition may put before its name: "la commandante", "their chief". */
export const MAX_TITLE_WORDS = 3

/**
 * The name an apposition after a description gives: "…, Marc Le Goff.", "…, la commandante
 * Karine Fabre.", "…, Olivier Castaing, lors d'un point presse": a name of two words or more,
 * after at most a determiner and a few plain words, that ends the clause or the apposition.
 */
export const nameInApposition = (ctx: Context, from: number): Range | null => {
  const { tokens, rules } = ctx
  let start = from
  if (rules.determiners.has(tokens[start]?.lower ?? '')) start += 1
  while (start < from + MAX_TITLE_WORDS) {
    const token = tokens[start]
    if (token === undefined || token.kind !== 'word' || token.inQuote || token.capital) break
    if (has(rules.speechVerbs, token.lower) || rules.notUnits.has(token.lower)) return null
    start += 1
  }
  let end = start
  while (end < tokens.length && isNameWord(tokens, end, rules)) end += 1
  const closes = end >= tokens.length || isPunct(tokens[end], '.,;!?')
  const range = { from: start, to: end }
  return closes && allNames(ctx, range) ? range : null
}
