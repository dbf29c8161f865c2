import { has } from '../own'
import type { LanguageRules } from '../rules'
import type { Token } from '../tokens'
import { bare } from '../tokens'
import type { Tokens } from './range'
import { isDeterminer, isNameWord, isParticle, isWord } from './word-classes'

/**
 * "Institut régional de la statistique", "Cour régionale des comptes": where organisation
 * names go on in lowercase, an organisation's name takes the adjectives and "de (la) ..."
 * complements after it, up to punctuation or a function word.
 */
export const lowercaseTail = (
  tokens: Tokens,
  start: number,
  to: number,
  rules: LanguageRules,
): number => {
  // An organisation's word, a title ("le responsable technique de ..."), or a capital right after
  // the article: "La Coopérative des producteurs de lait" (a person's name takes no article).
  let org = isDeterminer(tokens[start], rules) && tokens[start + 1]?.capital === true
  for (let i = start; i < to; i += 1) {
    const word = bare(tokens[i]!)
    if (rules.orgWords.has(word) || rules.titles.has(word)) org = true
  }
  if (!org) return to
  // "fait", "faisait", "avait" stand between a speaker and its verb: never part of a name.
  const plain = (token: Token | undefined): boolean =>
    isWord(token) &&
    !rules.notUnits.has(token.lower) &&
    !has(rules.speechVerbs, token.lower) &&
    !rules.betweenSpeakerAndVerb.has(token.lower)
  let end = to
  while (end < tokens.length) {
    if (plain(tokens[end]) && !tokens[end]!.capital) {
      end += 1
      continue
    }
    // "... de la société Veltra": a name goes on the lowercase words before it.
    if (end > to && isNameWord(tokens, end, rules)) {
      end += 1
      continue
    }
    if (isParticle(tokens[end], rules) && !isDeterminer(tokens[end], rules)) {
      let next = end + 1
      // "d'incendie et de secours": "and" then another "de".
      if (isParticle(tokens[next], rules) && !isDeterminer(tokens[next], rules)) next += 1
      if (isDeterminer(tokens[next], rules)) next += 1
      if (plain(tokens[next]) || isNameWord(tokens, next, rules)) {
        end = next + 1
        continue
      }
    }
    break
  }
  return end
}
