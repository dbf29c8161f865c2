import { isMeasureUnit, mayStartFigure } from '../figure-starts'
import { readNumber } from '../numbers'
import { has } from '../own'
import { personalBackground } from '../personal-background'
import type { LanguageRules } from '../rules'
import type { Token } from '../tokens'
import { ageAfterName, clockTime, describingAsides } from './background'
import { hedgeBefore, revisionBefore } from './before-number'
import { ORDINAL, readDate, yearOf } from './dates'
import type { FigureCategory, FoundFigure } from './found-figure'
import { isTrigger } from './trigger'
import { readUnit } from './units'

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
