import type { Figure } from '../dossier'
import { isMeasureUnit, mayStartFigure } from './figure-starts'
import { asciiDigits, parseDigits, readNumber } from './numbers'
import { has } from './own'
import { personalBackground } from './personal-background'
import type { NumberRead } from './numbers'
import type { LanguageRules } from './rules'
import type { Token } from './tokens'
import { phraseAt } from './tokens'

export type FigureCategory = 'count' | 'measure' | 'year' | 'date' | 'times'

/** A figure found in a sentence, with where its text and its number stand in the source. */
export interface FoundFigure extends Figure {
  readonly category: FigureCategory
  /** Offsets of the whole figure phrase (hedge, number, unit); `raw` is that text. */
  readonly start: number
  readonly end: number
  /** Offsets of the number alone, for rewriting a revised figure into a claim. */
  readonly numberStart: number
  readonly numberEnd: number
  /** Token indexes [first, next) the figure covers. */
  readonly first: number
  readonly next: number
  /** Worth a claim on its own: not "two sides" or "twice". */
  readonly trigger: boolean
  /**
   * A small spelled-out number that counts nothing in particular ("three of the four"): kept
   * for revisions ("lowered to seven") but not listed as a claim's figure.
   */
  readonly minor: boolean
}

const ORDINAL = /^(?:st|nd|rd|th)$/

const monthAt = (token: Token | undefined, rules: LanguageRules): number | undefined => {
  if (token === undefined || token.kind !== 'word' || !token.capital) return undefined
  return has(rules.months, token.lower) ? rules.months[token.lower] : undefined
}

const lowercaseMonth = (token: Token | undefined, rules: LanguageRules): number | undefined =>
  rules.language === 'fr' && token?.kind === 'word' && has(rules.months, token.lower)
    ? rules.months[token.lower]
    : undefined

const dayOf = (token: Token | undefined): number | undefined => {
  if (token === undefined || token.kind !== 'number') return undefined
  const digits = parseDigits(token.text)
  // « le 1er septembre »: the French first of the month is the one day with a suffix.
  const first = digits?.suffix === 'er' && digits.value === 1
  if (digits === null || (digits.suffix !== '' && !ORDINAL.test(digits.suffix) && !first))
    return undefined
  return Number.isInteger(digits.value) && digits.value >= 1 && digits.value <= 31
    ? digits.value
    : undefined
}

const yearOf = (token: Token | undefined): number | undefined =>
  token?.kind === 'number' && /^(1[89]\d\d|20\d\d|2100)$/.test(asciiDigits(token.text))
    ? Number(asciiDigits(token.text))
    : undefined

/** Dates as sortable numbers, YYYYMMDD with 00 for a part the text leaves out. */
const dateValue = (year: number | undefined, month: number, day: number | undefined): number =>
  (year ?? 0) * 10_000 + month * 100 + (day ?? 0)

interface DateRead {
  readonly value: number
  readonly next: number
}

/** "November 28, 2018", "September 17", "17 September", "March 2024", "2024-03-14". */
const readDate = (tokens: readonly Token[], at: number, rules: LanguageRules): DateRead | null => {
  const month = monthAt(tokens[at], rules)
  if (month !== undefined) {
    let i = at + 1
    if (tokens[i]?.text === '.') i += 1
    const day = dayOf(tokens[i])
    if (day !== undefined) {
      i += 1
      const comma = tokens[i]?.text === ',' ? 1 : 0
      const year = yearOf(tokens[i + comma])
      return year === undefined
        ? { value: dateValue(undefined, month, day), next: i }
        : { value: dateValue(year, month, day), next: i + comma + 1 }
    }
    const year = yearOf(tokens[i])
    if (year !== undefined) return { value: dateValue(year, month, undefined), next: i + 1 }
    return null
  }
  const day = dayOf(tokens[at])
  // « le 2 juin »: French months are lowercase, and after a day they can be nothing else.
  const after = monthAt(tokens[at + 1], rules) ?? lowercaseMonth(tokens[at + 1], rules)
  if (day !== undefined && after !== undefined) {
    const year = yearOf(tokens[at + 2])
    return year === undefined
      ? { value: dateValue(undefined, after, day), next: at + 2 }
      : { value: dateValue(year, after, day), next: at + 3 }
  }
  const year = yearOf(tokens[at])
  const glued = (i: number): boolean => tokens[i]?.start === tokens[i - 1]?.end
  if (year !== undefined && tokens[at + 1]?.text === '-' && glued(at + 1) && glued(at + 2)) {
    const monthNumber = Number(tokens[at + 2]?.text)
    const dayNumber = Number(tokens[at + 4]?.text)
    if (
      tokens[at + 3]?.text === '-' &&
      glued(at + 3) &&
      glued(at + 4) &&
      /^\d\d$/.test(tokens[at + 2]?.text ?? '') &&
      /^\d\d$/.test(tokens[at + 4]?.text ?? '') &&
      monthNumber >= 1 &&
      monthNumber <= 12
    ) {
      return { value: dateValue(year, monthNumber, dayNumber), next: at + 5 }
    }
  }
  return null
}

