import { asciiDigits, parseDigits } from '../numbers'
import { has } from '../own'
import type { LanguageRules } from '../rules'
import type { Token } from '../tokens'

/** An ordinal's suffix ("3rd", "17th"): a day of the month may carry one, a figure may not. */
export const ORDINAL = /^(?:st|nd|rd|th)$/

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

export const yearOf = (token: Token | undefined): number | undefined =>
  token?.kind === 'number' && /^(1[89]\d\d|20\d\d|2100)$/.test(asciiDigits(token.text))
    ? Number(asciiDigits(token.text))
    : undefined

/** Dates as sortable numbers, YYYYMMDD with 00 for a part the text leaves out. */
const dateValue = (year: number | undefined, month: number, day: number | undefined): number =>
  (year ?? 0) * 10_000 + month * 100 + (day ?? 0)

export interface DateRead {
  readonly value: number
  readonly next: number
}

/** "November 28, 2018", "September 17", "17 September", "March 2024", "2024-03-14". */
export const readDate = (
  tokens: readonly Token[],
  at: number,
  rules: LanguageRules,
): DateRead | null => {
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
