import type { LanguageRules } from './rules'
import type { Token } from './tokens'

/**
 * "The scrutiny committee voted to ask for monthly reports", "its board voted in October to
 * close it": a decision a body took by vote, a matter of record a desk checks in the minutes,
 * with no figure or speaker needed. Only a vote "to" do something: "who voted against the
 * resolution" says how someone voted, which the sentence around it already carries. English
 * only: the one French vote in the development stories ("par un vote en assemblée générale") is
 * too few to write a rule from.
 */

/** Words between "voted" and "to": "unanimously", "in October", "on 1 March". */
const TO_WITHIN = 4

/** Before "voted", a relative pronoun: the vote is an aside about whoever cast it. */
const ASIDES: ReadonlySet<string> = new Set(['who', 'which', 'that'])

const VOTED: Readonly<Record<string, string>> = { en: 'voted' }

export const votedTo = (tokens: readonly Token[], rules: LanguageRules): boolean => {
  const voted = VOTED[rules.language]
  if (voted === undefined) return false
  return tokens.some((token, at) => {
    if (token.inQuote || token.lower !== voted || ASIDES.has(tokens[at - 1]?.lower ?? '')) {
      return false
    }
    for (let next = at + 1; next <= at + TO_WITHIN + 1 && next < tokens.length; next += 1) {
      const word = tokens[next]!
      if (word.kind === 'punct' || word.inQuote) return false
      if (word.lower === 'to') return tokens[next + 1]?.kind === 'word'
    }
    return false
  })
}
