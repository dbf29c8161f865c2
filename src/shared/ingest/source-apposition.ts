import { isNameWord, textOf } from './noun-phrases'
import type { Range } from './noun-phrases'
import type { LanguageRules } from './rules'
import type { Token } from './tokens'
import { bare } from './tokens'

const CLOSERS: ReadonlySet<string> = new Set([',', '.', ';', ':'])
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?'])

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
 * words or more, closed by punctuation or the sentence's end (an organisation's, with a word such as
 * "Homes" or an acronym, only by the sentence's end): "according to the council, Brenford Library
 * will …" goes on with a sentence, not a name.
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
  let organisation = false
  while (to < tokens.length && isNameWord(tokens, to, rules)) {
    const token = tokens[to]!
    if (token.inQuote) return null
    if (rules.orgWords.has(bare(token)) || isAcronym(token)) organisation = true
    to += 1
  }
  if (to - from < 2) return null
  const after = tokens[to]
  if (after !== undefined && !CLOSERS.has(after.text)) return null
  // "according to the administrators, Penrose Kettle LLP.": an organisation's name only where
  // the sentence ends with it; before a comma it may be the claim's own subject.
  if (organisation && after !== undefined && !SENTENCE_ENDS.has(after.text)) return null
  return { range: { from, to }, role: textOf(tokens, { from: phraseStart, to: comma }, source) }
}

/** The longest aside read as a role after a name: "the chief executive of Harlow Water". */
const ROLE_ASIDE_TOKENS = 12

/**
 * "according to Ann Lee, chief executive of Harlow Water, 12 pipes burst", "selon Marie Dupont,
 * directrice de l'hôpital, …": after a person's name, an aside between commas that holds a title
 * word or opens with "a", "une" is the person's role. Anything else after the comma ("according to Ann Lee, 12 pipes
 * burst") is the claim, and no role.
 */
export const roleAfterName = (
  tokens: readonly Token[],
  named: Range,
  source: string,
  rules: LanguageRules,
): string | undefined => {
  if (tokens[named.to]?.text !== ',' || named.to - named.from < 2) return undefined
  for (let at = named.from; at < named.to; at += 1)
    if (!isNameWord(tokens, at, rules) || rules.orgWords.has(bare(tokens[at]!))) return undefined
  const from = named.to + 1
  // "according to Ann Lee, a hydrologist, …": an indefinite description is a role too.
  let titled = rules.indefinites.has(tokens[from]?.lower ?? '')
  for (let at = from; at < tokens.length && at < from + ROLE_ASIDE_TOKENS; at += 1) {
    const token = tokens[at]!
    if (token.inQuote || token.kind === 'quote' || token.kind === 'number') return undefined
    if (token.text === ',')
      return titled && at > from
        ? textOf(tokens, { from, to: at }, source).replace(/^(?:a|an|the)\s+/iu, '')
        : undefined
    if (rules.titles.has(token.lower.replace(/['’]s$/u, ''))) titled = true
  }
  return undefined
}