interface UnitRead {
  readonly unit?: string
  readonly next: number
}

/** The unit after a number: "-kilometer", "%", "per cent", "people", "were killed". */
const readUnit = (
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
  if (rules.notUnits.has(token.lower) || token.inQuote !== previous?.inQuote) return { next: at }
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
    while (rules.linkingVerbs.has(word(tokens[i]))) i += 1
    if (rules.casualtyWords.has(word(tokens[i]))) return { unit: word(tokens[i]), next: i + 1 }
  }
  return { unit: noun ? token.lower : token.text, next: at + 1 }
}

const hedgeBefore = (tokens: readonly Token[], at: number, rules: LanguageRules): number => {
  for (let length = 4; length >= 1; length -= 1) {
    const from = at - length
    if (from < 0) continue
    const phrase = phraseAt(tokens, from, rules.numbers.approximators)
    if (phrase !== null && phrase.length === length) return from
  }
  return at
}

const isTrigger = (number: NumberRead, unit: string | undefined, rules: LanguageRules): boolean => {
  if (!number.spelled || number.vague || number.value >= 10) return true
  if (unit === undefined) return false
  return rules.countNouns.has(unit) || rules.casualtyWords.has(unit) || isMeasureUnit(unit, rules)
}

/** A revision verb shortly before `at` makes "from 12 to 30" a revision, not a range. */
const revisionBefore = (tokens: readonly Token[], at: number, rules: LanguageRules): boolean =>
  tokens.slice(Math.max(0, at - 6), at).some((token) => rules.revision.verbs.has(token.lower))

