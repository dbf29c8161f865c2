import { has } from '../own'
import type { NumberRead } from '../numbers'
import type { LanguageRules } from '../rules'
import type { Token } from '../tokens'

export interface UnitRead {
  readonly unit?: string
  readonly next: number
}

/** The unit after a number: "-kilometer", "%", "per cent", "people", "were killed". */
export const readUnit = (
  tokens: readonly Token[],
  at: number,
  number: NumberRead,
  rules: LanguageRules,
): UnitRead => {
  const token = tokens[at]
  const previous = tokens[at - 1]
  if (token === undefined) return { next: at }
  const word = (t: Token | undefined): string => t?.lower ?? ''
  if (token.text === '-' && token.start === previous?.end) {
    const glued = tokens[at + 1]
    if (glued?.kind === 'word' && glued.start === token.end) {
      const unit = has(rules.measureUnits, glued.lower)
        ? rules.measureUnits[glued.lower]!
        : glued.lower
      return { unit, next: at + 2 }
    }
  }
  if (token.text === '%') return { unit: '%', next: at + 1 }
  const pair = `${word(token)} ${word(tokens[at + 1])}`
  if (has(rules.measureUnits, pair)) return { unit: rules.measureUnits[pair]!, next: at + 2 }
  if (token.kind !== 'word') return { next: at }
  if (has(rules.measureUnits, token.lower))
    return { unit: rules.measureUnits[token.lower]!, next: at + 1 }
  // "2 millions d'euros", "3 milliards de dollars": after a multiplier, "de" leads to the unit.
  if (rules.partitives.has(token.lower) && has(rules.numbers.multipliers, previous?.lower ?? '')) {
    const noun = tokens[at + 1]
    if (noun?.kind === 'word' && !rules.notUnits.has(noun.lower)) {
      const unit = has(rules.measureUnits, noun.lower)
        ? rules.measureUnits[noun.lower]!
        : noun.lower
      return { unit, next: at + 2 }
    }
  }
  if (number.vague) {
    // "scores of people": the unit comes after the phrase's "of" (and an optional "the").
    const skip = rules.determiners.has(token.lower) ? 1 : 0
    const noun = tokens[at + skip]
    if (noun?.kind === 'word' && !rules.notUnits.has(noun.lower))
      return { unit: noun.lower, next: at + skip + 1 }
    return { next: at }
  }
  if (rules.linkingVerbs.has(token.lower)) {
    let i = at + 1
    while (rules.linkingVerbs.has(word(tokens[i]))) i += 1
    if (rules.casualtyWords.has(word(tokens[i]))) return { unit: word(tokens[i]), next: i + 1 }
    return { next: at }
  }
  if (
    rules.notUnits.has(token.lower) ||
    rules.figureAdverbs.has(token.lower) ||
    token.inQuote !== previous?.inQuote
  )
    return { next: at }
  // "down to 21 late on Sunday": a time's modifier, not what the figure counts.
  if (rules.timeModifiers.has(token.lower)) return { next: at }
  // A noun ("people"), or a capitalised plural such as a nationality ("100 Kestrians").
  const noun = /^\p{Ll}[\p{L}-]*$/u.test(token.text)
  if (!noun && !/^\p{Lu}\p{Ll}{2,}s$/u.test(token.text)) return { next: at }
  // "23 people were killed", "14 people died": what happened to them says more than "people".
  if (rules.casualtyWords.has(word(tokens[at + 1])))
    return { unit: word(tokens[at + 1]), next: at + 2 }
  if (rules.linkingVerbs.has(word(tokens[at + 1]))) {
    let i = at + 2
    // "23 people had now been treated": an adverb between the auxiliaries too.
    while (rules.linkingVerbs.has(word(tokens[i])) || rules.sentenceAdverbs.has(word(tokens[i])))
      i += 1
    if (rules.casualtyWords.has(word(tokens[i]))) return { unit: word(tokens[i]), next: i + 1 }
  }
  return { unit: noun ? token.lower : token.text, next: at + 1 }
}
