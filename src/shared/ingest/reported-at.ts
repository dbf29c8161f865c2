import type { LanguageRules } from './rules'
import type { Token } from './tokens'
import { set } from './rules/words'

/**
 * "The fire was reported at 11:50", "The blaze was reported at 10.47pm by a neighbour": when an
 * incident was first reported, to the minute, is what a desk checks against the call log, with
 * no speaker and no count in the sentence. Only a passive "was reported" with a clock time right
 * after it: "reported on Monday" or "reported at the meeting" states nothing checkable alone.
 * English only: the French development stories have no such sentence that was listed.
 */

interface ReportedWords {
  readonly passive: ReadonlySet<string>
  readonly reported: ReadonlySet<string>
  /** "at", "shortly after": before the clock time. */
  readonly before: ReadonlySet<string>
  /** Words between "reported" and the clock time: "at", "shortly after", "just before". */
  readonly gap: number
}

const REPORTED: Readonly<Record<string, ReportedWords>> = {
  en: {
    passive: set('was were'),
    reported: set('reported'),
    before: set('at after before around shortly just'),
    gap: 2,
  },
}

/** "11:50", "11.48pm", "9am", or "10.47" before "p.m.": a time of day. */
const CLOCK = /^\d{1,2}(?:[:.]\d{2})?(?:am|pm)?$/iu
const MERIDIEM: ReadonlySet<string> = new Set(['a.m.', 'p.m.', 'am', 'pm'])

const clockTime = (tokens: readonly Token[], at: number): boolean => {
  const token = tokens[at]
  if (token === undefined || token.kind !== 'number' || !CLOCK.test(token.text)) return false
  const written = /[:.]|am|pm/iu.test(token.text)
  return written || MERIDIEM.has(tokens[at + 1]?.lower ?? '')
}

export const reportedAtTime = (tokens: readonly Token[], rules: LanguageRules): boolean => {
  const lexicon = REPORTED[rules.language]
  if (lexicon === undefined) return false
  return tokens.some((token, at) => {
    if (token.inQuote || !lexicon.reported.has(token.lower)) return false
    if (!lexicon.passive.has(tokens[at - 1]?.lower ?? '')) return false
    for (let next = at + 1; next <= at + lexicon.gap + 1; next += 1) {
      const word = tokens[next]
      if (word === undefined) return false
      if (clockTime(tokens, next)) return next > at + 1
      if (!lexicon.before.has(word.lower)) return false
    }
    return false
  })
}
