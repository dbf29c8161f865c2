import type { LanguageRules } from './rules'
import type { Token } from './tokens'
import { set } from './rules/words'

/**
 * Two kinds of sentence that state a checkable fact without a figure, a speaker or a time:
 *
 * - a route closed or a service suspended between two places ("Police have closed the A61
 *   between Ashcombe and Tarn Cross", "suspended all services between Lessford and Kettleby",
 *   "le trafic reste interrompu entre Marvigny et Saint-Aubert"): a measure someone took, that
 *   a desk can check with the police or the operator. A closure without "between" ("the schools
 *   will stay closed on Monday", "before the cinema shut") is too often background to count.
 * - French "Aucune victime n'est à déplorer", "Aucun décès n'était à déplorer samedi soir": the
 *   wire's set phrase for the toll being nil. English "nobody was hurt" is not counted: in the
 *   stories measured, fact-checkers listed it as often as they passed over it.
 */

interface MeasureWords {
  /** "closed", "suspended", "interrompu": a route or service stopped. */
  readonly stopped: ReadonlySet<string>
  /** "between", "entre": the first place of the stretch closed. */
  readonly between: string
  /** "and", "et": the second place. */
  readonly and: string
  /** "aucun", "aucune": a casualty count of none. */
  readonly none: ReadonlySet<string>
  readonly casualties: ReadonlySet<string>
}

const MEASURES: Readonly<Record<string, MeasureWords>> = {
  en: {
    stopped: set('closed suspended shut'),
    between: 'between',
    and: 'and',
    none: new Set(),
    casualties: new Set(),
  },
  fr: {
    stopped: set(
      'fermé fermée fermés fermées interrompu interrompue interrompus interrompues suspendu suspendue suspendus suspendues coupé coupée coupés coupées',
    ),
    between: 'entre',
    and: 'et',
    none: set('aucun aucune'),
    casualties: set('victime victimes blessé blessés décès mort morts'),
  },
}

/** Words between the closure and "between": "the A61", "all services", "à la circulation". */
const TO_BETWEEN = 4
/** Words between "between" and "and": the first place's name. */
const FIRST_PLACE = 4
/** Words between "aucun" and the casualty: "civile" after it, at most. */
const TO_CASUALTY = 2

const within = (
  tokens: readonly Token[],
  from: number,
  span: number,
  found: (token: Token) => boolean,
): number => {
  for (let at = from + 1; at <= from + span + 1 && at < tokens.length; at += 1) {
    const token = tokens[at]!
    if (token.inQuote || (token.kind === 'punct' && token.text !== '-')) return -1
    if (found(token)) return at
  }
  return -1
}

const closedBetween = (tokens: readonly Token[], measure: MeasureWords): boolean =>
  tokens.some((token, at) => {
    if (token.inQuote || !measure.stopped.has(token.lower)) return false
    const between = within(tokens, at, TO_BETWEEN, (word) => word.lower === measure.between)
    return (
      between >= 0 &&
      within(tokens, between, FIRST_PLACE, (word) => word.lower === measure.and) >= 0
    )
  })

const noCasualties = (tokens: readonly Token[], measure: MeasureWords): boolean =>
  tokens.some(
    (token, at) =>
      !token.inQuote &&
      measure.none.has(token.lower) &&
      within(tokens, at - 1, TO_CASUALTY, (word) => measure.casualties.has(word.lower)) >= 0,
  )

export const measureTaken = (tokens: readonly Token[], rules: LanguageRules): boolean => {
  const measure = MEASURES[rules.language]
  return measure !== undefined && (closedBetween(tokens, measure) || noCasualties(tokens, measure))
}