/** Every figure in a sentence's tokens, left to right. */
export const findFigures = (
  tokens: readonly Token[],
  source: string,
  rules: LanguageRules,
): FoundFigure[] => {
  const found: FoundFigure[] = []
  const make = (
    first: number,
    next: number,
    numberFirst: number,
    numberNext: number,
    value: number,
    category: FigureCategory,
    trigger: boolean,
    unit?: string,
  ): FoundFigure => {
    const start = tokens[first]!.start
    const end = tokens[next - 1]!.end
    const raw = source.slice(start, end)
    const numberStart = tokens[numberFirst]!.start
    const numberEnd = tokens[numberNext - 1]!.end
    const minor = category === 'count' && !trigger && /^\p{L}/u.test(tokens[numberFirst]!.text)
    // Two literals rather than a spread of the optional unit: a spread costs ten times as much.
    return unit === undefined
      ? { value, raw, category, start, end, numberStart, numberEnd, first, next, trigger, minor }
      : {
          value,
          unit,
          raw,
          category,
          start,
          end,
          numberStart,
          numberEnd,
          first,
          next,
          trigger,
          minor,
        }
  }

  let i = 0
  while (i < tokens.length) {
    const token = tokens[i]!
    if (!mayStartFigure(token, rules)) {
      i += 1
      continue
    }
    const date = readDate(tokens, i, rules)
    if (date !== null) {
      found.push(make(i, date.next, i, date.next, date.value, 'date', true, 'date'))
      i = date.next
      continue
    }
    if (has(rules.numbers.times, token.lower)) {
      found.push(
        make(i, i + 1, i, i + 1, rules.numbers.times[token.lower]!, 'times', false, 'times'),
      )
      i += 1
      continue
    }
    const year = yearOf(token)
    const nextWord = tokens[i + 1]
    if (
      year !== undefined &&
      !(nextWord?.kind === 'word' && rules.countNouns.has(nextWord.lower))
    ) {
      // "2012-2017": two years, one phrase.
      const to = tokens[i + 2]
      const endYear = yearOf(to)
      if (
        nextWord !== undefined &&
        /^[-–—]$/.test(nextWord.text) &&
        endYear !== undefined &&
        endYear > year
      ) {
        found.push(make(i, i + 3, i, i + 1, year, 'year', true, 'year'))
        found.push(make(i, i + 3, i + 2, i + 3, endYear, 'year', true, 'year'))
        i += 3
        continue
      }
      found.push(make(i, i + 1, i, i + 1, year, 'year', true, 'year'))
      i += 1
      continue
    }
    const number = readNumber(tokens, i, rules.numbers)
    if (number === null) {
      i += 1
      continue
    }
    // Times of day ("10:30", "4 a.m.") and ordinals ("3rd") are not figures.
    const clock = rules.numbers.clockWords.has(tokens[number.next]?.lower ?? '')
    if (clock || /:/.test(token.text) || ORDINAL.test(number.suffix) || number.suffix === 's') {
      i = number.next + (clock ? 1 : 0)
      continue
    }
    const currencyToken = tokens[i - 1]
    const currency =
      currencyToken !== undefined &&
      currencyToken.end === token.start &&
      has(rules.currencySymbols, currencyToken.text)
        ? rules.currencySymbols[currencyToken.text]
        : undefined
    let value = number.value
    let glued = has(rules.measureUnits, number.suffix)
      ? rules.measureUnits[number.suffix]
      : undefined
    if (number.suffix === 'm') {
      if (currency !== undefined) value *= rules.numbers.multipliers.m ?? 1
      else glued = 'm'
    } else if (number.suffix !== '' && glued === undefined) {
      i = number.next
      continue
    }
    if (number.spelled && value === 1 && !number.vague) {
      // "one" is far more often a pronoun than a figure; count it only before a count noun.
      const unit = tokens[number.next]?.lower ?? ''
      if (!rules.countNouns.has(`${unit}s`) && !rules.casualtyWords.has(unit)) {
        i = number.next
        continue
      }
    }
    const hedge = hedgeBefore(tokens, currency === undefined ? i : i - 1, rules)
    const first = currency === undefined ? hedge : Math.min(hedge, i - 1)

    // A range: "10- to 15-kilometre", "six to 9 miles", "between 40 and 60".
    let after = number.next
    if (tokens[after]?.text === '-' && tokens[after]!.start === tokens[after - 1]!.end) {
      if (rules.numbers.rangeJoiners.has(tokens[after + 1]?.lower ?? '')) after += 1
    }
    const joiner = tokens[after]?.lower ?? ''
    const between = rules.numbers.rangeOpeners.has(tokens[first - 1]?.lower ?? '')
    const joins =
      (rules.numbers.rangeJoiners.has(joiner) || (between && rules.numbers.rangeAnd.has(joiner))) &&
      !revisionBefore(tokens, i, rules)
    const second =
      joins && glued === undefined ? readNumber(tokens, after + 1, rules.numbers) : null
    if (second !== null && second.value > value) {
      const unit =
        glued === undefined ? readUnit(tokens, second.next, second, rules) : { next: second.next }
      const next = Math.max(unit.next, second.next)
      const trigger = isTrigger(number, unit.unit, rules) || isTrigger(second, unit.unit, rules)
      found.push(make(first, next, i, number.next, value, 'measure', trigger, unit.unit))
      found.push(
        make(first, next, after + 1, second.next, second.value, 'measure', trigger, unit.unit),
      )
      i = next
      continue
    }
    const unit =
      glued !== undefined
        ? { unit: glued, next: number.next }
        : currency !== undefined
          ? { unit: currency, next: number.next }
          : readUnit(tokens, number.next, number, rules)
    const category: FigureCategory =
      unit.unit !== undefined && isMeasureUnit(unit.unit, rules) ? 'measure' : 'count'
    const trigger = isTrigger(number, unit.unit, rules)
    found.push(
      make(
        first,
        Math.max(unit.next, number.next),
        i,
        number.next,
        value,
        category,
        trigger,
        unit.unit,
      ),
    )
    i = Math.max(unit.next, number.next)
  }
  const asides = describingAsides(tokens, rules)
  return found.map((figure) =>
    ageAfterName(tokens, figure, rules) || personalBackground(tokens, figure, rules)
      ? { ...figure, trigger: false, minor: true }
      : clockTime(tokens, figure, rules) ||
          asides.some((aside) => aside.from <= figure.first && figure.next <= aside.to)
        ? { ...figure, trigger: false }
        : figure,
  )
}

/**
 * ", who has worked for the service for 22 years,", ", which represents 140 councils,": an
 * aside set off by commas that describes someone or something the sentence names. Its figures
 * are background, not what the sentence claims, so they do not make it a claim on their own.
 */
const describingAsides = (
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
const clockTime = (tokens: readonly Token[], figure: FoundFigure, rules: LanguageRules): boolean =>
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
const ageAfterName = (
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
