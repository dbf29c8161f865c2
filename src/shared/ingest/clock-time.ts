import type { NumberRules } from './rules'
import type { Token } from './tokens'

/**
 * Whether the number at `number` is a time of day, by the word at `after`: a clock word ("10
 * a.m.", « 15 h »), or a word for hours after a number in digits and a preposition of time
 * (« à 15 heures », not « à trois reprises … onze heures »).
 */
export const isClockTime = (
  tokens: readonly Token[],
  number: number,
  after: number,
  rules: NumberRules,
): boolean => {
  const word = tokens[after]?.lower ?? ''
  if (rules.clockWords.has(word)) return true
  return (
    rules.hourWords?.has(word) === true &&
    tokens[number]?.kind === 'number' &&
    rules.hourPrepositions?.has(tokens[number - 1]?.lower ?? '') === true
  )
}
