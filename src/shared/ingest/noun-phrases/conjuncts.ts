import type { LanguageRules } from '../rules'
import { nameAfterTitleRun } from '../title-run'
import { bare } from '../tokens'
import type { Range, Tokens } from './range'
import {
  isAbbreviationDot,
  isAcronym,
  isDeterminer,
  isNameWord,
  isSpeakerNoun,
} from './word-classes'

export interface Part {
  readonly who: Range
  readonly role?: Range
  readonly person: boolean
}

/** One conjunct: a title and a name ("Interior Minister Mira Castell"), or a plain phrase. */
export const analysePart = (tokens: Tokens, range: Range, rules: LanguageRules): Part => {
  let title = -1
  for (let i = range.from; i < range.to - 1; i += 1) {
    if (rules.titles.has(bare(tokens[i]!))) title = i
  }
  if (title >= 0) {
    let names = true
    for (let i = title + 1; i < range.to; i += 1) {
      if (isAbbreviationDot(tokens, i, rules)) continue
      if (!isNameWord(tokens, i, rules) || rules.orgWords.has(tokens[i]!.lower)) names = false
    }
    if (names) {
      return {
        who: { from: title + 1, to: range.to },
        role: { from: range.from, to: title + 1 },
        person: true,
      }
    }
    // "Mayor of Brekka Arne Dahl": the title's place, then a first name and a surname.
    const split = range.to - 2
    const placed = tokens[title + 1]?.lower === 'of' && split > title + 2
    if (placed && isNameWord(tokens, split, rules) && isNameWord(tokens, split + 1, rules)) {
      return {
        who: { from: split, to: range.to },
        role: { from: range.from, to: split },
        person: true,
      }
    }
  }
  const named = nameAfterTitleRun(tokens, range, rules)
  if (named > range.from)
    return {
      who: { from: named, to: range.to },
      role: { from: range.from, to: named },
      person: true,
    }
  // "the state news agency Norpress", "the aid group Riverwatch": a description, then the name.
  let described = -1
  for (let i = range.from; i < range.to - 1; i += 1) {
    if (!isNameWord(tokens, i, rules) && isSpeakerNoun(tokens[i], rules)) described = i
  }
  if (described >= 0) {
    let names = true
    for (let i = described + 1; i < range.to; i += 1)
      if (!isNameWord(tokens, i, rules)) names = false
    if (names) {
      return {
        who: { from: described + 1, to: range.to },
        role: { from: range.from, to: described + 1 },
        person: !rules.orgWords.has(bare(tokens[described]!)),
      }
    }
  }
  const words = tokens.slice(range.from, range.to).filter((token) => token.kind === 'word')
  let names = 0
  for (let i = range.from; i < range.to; i += 1) if (isNameWord(tokens, i, rules)) names += 1
  const person =
    names >= 2 &&
    names === words.length &&
    !words.some((token) => rules.orgWords.has(bare(token)) || isAcronym(token))
  return { who: range, person }
}

export const splitConjuncts = (tokens: Tokens, range: Range, rules: LanguageRules): Range[] => {
  const parts: Range[] = []
  let from = range.from
  for (let i = range.from; i < range.to; i += 1) {
    if (rules.conjunctions.has(tokens[i]!.lower)) {
      parts.push({ from, to: i })
      from = i + 1
    }
  }
  parts.push({ from, to: range.to })
  return parts
    .map((part) => {
      let start = part.from
      while (start < part.to - 1 && isDeterminer(tokens[start], rules)) start += 1
      return { from: start, to: part.to }
    })
    .filter((part) => part.to > part.from)
}
