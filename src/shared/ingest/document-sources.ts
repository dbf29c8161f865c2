import { isNameWord } from './noun-phrases'
import { has } from './own'
import type { Range } from './noun-phrases'
import type { LanguageRules } from './rules'
import type { Token } from './tokens'
import { pastTimeBeforeAuthor } from './time-before-author'
import { timeAt } from './time-phrases'
import { bare, nounIn } from './tokens'

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
  return (
    nounIn(rules.documentNouns, token) ||
    nounIn(rules.speakerNouns, token) ||
    nounIn(rules.orgWords, token) ||
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
    // "the latest update from X", "le dernier point de X": a plain noun, then its author.
    if (links && (lastHead >= 0 || at > start)) {
      at = rules.authorParticiples.has(token.lower)
        ? pastTimeBeforeAuthor(tokens, at + 1, rules)
        : at + 1
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

/** Plain words between published data and its author: "data submitted by", "figures compiled for". */
const AUTHOR_WORDS = 2
/** Plain words before the preposition of a source that names no document: "the latest update from". */
const UPDATE_WORDS = 3

/**
 * The author of what a source phrase names, when that is published data or a plain noun rather
 * than a document: "figures from X", "data submitted by X", "the latest update from X", "le
 * dernier point de X" name X as the one making the claim. Null for documents ("a report by X",
 * "the port's own safety audit"), which speak for themselves.
 */
export const dataAuthor = (
  tokens: readonly Token[],
  range: Range,
  rules: LanguageRules,
  /** Whether a plain noun's author speaks too: after "according to", not as a subject. */
  plainNouns = true,
): Range | null => {
  let at = range.from
  let data = false
  let plain = 0
  while (at < range.to && !rules.sourcePrepositions.has(tokens[at]!.lower)) {
    const token = tokens[at]!
    if (rules.determiners.has(token.lower)) {
      at += 1
      continue
    }
    if (nounIn(rules.dataNouns, token)) {
      data = true
      at += 1
      break
    }
    if (isSourceHead(tokens, at, rules) || token.capital || plain >= UPDATE_WORDS) return null
    plain += 1
    at += 1
  }
  if (!data && (plain === 0 || !plainNouns)) return null
  // "data submitted by", "images released by": a participle or two before the author.
  for (let skipped = 0; skipped < AUTHOR_WORDS && at < range.to; skipped += 1) {
    const token = tokens[at]!
    if (rules.sourcePrepositions.has(token.lower) || token.capital || token.kind !== 'word') break
    at = rules.authorParticiples.has(token.lower)
      ? pastTimeBeforeAuthor(tokens, at + 1, rules)
      : at + 1
  }
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
  if (!rules.dataNouns.has(bare(head))) return null
  // "the bureau's data", "the ministry's own figures": the possessive, then plain words.
  for (let owner = range.to - 2; owner >= range.from; owner -= 1) {
    const token = tokens[owner]!
    if (/['’]s?$/.test(token.text))
      return owner > range.from || token.capital ? { from: range.from, to: owner + 1 } : null
    if (token.capital || token.kind !== 'word') return null
  }
  return null
}

/**
 * "The report finds that ...", "A letter from the authority to the port, dated March 2024, asks
 * for ...": a document that is the sentence's subject states what the sentence says, whatever
 * its verb. The range runs from the subject's start through its author ("from the authority").
 */
export const documentSubject = (
  tokens: readonly Token[],
  start: number,
  rules: LanguageRules,
): Range | null => {
  if (start < 0) return null
  const range = sourceAfter(tokens, start, rules)
  if (range === null) return null
  let head = range.from
  // "The trust's budget papers": an owner's possessive before the document is not its head.
  while (
    head < range.to &&
    (!isSourceHead(tokens, head, rules) || /['’]s?$/.test(tokens[head]!.text))
  )
    head += 1
  if (head >= range.to || !nounIn(rules.documentNouns, tokens[head]!)) return null
  if (nounIn(rules.dataNouns, tokens[head]!)) return null
  const next = tokens[range.to]
  // Followed by its verb or by an aside set off with a comma, not by more of a longer phrase.
  if (next === undefined || (next.kind !== 'word' && next.text !== ',')) return null
  return range
}

/** Tokens a document's name may run to its verb: "Minutes of the board meeting held in …". */
const DOCUMENT_TO_VERB = 16

/** A hyphen inside a figure ("2026-27"), set close on both sides. */
const joinsFigure = (tokens: readonly Token[], at: number): boolean => {
  const [before, dash, after] = [tokens[at - 1], tokens[at]!, tokens[at + 1]]
  return (
    before?.kind === 'number' &&
    after?.kind === 'number' &&
    before.end === dash.start &&
    dash.end === after.start
  )
}

/**
 * "Minutes of the board meeting held in October 2025 show that …", "The council's budget papers
 * for 2026-27 show …": a document that opens the sentence is named by everything up to its verb
 * (words and figures, no punctuation), less a time right after a noun ("Minutes of a town council
 * meeting in June 2022 show": when the meeting was, not which minutes). Null when the subject is
 * no document or something else stands between it and the verb.
 */
const betweenVerb = (token: Token, rules: LanguageRules): boolean =>
  token.kind === 'word' &&
  !token.capital &&
  (rules.betweenSpeakerAndVerb.has(token.lower) || /\p{L}{2}ly$/u.test(token.lower))

export const documentToVerb = (
  tokens: readonly Token[],
  source: string,
  start: number,
  verb: number,
  rules: LanguageRules,
): Range | null => {
  if (start < 0 || verb - start > DOCUMENT_TO_VERB) return null
  const document = documentSubject(tokens, start, rules)
  if (document === null || document.to > verb) return null
  let end = verb
  for (let at = document.to; at < verb; at += 1) {
    const token = tokens[at]!
    if (token.inQuote) return null
    if (token.kind !== 'word' && token.kind !== 'number' && !joinsFigure(tokens, at)) return null
    if (has(rules.speechVerbs, token.lower)) return null
    const time = end === verb && rules.timePrepositions.has(token.lower)
    if (time && timeAt(tokens, at, source, rules)?.next === verb) {
      const previous = tokens[at - 1]!
      if (!rules.authorParticiples.has(previous.lower)) end = at
    }
  }
  // "The audit also found", "The review further concluded": the words that may stand between
  // any speaker and its verb (and an adverb in "-ly") are no part of the document's name.
  while (end - 1 >= document.to && betweenVerb(tokens[end - 1]!, rules)) end -= 1
  return { from: start, to: end }
}

const namedRun = (tokens: readonly Token[], from: number, to: number, rules: LanguageRules) => {
  for (let name = from; name < to; name += 1)
    if (!tokens[name]!.capital || !isNameWord(tokens, name, rules)) return false
  return true
}

/**
 * "the national dam safety board": a body's name written in lowercase, plain words ending in an
 * organisation's noun, with no "of" that would make it a description of someone else's office.
 */
const describedBody = (
  tokens: readonly Token[],
  from: number,
  to: number,
  rules: LanguageRules,
) => {
  if (to - from < 2 || !rules.orgWords.has(tokens[to - 1]!.lower)) return false
  for (let word = from; word < to; word += 1) {
    const token = tokens[word]!
    if (token.kind !== 'word' || token.capital || rules.sourcePrepositions.has(token.lower))
      return false
  }
  return true
}

/**
 * "A survey by Halden Research for this newspaper", "an inspection report by the national dam
 * safety board": a document whose author is named (with capitals, or as a body in plain words)
 * is that author's claim. A description ("a report by the office of …") keeps the document as
 * the source.
 */
export const namedAuthor = (
  tokens: readonly Token[],
  range: Range,
  rules: LanguageRules,
): Range | null => {
  for (let at = range.from + 1; at < range.to - 1; at += 1) {
    if (tokens[at]!.lower !== 'by' || !nounIn(rules.documentNouns, tokens[at - 1]!)) continue
    let from = at + 1
    if (rules.determiners.has(tokens[from]!.lower)) from += 1
    if (from >= range.to) return null
    return namedRun(tokens, from, range.to, rules) || describedBody(tokens, from, range.to, rules)
      ? { from, to: range.to }
      : null
  }
  return null
}
