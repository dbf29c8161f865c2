import { isNameWord, textOf } from './noun-phrases'
import type { Range } from './noun-phrases'
import type { LanguageRules } from './rules'
import type { Token } from './tokens'
import { bare } from './tokens'

const CLOSERS: ReadonlySet<string> = new Set([',', '.', ';', ':'])

/** Lowercase words that may end a description after the speaker read in it. */
const PLAIN_WORDS = 3

const isPlain = (token: Token | undefined): boolean =>
  token !== undefined &&
  !token.inQuote &&
  ((token.kind === 'word' && !token.capital) || /^['’]s?$/u.test(token.text))

const isAcronym = (token: Token): boolean => /^\p{Lu}[\p{Lu}\d.&-]+$/u.test(token.text)

/**
 * "selon l'avocate du syndicat, Maître Inès Cazals, …", "according to the union's lawyer, Ines
 * Cazals.": a description after "according to" and, set off by commas, the name of the person it
 * describes. The person speaks and the description is their role. Only a name of two capitalised
 * words or more, none an organisation's word or an acronym, closed by punctuation or the sentence's
 * end: "according to the council, Brenford Library will …" goes on with a sentence, not a name.
 */
export const nameAfterSource = (
  tokens: readonly Token[],
  /** Where the phrase after "according to" starts, and the speaker read in it. */
  phraseStart: number,
  described: Range,
  source: string,
  rules: LanguageRules,
): { range: Range; role: string } | null => {
  // "the union's lawyer": the speaker read is the owner; plain words may close the description.
  let comma = described.to
  while (comma < described.to + PLAIN_WORDS && isPlain(tokens[comma])) comma += 1
  if (tokens[comma]?.text !== ',') return null
  const from = comma + 1
  let to = from
  while (to < tokens.length && isNameWord(tokens, to, rules)) {
    const token = tokens[to]!
    if (token.inQuote || rules.orgWords.has(bare(token)) || isAcronym(token)) return null
    to += 1
  }
  if (to - from < 2) return null
  const after = tokens[to]
  if (after !== undefined && !CLOSERS.has(after.text)) return null
  return { range: { from, to }, role: textOf(tokens, { from: phraseStart, to: comma }, source) }
}
