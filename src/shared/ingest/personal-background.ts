import type { FoundFigure } from './figures'
import { has } from './own'
import type { LanguageRules } from './rules'
import type { Token } from './tokens'

/**
 * "She is 87.", "He is thirty and has mended nets at the harbour for nine years.": a feature's
 * sentence about the person it has just introduced, told with a personal pronoun, gives their
 * age and how long they have lived or worked somewhere. These say who someone is, as "Orla
 * Penwarden, 71," or ", who has worked there for 22 years," do, and check nothing, so such a
 * figure is background and makes no claim on its own. Only for a pronoun that names a person
 * ("he", "she"): French "il" and "elle" may be an organisation, so French is left as it was.
 */

/** An age is a person's: up to this many years. */
const MAX_AGE = 120

/** "for nine years": how long a state has lasted. */
const SPAN_WORDS: ReadonlySet<string> = new Set(['for'])

/** Units of a span of a life: years, not the days or hours an event took. */
const LIFE_SPANS: ReadonlySet<string> = new Set(['year', 'years'])

const personalSubject = (tokens: readonly Token[], rules: LanguageRules): boolean => {
  const subject = tokens[0]
  if (subject === undefined || subject.inQuote || subject.kind !== 'word') return false
  return has(rules.pronouns, subject.lower) && rules.pronouns[subject.lower] === 'person'
}

/** "She is 87", "He was fifty-two and had never sailed": a bare number after the verb. */
const age = (tokens: readonly Token[], figure: FoundFigure): boolean => {
  const after = tokens[figure.next]
  return (
    figure.first === 2 &&
    figure.category === 'count' &&
    figure.unit === undefined &&
    figure.value > 0 &&
    figure.value <= MAX_AGE &&
    (after === undefined || after.kind !== 'word' || after.lower === 'and')
  )
}

/** "has mended nets at the harbour for nine years": a span of a life after "for". */
const lifeSpan = (tokens: readonly Token[], figure: FoundFigure): boolean =>
  figure.unit !== undefined &&
  LIFE_SPANS.has(figure.unit) &&
  SPAN_WORDS.has(tokens[figure.first - 1]?.lower ?? '')

export const personalBackground = (
  tokens: readonly Token[],
  figure: FoundFigure,
  rules: LanguageRules,
): boolean =>
  !tokens[figure.first]!.inQuote &&
  personalSubject(tokens, rules) &&
  (age(tokens, figure) || lifeSpan(tokens, figure))
