import { phraseAfter } from './noun-phrases'
import type { Range } from './noun-phrases'
import { has } from './own'
import type { LanguageRules } from './rules'
import { timeAt } from './time-phrases'
import type { Token } from './tokens'
import { phraseAt } from './tokens'

/**
 * A sentence's subject, read from its start past introductory times, adverbs and phrases, and
 * the context every attribution rule reads: the sentence's tokens, the source, the rules.
 */
export type Tokens = readonly Token[]

export interface Context {
  readonly tokens: Tokens
  readonly source: string
  readonly rules: LanguageRules
}

export const isPunct = (token: Token | undefined, chars: string): boolean =>
  token !== undefined &&
  token.kind !== 'word' &&
  token.kind !== 'number' &&
  chars.includes(token.text)

const CLOCK = /^\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?m\.?)?$/i
const DASHES = '—–-|'

/**
 * A live blog's entry opens with its clock time and a dash ("18:02 — A woman ..."), a one-word
 * label and a colon ("Roads: …"), or a clock time alone before a capitalised word: the subject
 * comes after them. Returns the index past the stamp, 0 when there is none.
 */
export const liveBlogStamp = (tokens: Tokens): number => {
  if (tokens[0]?.kind === 'number' && CLOCK.test(tokens[0].text) && isPunct(tokens[1], DASHES))
    return 2
  // "Roads: Tarrow Police have closed …": a live blog's one-word label before its entry.
  if (tokens[0]?.kind === 'word' && tokens[0].capital && isPunct(tokens[1], ':')) return 2
  return bareStamp(tokens)
}

/**
 * A live blog's clock time before its entry with no dash ("12:40 Superintendent Howard Ng …",
 * the time on a line of its own in the story): the subject starts at the capitalised word after
 * it. Returns 1 past the stamp, 0 when there is none. `liveBlogStamp` skips it too, so "11:20
 * Eastmarch Ambulance Service has updated its figure: …" has its subject.
 */
const bareStamp = (tokens: Tokens): number => {
  const stamp = tokens[0]
  const next = tokens[1]
  if (stamp?.kind !== 'number' || next?.kind !== 'word' || !next.capital) return 0
  return CLOCK.test(stamp.text) ? 1 : 0
}

/** Words in "two days later", "48 hours earlier": a number, its unit, then the adverb. */
const SPAN_WORDS = 3

/**
 * "Two days later it raised ...", "48 hours earlier the office ...": a span of time before an
 * adverb of time opens the sentence. Returns the index past it, or -1.
 */
export const timeSpan = (ctx: Context, at: number): number => {
  const { tokens, rules } = ctx
  const first = tokens[at]
  if (first === undefined) return -1
  const number =
    first.kind === 'number' ||
    has(rules.numbers.units, first.lower) ||
    has(rules.numbers.tens, first.lower) ||
    rules.indefinites.has(first.lower)
  if (!number) return -1
  for (let i = at + 1; i < Math.min(tokens.length, at + SPAN_WORDS + 1); i += 1) {
    const lower = tokens[i]!.lower
    const adverb = rules.timeWords.has(lower) || rules.sentenceAdverbs.has(lower)
    // "Two days later", not "Three officials later said".
    if (adverb) return rules.durations.has(tokens[i - 1]!.lower) ? i + 1 : -1
    if (tokens[i]!.kind !== 'word') return -1
  }
  return -1
}

/** Tokens an opening phrase after the first may take before its comma. */
const OPENING_WORDS = 10

const openingComma = (tokens: Tokens, from: number): number => {
  for (let at = from + 1; at < Math.min(tokens.length, from + OPENING_WORDS); at += 1) {
    const token = tokens[at]!
    if (token.inQuote || token.kind === 'quote') return -1
    if (token.text === ',') return at
  }
  return -1
}

/**
 * "By late afternoon the governor …", "In the evening the ministry …": a preposition, a modifier
 * or an article, and a part of the day.
 */
