import type { LanguageRules } from '../rules'
import type { Token } from '../tokens'
import { phraseAt } from '../tokens'

/** Where a figure's phrase starts: at a hedge ("about", "more than") just before its number. */
export const hedgeBefore = (tokens: readonly Token[], at: number, rules: LanguageRules): number => {
  for (let length = 4; length >= 1; length -= 1) {
    const from = at - length
    if (from < 0) continue
    const phrase = phraseAt(tokens, from, rules.numbers.approximators)
    if (phrase !== null && phrase.length === length) return from
  }
  return at
}

/** A revision verb shortly before `at` makes "from 12 to 30" a revision, not a range. */
export const revisionBefore = (
  tokens: readonly Token[],
  at: number,
  rules: LanguageRules,
): boolean =>
  tokens.slice(Math.max(0, at - 6), at).some((token) => rules.revision.verbs.has(token.lower))
