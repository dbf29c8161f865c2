import type { LanguageRules } from '../rules'
import { nameInRankRunBeforeOf } from '../title-run'
import { bare, nounIn } from '../tokens'
import type { Range, Tokens } from './range'
import { isAcronym, isDeterminer, isNameWord } from './word-classes'

/**
 * "Lotte Brenner of the Harbour Authority": a person's name (two or more capitalised words, none
 * an organisation's) and, after "of", the organisation they work for, which is their role.
 */
export const personOf = (
  tokens: Tokens,
  range: Range,
  rules: LanguageRules,
): { who: Range; role: Range } | null => {
  let split = range.from
  while (split < range.to && isNameWord(tokens, split, rules)) {
    const token = tokens[split]!
    if (nounIn(rules.orgWords, token) || isAcronym(token) || rules.titles.has(bare(token)))
      return null
    split += 1
  }
  if (split - range.from < 2 || split >= range.to - 1) return null
  if (!rules.partitives.has(tokens[split]!.lower)) return null
  let org = split + 1
  while (org < range.to - 1 && isDeterminer(tokens[org], rules)) org += 1
  // The part after "of" must name an organisation, or "Royal College of Emergency Medicine"
  // would be a person working for "Emergency Medicine".
  let named = false
  for (let at = org; at < range.to; at += 1)
    if (nounIn(rules.orgWords, tokens[at]!) || isAcronym(tokens[at]!)) named = true
  return named && isNameWord(tokens, org, rules)
    ? { who: { from: range.from, to: split }, role: { from: org, to: range.to } }
    : null
}

/**
 * "Chief Fire Officer Hannah Oyelowo of the Carrow Fire Service": a title, a person's name and,
 * from "of", the organisation. The name speaks; the title and the organisation are the role.
 */
export const titledPersonOf = (
  tokens: Tokens,
  range: Range,
  rules: LanguageRules,
): { title: Range; who: Range; of: Range } | null => {
  // Most phrases open with no title: one lookup before anything else.
  if (!rules.titles.has(bare(tokens[range.from]!))) return rankedPersonOf(tokens, range, rules)
  let title = range.from
  while (
    title < range.to &&
    isNameWord(tokens, title, rules) &&
    rules.titles.has(bare(tokens[title]!))
  )
    title += 1
  // A title of several capitalised words ends with its title word: "Chief Fire Officer".
  for (let at = title; at < Math.min(range.to, title + 3); at += 1)
    if (rules.titles.has(bare(tokens[at]!)) && isNameWord(tokens, at, rules)) title = at + 1
  if (title === range.from) return null
  const remainder = personOf(tokens, { from: title, to: range.to }, rules)
  if (remainder === null) return null
  return {
    title: { from: range.from, to: title },
    who: remainder.who,
    of: { from: remainder.who.to, to: range.to },
  }
}

/** "Station Commander Rhian Okafor of the … Service": a rank no table holds, a name, "of". */
const rankedPersonOf = (
  tokens: Tokens,
  range: Range,
  rules: LanguageRules,
): { title: Range; who: Range; of: Range } | null => {
  const name = nameInRankRunBeforeOf(tokens, range, rules)
  const person = name > range.from ? personOf(tokens, { from: name, to: range.to }, rules) : null
  return person === null
    ? null
    : {
        title: { from: range.from, to: name },
        who: person.who,
        of: { from: person.who.to, to: range.to },
      }
}