const partOfDay = (ctx: Context, at: number): boolean => {
  const { tokens, rules } = ctx
  const middle = tokens[at + 1]?.lower ?? ''
  return (
    rules.notUnits.has(tokens[at]?.lower ?? '') &&
    !rules.determiners.has(tokens[at]?.lower ?? '') &&
    (rules.timeModifiers.has(middle) || rules.determiners.has(middle)) &&
    rules.partsOfDay.has(tokens[at + 2]?.lower ?? '')
  )
}

/** Where the subject starts, after an introductory time, adverb or phrase; -1 when unclear. */
export const subjectStart = (ctx: Context): number => {
  const { tokens, rules, source } = ctx
  let start = liveBlogStamp(tokens)
  // "Later on Monday, the ministry ...", "On Tuesday the office ...": adverbs and times first.
  for (let step = 0; step < 4; step += 1) {
    const time = timeAt(tokens, start, source, rules)
    // "By Saturday afternoon the company ...": a preposition of its own before the time.
    const introducing =
      time === null && tokens[start] !== undefined && rules.notUnits.has(tokens[start]!.lower)
        ? timeAt(tokens, start + 1, source, rules)
        : null
    // "Shortly before 9 p.m. the health authority …": an adverb of time before that preposition.
    const adverbial =
      time === null &&
      introducing === null &&
      rules.figureAdverbs.has(tokens[start]?.lower ?? '') &&
      rules.notUnits.has(tokens[start + 1]?.lower ?? '')
        ? timeAt(tokens, start + 2, source, rules)
        : null
    const span = time === null && introducing === null ? timeSpan(ctx, start) : -1
    // "At first the auditors put …", "Au départ, la direction …": a set phrase of time.
    const phrase = span > start ? null : phraseAt(tokens, start, rules.openingPhrases)
    if (time !== null) start = time.next
    else if (introducing !== null) start = introducing.next
    else if (adverbial !== null) start = adverbial.next
    else if (partOfDay(ctx, start)) start += 3
    else if (span > start) start = span
    else if (tokens[start] !== undefined && rules.sentenceAdverbs.has(tokens[start]!.lower))
      start += 1
    else if (phrase !== null) start += phrase.length
    else if (tokens[start]?.text === ',' && start > 0) start += 1
    else if (start > 0 && rules.openingPrepositions.has(tokens[start]?.lower ?? '')) {
      // "Dimanche matin, après un survol par drone, la préfecture …": a second opening phrase.
      const comma = openingComma(tokens, start)
      if (comma < 0) break
      start = comma + 1
    } else break
  }
  const first = tokens[0]
  // "Asked about the delay, ...", "Interrogée par Ouest-Matin, ...": a participle opens the
  // sentence (not "United Nations", whose next word is a name too).
  const participle =
    first !== undefined &&
    rules.participleEndings.some((ending) => first.lower.endsWith(ending)) &&
    tokens[1]?.capital === false
  const introduced =
    first !== undefined &&
    (first.lower.endsWith('ing') ||
      participle ||
      rules.timePrepositions.has(first.lower) ||
      rules.openingPrepositions.has(first.lower))
  if (introduced && start === 0) {
    const comma = tokens.findIndex((token, i) => i < 25 && token.text === ',' && !token.inQuote)
    if (comma < 0) return -1
    start = comma + 1
  }
  return start
}

/** The subject at the start of the sentence, after an introductory phrase ("On Friday, X ..."). */
export const subjectRange = (ctx: Context): Range | null => {
  const { tokens, rules } = ctx
  const start = subjectStart(ctx)
  if (start < 0) return null
  const range = phraseAfter(tokens, start, rules)
  if (range === null) return null
  // The phrase must be followed by its verb, not be the start of something longer.
  const next = tokens[range.to]
  if (next === undefined || next.kind !== 'word') return null
  return range
}

