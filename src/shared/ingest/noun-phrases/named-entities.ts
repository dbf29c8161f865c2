import { has } from '../own'
import type { LanguageRules } from '../rules'
import type { Token } from '../tokens'
import { bare } from '../tokens'
import { textOf } from './range'
import type { Tokens } from './range'
import type { Speaker } from './speaker'
import { speakerOf } from './speaker-of'
import { isAcronym, isDeterminer, isNameWord, isParticle, isWord } from './word-classes'

/** Plain words an apposition may put before the noun that says what an organisation is. */
const APPOSITIVE_WORDS = 3

/**
 * "Eastholme Care Services, a company wholly owned by …": the noun the apposition after an
 * organisation's name gives it, so a later "the company" finds the organisation.
 */
const appositiveNoun = (tokens: Tokens, after: number, rules: LanguageRules): string | null => {
  if (tokens[after]?.text !== ',' || !isDeterminer(tokens[after + 1], rules)) return null
  for (let at = after + 2; at < after + 2 + APPOSITIVE_WORDS; at += 1) {
    const token = tokens[at]
    if (!isWord(token) || token.capital) return null
    const word = bare(token)
    if (rules.orgWords.has(word) || rules.speakerNouns.has(word)) return word
  }
  return null
}

/** Two or more capitalised words and nothing else: no organisation, title, acronym or date. */
const personName = (words: readonly Token[], rules: LanguageRules): boolean =>
  words.length >= 2 &&
  words.every(
    (token) =>
      token.capital &&
      !isAcronym(token) &&
      !rules.orgWords.has(bare(token)) &&
      !rules.titles.has(bare(token)) &&
      !has(rules.months, token.lower) &&
      !rules.weekdays.has(token.lower),
  )

const isDayOrMonth = (token: Token, rules: LanguageRules): boolean =>
  rules.weekdays.has(token.lower) || has(rules.months, token.lower)

/**
 * Organisations and titled people named anywhere in a sentence ("the Free Highlands Movement",
 * "Governor Lina Park"), so later pronouns and "the movement" can refer to them. Other people
 * named in full ("for Gareth Pellow of the Harbour Alliance") go into `people` when it is given,
 * so that a later bare surname finds them, without becoming a pronoun's referent.
 */
export const namedEntities = (
  tokens: Tokens,
  source: string,
  rules: LanguageRules,
  people?: string[],
  /** Names of three words or more that are no organisation or titled person by their words. */
  longNames?: string[],
): Speaker[] => {
  const named: Speaker[] = []
  let i = 0
  while (i < tokens.length) {
    if (!isNameWord(tokens, i, rules)) {
      i += 1
      continue
    }
    let to = i + 1
    while (to < tokens.length) {
      if (isNameWord(tokens, to, rules)) to += 1
      else if (
        isParticle(tokens[to], rules) &&
        isNameWord(tokens, to + 1, rules) &&
        // "published by Dunhallow Police on Thursday": a day is when, never part of a name.
        !isDayOrMonth(tokens[to + 1]!, rules)
      )
        to += 2
      else break
    }
    const words = tokens.slice(i, to)
    const org = words.some((token) => token.capital && rules.orgWords.has(bare(token)))
    const titled =
      words.length >= 2 && rules.titles.has(bare(words[0]!)) && !rules.orgWords.has(bare(words[1]!))
    if (org || titled) {
      const speaker = speakerOf(tokens, { from: i, to }, source, rules)
      const kind = org && speaker.role === undefined ? appositiveNoun(tokens, to, rules) : null
      named.push(kind === null ? speaker : { ...speaker, role: kind })
    } else {
      const text = textOf(tokens, { from: i, to }, source)
      if (people !== undefined && personName(words, rules)) people.push(text)
      // "Brennock Civil Engineering", "Conserveira Marés do Norte": three words or more name
      // something a later "Brennock" or "Marés do Norte" may shorten, whatever it is.
      if (longNames !== undefined && to - i >= 3) longNames.push(text)
    }
    i = to
  }
  return named
}
