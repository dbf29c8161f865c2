import { has } from '../own'
import { isPunct } from '../subject'
import type { Context } from '../subject'
import { bare } from '../tokens'

/** Tokens after "a", "an", "another" within which "who" shows the phrase is a person. */
const PERSON_CLAUSE_REACH = 8

/**
 * "A paramedic who asked not to be named", "Another crew member, a technician based at Orr who
 * …": an indefinite phrase, whatever its noun, that "who" follows before any verb of speech or
 * quotation is a person.
 */
export const personByRelative = (ctx: Context, indefinite: number, to: number): boolean => {
  const { tokens, rules } = ctx
  const noun = tokens[indefinite + 1]
  if (noun === undefined || rules.orgWords.has(bare(noun)) || rules.documentNouns.has(bare(noun)))
    return false
  const end = Math.min(to, tokens.length, indefinite + PERSON_CLAUSE_REACH)
  for (let at = indefinite + 2; at < end; at += 1) {
    const token = tokens[at]!
    if (token.inQuote || token.kind === 'quote') return false
    if (rules.personRelatives.has(token.lower)) return true
    if (token.kind !== 'word' && !isPunct(token, ',')) return false
    if (has(rules.speechVerbs, token.lower)) return false
  }
  return false
}