/** "By Thursday it had lowered the count": a pronoun subject, for the discourse to resolve. */
export const subjectPronoun = (ctx: Context): string | null => {
  const { tokens, rules, source } = ctx
  // "Dans la soirée, elle a ramené ...": the subject after an opening phrase.
  const start = subjectStart(ctx)
  const opening = tokens[start]
  if (start > 0 && opening !== undefined && !opening.inQuote && has(rules.pronouns, opening.lower))
    return opening.lower
  const span = timeSpan(ctx, liveBlogStamp(tokens))
  for (let at = Math.max(span, liveBlogStamp(tokens)); at < Math.min(tokens.length, 8); at += 1) {
    const token = tokens[at]!
    if (token.inQuote) return null
    if (has(rules.pronouns, token.lower)) return token.lower
    const time = timeAt(tokens, at, source, rules)
    if (time !== null) {
      at = time.next - 1
      continue
    }
    const skippable =
      rules.sentenceAdverbs.has(token.lower) ||
      rules.timePrepositions.has(token.lower) ||
      ['by', 'until'].includes(token.lower) ||
      token.text === ','
    if (!skippable) return null
  }
  return null
}

/** "On Friday, the ministry said": the introduction's time is when the subject spoke. */
export const isSubject = (ctx: Context, range: Range): boolean =>
  subjectRange(ctx)?.from === range.from

/** Plain words in a definite subject the tables do not know: "the utility", "the water firm". */
const DEFINITE_WORDS = 3

/**
 * "The utility later revised ...": a definite description as the subject of a revision or a
 * denial, whatever its noun, when a verb (or a word that stands before one) follows it.
 */
export const definiteSubject = (ctx: Context): Range | null => {
  const { tokens, rules } = ctx
  const start = subjectStart(ctx)
  const determiner = tokens[start]
  if (start < 0 || determiner === undefined || !rules.determiners.has(determiner.lower)) return null
  // "A report ..." introduces something new; only "the ..." can stand for a speaker met before.
  if (rules.indefinites.has(determiner.lower)) return null
  // « la chambre d'agriculture », « le service de prévision des crues »: an organisation's noun
  // first, then what it is of.
  const ofOrganisation = rules.headFirst && rules.orgWords.has(tokens[start + 1]?.lower ?? '')
  let links = 0
  for (let at = start + 1; at <= start + DEFINITE_WORDS + 2 * links; at += 1) {
    const token = tokens[at]
    if (token === undefined || token.kind !== 'word' || token.inQuote || token.capital) return null
    if (ofOrganisation && at > start + 1 && links < 2 && rules.partitives.has(token.lower)) {
      links += 1
      continue
    }
    if (rules.notUnits.has(token.lower)) return null
    const next = tokens[at + 1]?.lower ?? ''
    const verbFollows =
      rules.betweenSpeakerAndVerb.has(next) ||
      rules.linkingVerbs.has(next) ||
      rules.revision.verbs.has(next) ||
      rules.revision.dateVerbs.has(next) ||
      has(rules.speechVerbs, next)
    if (verbFollows) return { from: start, to: at + 1 }
  }
  return null
}

/**
 * "At least 11 people were killed, the coastguard said": a definite description after a comma,
 * whatever its noun, running up to the verb at `before`.
 */
export const definiteAfterComma = (ctx: Context, before: number, verb: number): Range | null => {
  const { tokens, rules } = ctx
  // The verb ends the clause: "said.", "said, and", "said on Monday", "said in a statement" (not
  // « Selon elle, les salariés avaient signalé à la direction », the sentence's own subject).
  const next = tokens[verb + 1]
  const ends =
    next === undefined || isPunct(next, '.,;:!?') || rules.timePrepositions.has(next.lower)
  if (!ends) return null
  for (let at = before - 1; at >= 1 && at >= before - DEFINITE_WORDS; at -= 1) {
    const token = tokens[at]!
    if (token.kind !== 'word' || token.inQuote || token.capital) return null
    if (rules.determiners.has(token.lower)) {
      const definite = at < before - 1 && !rules.indefinites.has(token.lower)
      return definite && isPunct(tokens[at - 1], ',') ? { from: at, to: before } : null
    }
    if (rules.notUnits.has(token.lower)) return null
  }
  return null
}
