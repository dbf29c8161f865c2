import { isPunct, subjectStart } from '../subject'
import type { Context } from '../subject'
import { bare } from '../tokens'
import { personByRelative } from './person-by-relative'

/** The longest description of an unnamed speaker, in characters: longer runs are a clause. */
export const MAX_UNNAMED = 200

/**
 * "Un commerçant du centre-ville de Kerhallec", "a shopkeeper from the old town": a common noun
 * the tables need not know, placed by a preposition, so the name after it is where the
 * speaker is from, not who they are. Titles, organisations and documents are not people here
 * ("a spokesman for the board" is the board's).
 */
const placedCommonNoun = (ctx: Context, head: number, verb: number): boolean => {
  const { tokens, rules } = ctx
  const noun = tokens[head]
  if (noun === undefined || noun.kind !== 'word' || noun.capital || noun.inQuote) return false
  const word = bare(noun)
  if (
    rules.titles.has(word) ||
    rules.orgWords.has(word) ||
    rules.documentNouns.has(word) ||
    rules.speakerNouns.has(word) ||
    rules.notUnits.has(word) ||
    rules.modifiers.has(word)
  )
    return false
  const next = tokens[head + 1]
  return (
    head + 2 < verb &&
    next !== undefined &&
    (rules.placePrepositions.has(next.lower) || rules.partitives.has(next.lower))
  )
}

/** Plain words of a speaker with no name, between "a" and the verb: "a teaching assistant". */
const PLAIN_WORDS = 3

/**
 * "A teaching assistant said", "a local shopkeeper told us": a few plain words, none the tables
 * know as no person (a title, an organisation, a document), right before a verb only people use.
 */
const plainNounBeforeVerb = (ctx: Context, from: number, verb: number): boolean => {
  const { tokens, rules } = ctx
  if (verb <= from || verb - from > PLAIN_WORDS) return false
  if (!rules.plainSpeechVerbs.has(tokens[verb]?.lower ?? '')) return false
  for (let at = from; at < verb; at += 1) {
    const token = tokens[at]!
    if (token.kind !== 'word' || token.capital || token.inQuote) return false
    const word = bare(token)
    if (rules.notUnits.has(word) || rules.orgWords.has(word) || rules.documentNouns.has(word))
      return false
  }
  const head = bare(tokens[verb - 1]!)
  return !rules.titles.has(head) && !rules.speakerNouns.has(head) && !rules.dataNouns.has(head)
}

/**
 * "A nurse who has lived there since 2016 said", "One tenant, who asked not to be named, said":
 * the subject is someone unnamed, introduced by "a", "an" or "one" and a word for a person.
 */
export const indefiniteSubject = (ctx: Context, verb: number): string | undefined => {
  const { tokens, rules, source } = ctx
  const subject = subjectStart(ctx)
  const first = tokens[subject]
  if (first === undefined || !rules.indefinites.has(first.lower) || first.inQuote) return undefined
  let person = false
  for (let at = subject + 1; at < Math.min(verb, subject + 4); at += 1) {
    if (rules.personNouns.has(bare(tokens[at]!))) person = true
  }
  if (
    !person &&
    !placedCommonNoun(ctx, subject + 1, verb) &&
    !personByRelative(ctx, subject, verb) &&
    !plainNounBeforeVerb(ctx, subject + 1, verb)
  )
    return undefined
  let end = verb
  while (end > subject + 1 && !/[\p{L}\d]/u.test(tokens[end - 1]!.text)) end -= 1
  const text = source.slice(first.start, tokens[end - 1]!.end)
  return text.length <= MAX_UNNAMED ? text : undefined
}

/**
 * "Twelve fish were found, a nurse said", "…, an agency official said.": someone unnamed after
 * a comma, "a" or "an" and a few plain words, one of them a word for a person, before a verb that
 * ends the clause.
 */
export const indefiniteAfterComma = (
  ctx: Context,
  before: number,
  verb: number,
): string | undefined => {
  const { tokens, rules, source } = ctx
  const next = tokens[verb + 1]
  if (next !== undefined && !isPunct(next, '.,;:!?') && !rules.timePrepositions.has(next.lower))
    return undefined
  const head = tokens[before - 1]
  // The person is the head; the words before it may name where they work ("an agency official").
  if (head === undefined || !rules.personNouns.has(bare(head))) return undefined
  for (let at = before - 1; at >= 1 && at >= before - PLAIN_WORDS - 1; at -= 1) {
    const token = tokens[at]!
    if (token.kind !== 'word' || token.capital || token.inQuote) return undefined
    const word = bare(token)
    if (rules.indefinites.has(word)) {
      if (at === before - 1 || !isPunct(tokens[at - 1], ',')) return undefined
      return source.slice(token.start, head.end)
    }
    if (rules.notUnits.has(word) || rules.documentNouns.has(word)) return undefined
  }
  return undefined
}
