import type { LanguageRules } from './rules'
import type { Token } from './tokens'
import { timeAt } from './time-phrases'

/**
 * "figures published on Monday by the Orla Rivers Board": a time between the participle and
 * the author's preposition belongs to neither. Returns where that preposition is when a time
 * phrase runs straight into it, `at` otherwise, so the author is still read after "by".
 */
export const pastTimeBeforeAuthor = (
  tokens: readonly Token[],
  at: number,
  rules: LanguageRules,
): number => {
  // The time's text is not needed, only where it ends: no source to quote from.
  const time = timeAt(tokens, at, '', rules)
  if (time === null || time.next <= at) return at
  return rules.sourcePrepositions.has(tokens[time.next]?.lower ?? '') ? time.next : at
}
