import type { LanguageRules } from '../rules'
import type { Token } from '../tokens'
import type { FoundFigure } from './found-figure'

/**
 * ", who has worked for the service for 22 years,", ", which represents 140 councils,": an
 * aside set off by commas that describes someone or something the sentence names. Its figures
 * are background, not what the sentence claims, so they do not make it a claim on their own.
 */
export const describingAsides = (
  tokens: readonly Token[],
  rules: LanguageRules,
): { readonly from: number; readonly to: number }[] => {
  const asides: { from: number; to: number }[] = []
  for (let at = 1; at < tokens.length; at += 1) {
    const token = tokens[at]!
    if (token.inQuote) continue
    // "a technician based at Orr who has worked there for 22 years,": "who" needs no comma.
    const opens =
      rules.personRelatives.has(token.lower) ||
      (rules.thingRelatives.has(token.lower) && tokens[at - 1]!.text === ',')
    if (!opens) continue
    let end = at + 1
    while (end < tokens.length && tokens[end]!.text !== ',' && tokens[end]!.kind !== 'quote')
      end += 1
    if (tokens[end]?.text === ',') asides.push({ from: at, to: end })
    at = end
  }
  return asides
}

/** "at 11.20", "at 23:05": hours and minutes. */
const CLOCK = /^\d{1,2}[.:]\d{2}$/

/**
 * "The call came at 11.20 on a Sunday night": a time of day after "at" says when, as a date
 * does; it is not a quantity the story claims (a time with "a.m." is read as a time already).
 */
export const clockTime = (
  tokens: readonly Token[],
  figure: FoundFigure,
  rules: LanguageRules,
): boolean =>
  figure.unit === undefined &&
  figure.next === figure.first + 1 &&
  CLOCK.test(tokens[figure.first]!.text) &&
  rules.timePrepositions.has(tokens[figure.first - 1]?.lower ?? '')

/** Digits in an age: "Edda Morn, 71, keeps …". */
const AGE_DIGITS = /^\d{1,3}$/

/**
 * "Greta Lind, 71, keeps a notebook", "Paul Roux, 54 ans, raconte": a person's age set off by
 * commas after their name introduces them; it is not a figure the story claims.
 */
export const ageAfterName = (
  tokens: readonly Token[],
  figure: FoundFigure,
  rules: LanguageRules,
): boolean => {
  const number = tokens[figure.first]
  const before = tokens[figure.first - 1]
  const name = tokens[figure.first - 2]
  const after = tokens[figure.next]
  return (
    figure.category === 'count' &&
    (figure.unit === undefined || rules.durations.has(figure.unit)) &&
    number !== undefined &&
    AGE_DIGITS.test(number.text) &&
    before?.text === ',' &&
    after?.text === ',' &&
    name !== undefined &&
    name.kind === 'word' &&
    name.capital &&
    !name.inQuote
  )
}
