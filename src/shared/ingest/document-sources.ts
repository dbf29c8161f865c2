import { isNameWord } from './noun-phrases'
import { has } from './own'
import type { Range } from './noun-phrases'
import type { LanguageRules } from './rules'
import type { Token } from './tokens'
import { bare } from './tokens'

/**
 * Sources that are documents, records and published data rather than people: "according to
 * the port's own safety audit", "according to shipping records", "figures from the regional
 * roads agency", "data published by the health board". Read without a tagger: plain lowercase
 * words may describe a document ("own", "safety", "shipping"), a preposition or an author's
 * participle ("published by") carries on to its author.
 */
const WINDOW = 12

const isSourceHead = (tokens: readonly Token[], at: number, rules: LanguageRules): boolean => {
  const token = tokens[at]!
  const word = bare(token)
  return (
    rules.documentNouns.has(word) ||
    rules.speakerNouns.has(word) ||
    rules.orgWords.has(word) ||
    isNameWord(tokens, at, rules)
  )
}

/** The document or source phrase starting at `start`, or null when none starts there. */
export const sourceAfter = (
  tokens: readonly Token[],
  start: number,
  rules: LanguageRules,
): Range | null => {
  let at = start
  if (tokens[at] !== undefined && rules.determiners.has(tokens[at]!.lower)) at += 1
  let lastHead = -1
  while (at < tokens.length && at < start + WINDOW) {
    const token = tokens[at]!
    if (token.kind !== 'word' || token.inQuote) break
    // "un rapport de la Cour régionale des comptes": lowercase words go on an organisation's name.
    const orgTail = rules.lowercaseOrgNames && lastHead >= 0 && !token.capital
    if (isSourceHead(tokens, at, rules) || (orgTail && !rules.notUnits.has(token.lower))) {
      lastHead = at
      at += 1
      continue
    }
    const links =
      rules.sourcePrepositions.has(token.lower) || rules.authorParticiples.has(token.lower)
    if (links && lastHead >= 0) {
      at += 1
      if (tokens[at] !== undefined && rules.determiners.has(tokens[at]!.lower)) at += 1
      continue
    }
    // A plain word describing what follows ("own", "safety", "regional"), never a function word.
    if (!token.capital && !rules.notUnits.has(token.lower) && !has(rules.pronouns, token.lower)) {
      at += 1
      continue
    }
    break
  }
  return lastHead < 0 ? null : { from: start, to: lastHead + 1 }
}

/**
 * The author of published data within a source phrase: "figures from X", "data published by
 * X", "images released by X" name X as the one making the claim. Null for other documents.
 */
export const dataAuthor = (
  tokens: readonly Token[],
  range: Range,
  rules: LanguageRules,
): Range | null => {
  let at = range.from
  while (at < range.to && !rules.dataNouns.has(bare(tokens[at]!))) at += 1
  if (at >= range.to - 1) return null
  at += 1
  if (rules.authorParticiples.has(tokens[at]!.lower)) at += 1
  if (!rules.sourcePrepositions.has(tokens[at]?.lower ?? '')) return null
  at += 1
  return at < range.to ? { from: at, to: range.to } : null
}

/** "The bureau's data show": the owner of the data speaks. Null unless the phrase is that. */
export const dataOwner = (
  tokens: readonly Token[],
  range: Range,
  rules: LanguageRules,
): Range | null => {
  if (range.to - range.from < 2) return null
  const head = tokens[range.to - 1]!
  const owner = tokens[range.to - 2]!
  if (!rules.dataNouns.has(bare(head)) || !/['’]s?$/.test(owner.text)) return null
  return { from: range.from, to: range.to - 1 }
}
