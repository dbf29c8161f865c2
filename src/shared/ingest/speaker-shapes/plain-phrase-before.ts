import type { Range } from '../noun-phrases'
import { has } from '../own'
import type { Context } from '../subject'

/** Words in a noun phrase read back from a comma: "the Orrin Valley laboratory". */
const PLAIN_PHRASE_WORDS = 6

/**
 * The noun phrase ending at `end`, read back to its determiner over any words but function
 * words, whether or not the tables know its noun: "the Orrin Valley laboratory". Null when it
 * does not open with a determiner.
 */
export const plainPhraseBefore = (ctx: Context, end: number): Range | null => {
  const { tokens, rules } = ctx
  let from = end
  while (from > 0 && end - from < PLAIN_PHRASE_WORDS) {
    const token = tokens[from - 1]!
    if (token.kind !== 'word' || token.inQuote) return null
    if (rules.determiners.has(token.lower))
      return end - from >= 1 ? { from: from - 1, to: end } : null
    if (rules.notUnits.has(token.lower) || has(rules.speechVerbs, token.lower)) return null
    from -= 1
  }
  return null
}
