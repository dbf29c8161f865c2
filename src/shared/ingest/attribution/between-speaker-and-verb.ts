import type { Context, Tokens } from '../subject'

/** Steps left over words that may sit between a speaker and its verb ("has also", "on Sunday"). */
export const skipBetween = (ctx: Context, verb: number): number => {
  const { tokens, rules } = ctx
  let at = verb
  while (at > 0) {
    const token = tokens[at - 1]!
    const lower = token.lower
    if (
      rules.betweenSpeakerAndVerb.has(lower) ||
      rules.weekdays.has(lower) ||
      rules.timeWords.has(lower) ||
      rules.timeModifiers.has(lower)
    ) {
      at -= 1
      continue
    }
    const aside = rules.asidesBeforeVerb.find((phrase) => endsAt(tokens, at, phrase))
    if (aside === undefined) break
    at -= aside.length
  }
  return at
}

/** Whether the words of a phrase end right before `at`, outside quotation marks. */
const endsAt = (tokens: Tokens, at: number, phrase: readonly string[]): boolean => {
  const from = at - phrase.length
  if (from < 1) return false
  for (let i = 0; i < phrase.length; i += 1) {
    const token = tokens[from + i]!
    if (token.inQuote || token.lower !== phrase[i]) return false
  }
  return true
}
