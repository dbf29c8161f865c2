import { isNameWord } from './noun-phrases'
import type { Range } from './noun-phrases'
import type { LanguageRules } from './rules'
import { isPunct } from './subject'
import type { Token } from './tokens'

/**
 * "Pour Lucie Marchais, secrétaire du syndicat, il faut ajouter 40 emplois", "For Maria Lopez,
 * the rent rise means …": a sentence that opens with "pour"/"for", a name of two capitalised
 * words or more and a comma states that person's view, as "selon" would. One word ("Pour Noël,",
 * "For Tuesday,") is a time or a purpose, not a person. Only with a number in the sentence: a
 * view with a figure is something to check, a view without one ("For X, the report is an
 * embarrassment") an opinion that should not become a claim. Returns the name's range, or null.
 */
export const forWhomOpening = (tokens: readonly Token[], rules: LanguageRules): Range | null => {
  const name = forWhomName(tokens, rules)
  return name !== null && tokens.some((token) => token.kind === 'number') ? name : null
}

/**
 * The name after an opening "pour"/"for", with or without a figure: the person is introduced
 * either way, so a "he says" in the next sentence is theirs.
 */
export const forWhomName = (tokens: readonly Token[], rules: LanguageRules): Range | null => {
  const first = tokens[0]
  if (first === undefined || first.inQuote || !rules.forWhom.has(first.lower)) return null
  let to = 1
  while (to < tokens.length && tokens[to]!.capital && isNameWord(tokens, to, rules)) to += 1
  return to - 1 >= 2 && isPunct(tokens[to], ',') ? { from: 1, to } : null
}
