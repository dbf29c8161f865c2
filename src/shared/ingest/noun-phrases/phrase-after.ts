import { has } from '../own'
import type { LanguageRules } from '../rules'
import { lowercaseTail } from './lowercase-tail'
import type { Range, Tokens } from './range'
import { trim } from './trim'
import { isBody, isDescribing, isDeterminer, isParticle, isSpeakerNoun } from './word-classes'

/** Plain words that may describe a speaker noun after "the": "the county health protection team". */
const DESCRIBING_WORDS = 3

/** Past up to three plain lowercase words to the speaker noun they describe; -1 if none. */
const describedNoun = (tokens: Tokens, at: number, rules: LanguageRules): number => {
  for (let i = at; i < at + DESCRIBING_WORDS; i += 1) {
    const token = tokens[i]
    if (!isDescribing(token, rules)) return -1
    if (has(rules.speechVerbs, token.lower)) return -1
    if (isSpeakerNoun(tokens[i + 1], rules) && !tokens[i + 1]!.capital) return i + 2
  }
  return -1
}

/** The speaker phrase starting at token `start`, read rightwards. */
export const phraseAfter = (tokens: Tokens, start: number, rules: LanguageRules): Range | null => {
  let to = start
  const determined = isDeterminer(tokens[to], rules)
  if (determined) to += 1
  while (to < tokens.length) {
    if (isBody(tokens, to, rules)) {
      to += 1
      continue
    }
    // "the national weather service", "the transport department": after "the", a few plain
    // words describe the speaker noun they lead to (as phraseBefore reads them leftwards).
    const described = determined ? describedNoun(tokens, to, rules) : -1
    if (described > to) {
      to = described
      continue
    }
    if (to > start && isParticle(tokens[to], rules) && !isDeterminer(tokens[to], rules)) {
      const next = isDeterminer(tokens[to + 1], rules) ? to + 2 : to + 1
      if (isBody(tokens, next, rules)) {
        to = next
        continue
      }
    }
    break
  }
  const base = to > start ? trim(tokens, { from: start, to }, rules) : null
  if (base === null || !rules.lowercaseOrgNames) return base
  return { from: base.from, to: lowercaseTail(tokens, base.from, to, rules) }
}
