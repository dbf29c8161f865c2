import type { LanguageRules } from './rules'
import type { Token } from './tokens'
import { bare } from './tokens'

/** Token range [from, to) of a phrase in a sentence's tokens. */
interface Range {
  readonly from: number
  readonly to: number
}

const isCapitalWord = (token: Token | undefined): token is Token =>
  token !== undefined && token.kind === 'word' && !token.inQuote && token.capital

const isAcronym = (token: Token): boolean => /^\p{Lu}[\p{Lu}\d.&-]+$/u.test(token.text)

/**
 * A title running straight into a name, without "of": "Dr Mirela Tosk" (an honorific, then a
 * name of two words or more), "Deputy Harbour Warden Odile Brask" (four capitalised words or
 * more, no organisation's word and no acronym in the last two: they are the name, the words
 * before them a rank, "Group Manager" or "Group manager" as much as "Deputy Harbour Warden"). The name
 * speaks and the words before it are the role, whether or not the tables know the title. A run
 * of three ("Brask Timber Holdings") is left whole: it may be an organisation. Returns where the
 * name starts, or -1.
 */
export const nameAfterTitleRun = (
  tokens: readonly Token[],
  range: Range,
  rules: LanguageRules,
): number => {
  // Words of the run, skipping the full stop of "Dr." or the dots of "U.S.".
  const words: number[] = []
  for (let i = range.from; i < range.to; i += 1) {
    const token = tokens[i]!
    if (token.text === '.') continue
    // "Group manager Dev Sandhu": a title in lowercase inside the rank, never its first word.
    const lowercaseTitle =
      i > range.from && token.kind === 'word' && !token.inQuote && rules.titles.has(token.lower)
    if (!isCapitalWord(token) && !lowercaseTitle) return -1
    words.push(i)
  }
  if (words.length < 3) return -1
  const first = tokens[words[0]!]!
  const last = tokens[words[words.length - 1]!]!
  const nameLast = tokens[words[words.length - 2]!]!
  if (!isCapitalWord(last) || !isCapitalWord(nameLast)) return -1
  // A possessive is no part of a personal name: "Ostra Valley Farmers' Cooperative".
  const possessive = (token: Token): boolean => /['’]s?$/.test(token.text)
  if (rules.orgWords.has(bare(last)) || isAcronym(last) || isAcronym(nameLast)) return -1
  if (possessive(last) || possessive(nameLast)) return -1
  if (rules.honorifics.has(bare(first))) return words[1]!
  if (words.length < 4) return -1
  // A rank may hold an organisation's word ("Group Manager", "Unit Commander"); the name may not.
  if (rules.orgWords.has(bare(nameLast))) return -1
  return words[words.length - 2]!
}

/** Capitalised words a rank and a name may run to before "of": "Deputy Chief Constable Marcus Feld". */
const MAX_RANKED_RUN = 7

/**
 * "Station Commander Rhian Okafor of the Tarrow County Fire and Rescue Service": a rank the
 * tables need not know and a name, run together before "of", read as `nameAfterTitleRun` reads
 * a run (four capitalised words or more, the last two the name). Returns where the name starts,
 * or -1; what follows "of" is for the caller to read as the organisation.
 */
export const nameInRankRunBeforeOf = (
  tokens: readonly Token[],
  range: Range,
  rules: LanguageRules,
): number => {
  const end = Math.min(range.to, range.from + MAX_RANKED_RUN + 1)
  for (let at = range.from + 4; at < end; at += 1) {
    const token = tokens[at]!
    if (token.kind === 'word' && !token.capital && rules.partitives.has(token.lower))
      return nameAfterTitleRun(tokens, { from: range.from, to: at }, rules)
    if (!isCapitalWord(token)) return -1
  }
  return -1
}
