import { isClockTime } from './clock-time'
import { has } from './own'
import type { LanguageRules } from './rules'
import type { Token } from './tokens'

/** A time expression such as "on Sunday", "late Saturday", "in September", "yesterday". */
export interface TimePhrase {
  /** The expression without its preposition: "Sunday", "late on Thursday". */
  readonly text: string
  readonly from: number
  readonly next: number
}

export const timeAt = (
  tokens: readonly Token[],
  at: number,
  source: string,
  rules: LanguageRules,
): TimePhrase | null => {
  let i = at
  let first = -1
  while (i < tokens.length) {
    const lower = tokens[i]!.lower
    if (rules.timePrepositions.has(lower)) i += 1
    else if (rules.timeModifiers.has(lower)) {
      if (first < 0) first = i
      i += 1
    } else break
  }
  const token = tokens[i]
  if (token?.kind === 'number' && isClockTime(tokens, i, i + 1, rules.numbers)) {
    // "at 10 a.m.", "at 10 a.m. on Wednesday"
    if (first < 0) first = i
    const day = timeAt(tokens, i + 2, source, rules)
    const next = day !== null && tokens[i + 2]?.kind === 'word' ? day.next : i + 2
    return { text: source.slice(tokens[first]!.start, tokens[next - 1]!.end), from: at, next }
  }
  if (token === undefined || token.kind !== 'word') return null
  const isMonth = token.capital && has(rules.months, token.lower) && token.lower.length > 3
  if (!rules.weekdays.has(token.lower) && !isMonth && !rules.timeWords.has(token.lower)) return null
  if (first < 0) first = i
  i += 1
  if (isMonth && tokens[i]?.kind === 'number') i += 1
  if (rules.partsOfDay.has(tokens[i]?.lower ?? '')) i += 1
  return { text: source.slice(tokens[first]!.start, tokens[i - 1]!.end), from: at, next: i }
}

/** The first time expression within tokens [from, to). */
export const timeWithin = (
  tokens: readonly Token[],
  from: number,
  to: number,
  source: string,
  rules: LanguageRules,
): TimePhrase | null => {
  for (let i = from; i < to; i += 1) {
    const found = timeAt(tokens, i, source, rules)
    if (found !== null && found.next <= to) return found
  }
  return null
}
