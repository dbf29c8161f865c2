import { isNameWord } from './noun-phrases'
import type { Range } from './noun-phrases'
import type { LanguageRules } from './rules'
import type { Token } from './tokens'

/** Words of a description between "direction du" and the name: "fabricant de radiateurs". */
const DESCRIPTION_WORDS = 6

const LINKS: ReadonlySet<string> = new Set(['of', 'de', 'du', 'des', "d'", 'd’'])

export interface OrganisationPart {
  /** The company's name: "Calvérine". */
  readonly name: Range
  /** The part of it that spoke and its description: "direction du fabricant de radiateurs". */
  readonly part: Range
}

/**
 * "La direction du fabricant de radiateurs Calvérine a confirmé", "The management of the toy
 * maker Ortalis said": the speaker is the company named at the end, and the organisation word
 * that opens the subject ("direction", "management") is the part of it that spoke, kept as its
 * role, so that a later "la direction" finds the company by that word. The description must end
 * in a plain noun ("radiateurs", "maker") right before the name: "le ministère de la Santé" or
 * "la direction de la SNCF" stay whole. Returns the name and the part, or null.
 */
export const organisationPart = (
  tokens: readonly Token[],
  range: Range,
  rules: LanguageRules,
): OrganisationPart | null => {
  // The name that ends the phrase, read back from its end.
  let from = range.to
  while (from > 0 && tokens[from - 1]!.capital && isNameWord(tokens, from - 1, rules)) from -= 1
  if (from === range.to) return null
  const name = { from, to: range.to }
  const noun = tokens[from - 1]
  if (noun === undefined || noun.kind !== 'word' || noun.capital || noun.inQuote) return null
  if (rules.determiners.has(noun.lower) || LINKS.has(noun.lower)) return null
  for (let at = from - 2; at >= 0 && at >= from - DESCRIPTION_WORDS; at -= 1) {
    const head = tokens[at]!
    if (head.inQuote || head.kind !== 'word') return null
    if (!rules.orgWords.has(head.lower) || !LINKS.has(tokens[at + 1]!.lower)) {
      if (head.capital) return null
      continue
    }
    // The organisation word opens its clause: after a capitalised determiner or the range's start.
    const before = tokens[at - 1]
    const opens =
      at === range.from ||
      (before !== undefined && before.capital && rules.determiners.has(before.lower))
    return opens ? { name, part: { from: at, to: from } } : null
  }
  return null
}
