import { phraseAfter } from './noun-phrases'
import type { Range } from './noun-phrases'
import { has } from './own'
import type { LanguageRules } from './rules'
import { timeAt } from './time-phrases'
import type { Token } from './tokens'

/**
 * A sentence's subject, read from its start past introductory times, adverbs and phrases, and
 * the context every attribution rule reads: the sentence's tokens, the source, the rules.
 */
export type Tokens = readonly Token[]

export interface Context {
  readonly tokens: Tokens
  readonly source: string
  readonly rules: LanguageRules
}

export const isPunct = (token: Token | undefined, chars: string): boolean =>
  token !== undefined &&
  token.kind !== 'word' &&
  token.kind !== 'number' &&
  chars.includes(token.text)

const CLOCK = /^\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?m\.?)?$/i
const DASHES = '—–-|'

/**
 * A live blog's entry opens with its clock time and a dash ("18:02 — A woman ..."): the subject
 * comes after them. Returns the index past the stamp, 0 when there is none.
 */
export const liveBlogStamp = (tokens: Tokens): number =>
  tokens[0]?.kind === 'number' && CLOCK.test(tokens[0].text) && isPunct(tokens[1], DASHES) ? 2 : 0

/** Where the subject starts, after an introductory time, adverb or phrase; -1 when unclear. */
export const subjectStart = (ctx: Context): number => {
  const { tokens, rules, source } = ctx
  let start = liveBlogStamp(tokens)
  // "Later on Monday, the ministry ...", "On Tuesday the office ...": adverbs and times first.
  for (let step = 0; step < 4; step += 1) {
    const time = timeAt(tokens, start, source, rules)
    if (time !== null) start = time.next
    else if (tokens[start] !== undefined && rules.sentenceAdverbs.has(tokens[start]!.lower))
      start += 1
    else if (tokens[start]?.text === ',' && start > 0) start += 1
    else break
  }
  const first = tokens[0]
  const introduced =
    first !== undefined &&
    (first.lower.endsWith('ing') ||
      rules.timePrepositions.has(first.lower) ||
      ['after', 'before', 'following', 'despite', 'amid', 'as'].includes(first.lower))
  if (introduced && start === 0) {
    const comma = tokens.findIndex((token, i) => i < 25 && token.text === ',' && !token.inQuote)
    if (comma < 0) return -1
    start = comma + 1
  }
  return start
}

/** The subject at the start of the sentence, after an introductory phrase ("On Friday, X ..."). */
export const subjectRange = (ctx: Context): Range | null => {
  const { tokens, rules } = ctx
  const start = subjectStart(ctx)
  if (start < 0) return null
  const range = phraseAfter(tokens, start, rules)
  if (range === null) return null
  // The phrase must be followed by its verb, not be the start of something longer.
  const next = tokens[range.to]
  if (next === undefined || next.kind !== 'word') return null
  return range
}

/** "By Thursday it had lowered the count": a pronoun subject, for the discourse to resolve. */
export const subjectPronoun = (ctx: Context): string | null => {
  const { tokens, rules, source } = ctx
  for (let at = 0; at < Math.min(tokens.length, 8); at += 1) {
    const token = tokens[at]!
    if (token.inQuote) return null
    if (has(rules.pronouns, token.lower)) return token.lower
    const time = timeAt(tokens, at, source, rules)
    if (time !== null) {
      at = time.next - 1
      continue
    }
    const skippable =
      rules.sentenceAdverbs.has(token.lower) ||
      rules.timePrepositions.has(token.lower) ||
      ['by', 'until'].includes(token.lower) ||
      token.text === ','
    if (!skippable) return null
  }
  return null
}

/** "On Friday, the ministry said": the introduction's time is when the subject spoke. */
export const isSubject = (ctx: Context, range: Range): boolean =>
  subjectRange(ctx)?.from === range.from
