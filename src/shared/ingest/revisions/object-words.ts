import { has } from '../own'
import type { LanguageRules } from '../rules'
import type { Token } from '../tokens'

/**
 * A plain word in a revision's object ("affected", "households", "of"): lowercase, outside a
 * quotation, and not a word that starts another clause ("that", "said").
 */
export const objectWord = (token: Token, rules: LanguageRules): boolean =>
  token.kind === 'word' &&
  !token.inQuote &&
  !token.capital &&
  !has(rules.speechVerbs, token.lower) &&
  !rules.relativePronouns.has(token.lower) &&
  !rules.linkingVerbs.has(token.lower) &&
  !rules.revision.verbs.has(token.lower)

/** Words read back from a revision's clause for "the number of …" as its subject. */
const SUBJECT_WORDS = 8

/**
 * "the number of households without power had risen to": the words after a revision's noun and
 * its partitive ("number of", "nombre de") in the subject, up to a preposition, within a few
 * words before the clause.
 * So a count of lines earlier in the same sentence is not taken for the households it revises.
 */
export const countedInSubject = (
  tokens: readonly Token[],
  clause: number,
  rules: LanguageRules,
): Token[] => {
  for (let at = clause - 1; at >= 0 && at >= clause - SUBJECT_WORDS; at -= 1) {
    const partitive = rules.partitives.has(tokens[at]!.lower)
    if (!partitive || !rules.revision.nouns.has(tokens[at - 1]?.lower ?? '')) continue
    const words: Token[] = []
    for (let word = at + 1; word < clause; word += 1) {
      const token = tokens[word]!
      if (words.length > 0 && rules.notUnits.has(token.lower)) break
      if (objectWord(token, rules)) words.push(token)
    }
    return words
  }
  return []
}
