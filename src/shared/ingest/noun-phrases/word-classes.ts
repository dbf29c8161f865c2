import { has } from '../own'
import type { LanguageRules } from '../rules'
import type { Token } from '../tokens'
import { bare, nounIn } from '../tokens'
import type { Tokens } from './range'

/*
 * What one token can be in a speaker phrase: a name word, a speaker noun, a modifier, a particle
 * joining two parts. They live together because every phrase read calls them for each token.
 */

export const isAcronym = (token: Token): boolean => /^\p{Lu}[\p{Lu}\d.&-]+$/u.test(token.text)

export const isWord = (token: Token | undefined): token is Token =>
  token !== undefined && token.kind === 'word' && !token.inQuote

/** What opens a clause, so the capital after it may be a sentence's own. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['"', '“', '(', '‘', '—', '–', '-'])

/**
 * A capitalised word that may be part of a name. The first word of a sentence is capitalised
 * anyway, so there it must not be a common function word ("Around", "However").
 */
export const isNameWord = (tokens: Tokens, at: number, rules: LanguageRules): boolean => {
  const token = tokens[at]
  if (!isWord(token)) return false
  if (token.capital) {
    if (has(rules.pronouns, token.lower) || token.lower === 'i' || token.lower === 'we')
      return false
    // A dash opens a clause too: a live blog's "18:02 — The office ...", a dateline's "- The".
    const first = at === 0 || CLAUSE_OPENERS.has(tokens[at - 1]!.text)
    if (!first) return true
    return !(
      // "Two days later", "Three of the tanks": a number word, not a name.
      has(rules.numbers.units, token.lower) ||
      has(rules.numbers.tens, token.lower) ||
      rules.sentenceStarters.has(token.lower) ||
      rules.sentenceAdverbs.has(token.lower) ||
      rules.notUnits.has(token.lower) ||
      rules.timePrepositions.has(token.lower) ||
      rules.numbers.approximators.some((phrase) => phrase[0] === token.lower)
    )
  }
  // Name parts written in lowercase: "al-Sham", "el-Sisi", "van der Berg".
  return /^(?:al|el|ad|as|ash|ar|bin|ibn|abu|van|von|de|da|di|du|le|la)-\p{Lu}/u.test(token.text)
}

export const isSpeakerNoun = (token: Token | undefined, rules: LanguageRules): boolean =>
  isWord(token) &&
  (nounIn(rules.speakerNouns, token) ||
    nounIn(rules.documentNouns, token) ||
    rules.titles.has(bare(token)) ||
    nounIn(rules.orgWords, token))

const isModifier = (token: Token | undefined, rules: LanguageRules): boolean =>
  isWord(token) && (rules.modifiers.has(token.lower) || rules.descriptors.has(token.lower))

/** The full stop of "Dr." or "Gen.", which belongs to the name, not to the sentence. */
export const isAbbreviationDot = (tokens: Tokens, at: number, rules: LanguageRules): boolean => {
  const dot = tokens[at]
  const word = tokens[at - 1]
  return (
    dot?.text === '.' &&
    isWord(word) &&
    word.end === dot.start &&
    rules.abbreviations.has(word.lower) &&
    isNameWord(tokens, at + 1, rules)
  )
}

/** A word that can end (head) a speaker phrase. */
export const isHead = (tokens: Tokens, at: number, rules: LanguageRules): boolean =>
  isNameWord(tokens, at, rules) || isSpeakerNoun(tokens[at], rules)

export const isBody = (tokens: Tokens, at: number, rules: LanguageRules): boolean =>
  isHead(tokens, at, rules) || isModifier(tokens[at], rules) || isAbbreviationDot(tokens, at, rules)

/** A word joining the words of a name: "de" in "Banque de France", "and" or "&" in "Power & Light". */
export const isParticle = (token: Token | undefined, rules: LanguageRules): boolean =>
  token?.text === '&' ||
  (isWord(token) && (rules.nameParticles.has(token.lower) || rules.conjunctions.has(token.lower)))

export const isDeterminer = (token: Token | undefined, rules: LanguageRules): boolean =>
  isWord(token) && rules.determiners.has(token.lower)

/** A plain word describing a speaker noun: "regional", "fire", "and" in "fire and rescue service". */
export const isDescribing = (token: Token | undefined, rules: LanguageRules): token is Token =>
  isWord(token) &&
  !token.capital &&
  (!rules.notUnits.has(token.lower) || rules.conjunctions.has(token.lower))
