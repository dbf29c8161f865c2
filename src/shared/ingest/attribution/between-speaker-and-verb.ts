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
    if (aside !== undefined) {
      at -= aside.length
      continue
    }
    if (!bracketedAcronymEndsAt(tokens, at)) break
    at -= 3
  }
  return at
}

const ACRONYM = /^\p{Lu}[\p{Lu}\d&.-]+$/u

/**
 * "Harlow Water (HW) said", « La Banque du Val-d'Aurèle (BVA) a confirmé »: the short name in
 * brackets after a name is part of the speaker, not what stands between it and the verb.
 */
const bracketedAcronymEndsAt = (tokens: Tokens, at: number): boolean => {
  if (at < 4) return false
  const [open, acronym, close] = [tokens[at - 3]!, tokens[at - 2]!, tokens[at - 1]!]
  return (
    open.text === '(' &&
    close.text === ')' &&
    !acronym.inQuote &&
    ACRONYM.test(acronym.text) &&
    tokens[at - 4]!.capital
  )
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
