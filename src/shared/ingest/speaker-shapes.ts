import { isNameWord, phraseAfter, phraseBefore, speakerOf } from './noun-phrases'
import type { Range, Speaker } from './noun-phrases'
import { subjectStart, isPunct } from './subject'
import type { Context, Tokens } from './subject'
import type { LanguageRules } from './rules'
import { timeAt } from './time-phrases'
import { bare } from './tokens'
import { UNNAMED_SPEAKER } from './types'

/**
 * Shapes of speaker phrases beyond "X said": someone unnamed ("a nurse who ..."), a description
 * before a name, a titled name after the verb, a group with its place, a speaker after the verb
 * that ends the clause, and the people a sentence introduces for later pronouns.
 */
const MAX_UNNAMED = 200

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
  if (!person) return undefined
  let end = verb
  while (end > subject + 1 && !/[\p{L}\d]/u.test(tokens[end - 1]!.text)) end -= 1
  const text = source.slice(first.start, tokens[end - 1]!.end)
  return text.length <= MAX_UNNAMED ? text : undefined
}

/** "The landlord, Bramwell Property Group, said": a plain description before a name. */
export const describedBefore = (ctx: Context, comma: number): Range | null => {
  const { tokens, rules } = ctx
  let from = comma
  while (from > 0 && comma - from < 3) {
    const token = tokens[from - 1]!
    if (token.kind !== 'word' || token.inQuote) break
    if (rules.determiners.has(token.lower)) {
      from -= 1
      break
    }
    if (token.capital || rules.notUnits.has(token.lower)) break
    from -= 1
  }
  const opener = tokens[from]
  if (from >= comma || from !== subjectStart(ctx) || opener === undefined) return null
  const described = rules.determiners.has(opener.lower) ? from + 1 : from
  return described < comma ? { from: described, to: comma } : null
}

/**
 * ", a annoncé mercredi la préfecture.": the speaker follows the verb and ends the clause, so
 * the comma before the verb closes the claim rather than an apposition.
 */
export const invertedAhead = (ctx: Context, at: number): boolean => {
  const { tokens, rules, source } = ctx
  const from = timeAt(tokens, at + 1, source, rules)?.next ?? at + 1
  const after = phraseAfter(tokens, from, rules)
  if (after === null) return false
  const next = tokens[after.to]
  return next === undefined || isPunct(next, '.;!?') || rules.timePrepositions.has(next.lower)
}

/** A name phrase ends where a time starts: "said Helena Voss on Wednesday". */
export const beforeTime = (ctx: Context, range: Range): Range => {
  for (let at = range.from + 1; at < range.to; at += 1) {
    if (timeAt(ctx.tokens, at, ctx.source, ctx.rules) !== null) return { from: range.from, to: at }
  }
  return range
}

/**
 * "Doctors at the city hospital said", "Tenants in the Kettle Lane flats say": a group named by
 * where it is, read back from the verb to a plural speaker noun and its preposition.
 */
export const groupWithPlace = (ctx: Context, verb: number): Range | null => {
  const { tokens, rules } = ctx
  for (let at = verb - 1; at > 0 && at >= verb - 10; at -= 1) {
    const token = tokens[at]!
    if (token.kind !== 'word' || token.inQuote) return null
    if (!rules.placePrepositions.has(token.lower)) continue
    const noun = tokens[at - 1]!
    if (!rules.pluralSpeakerNouns.has(noun.lower)) continue
    const group = phraseBefore(tokens, at, rules)
    return group === null || at + 1 >= verb ? null : { from: group.from, to: verb }
  }
  return null
}

/** "said port director Helena Voss": plain words, a title, then the name. */
export const titledAfter = (ctx: Context, at: number): Range | null => {
  const { tokens, rules } = ctx
  for (let title = at; title < at + 3 && title < tokens.length; title += 1) {
    const token = tokens[title]!
    if (token.kind !== 'word' || token.inQuote || token.capital) return null
    if (rules.titles.has(token.lower)) {
      const named = phraseAfter(tokens, title, rules)
      return named === null ? null : beforeTime(ctx, { from: at, to: named.to })
    }
    if (rules.notUnits.has(token.lower)) return null
  }
  return null
}

export const allNames = (ctx: Context, range: Range): boolean => {
  for (let at = range.from; at < range.to; at += 1)
    if (!isNameWord(ctx.tokens, at, ctx.rules)) return false
  return range.to - range.from >= 2
}

/**
 * People a sentence introduces, so a later "he" or "she" can refer to them: its subject when
 * that is a person's full name ("Greta Lind, 71, keeps a notebook"), and someone unnamed ("spoke
 * to a man who ..."), recorded as an unnamed speaker with the sentence that introduced them.
 */
export const introducedPeople = (
  tokens: Tokens,
  sentence: { readonly start: number; readonly end: number },
  source: string,
  rules: LanguageRules,
): Speaker[] => {
  const ctx: Context = { tokens, source, rules }
  const people: Speaker[] = []
  const start = subjectStart(ctx)
  const subject = start < 0 ? null : phraseAfter(tokens, start, rules)
  if (subject !== null && allNames(ctx, subject)) {
    const speaker = speakerOf(tokens, subject, source, rules)
    if (speaker.type === 'person' || speaker.type === 'name')
      people.push({ ...speaker, type: 'person' })
  }
  for (let at = 0; at + 1 < tokens.length; at += 1) {
    const token = tokens[at]!
    if (token.inQuote || !rules.indefinites.has(token.lower)) continue
    const next = tokens[at + 1]!
    const noun = rules.personNouns.has(bare(next)) ? next : tokens[at + 2]
    if (noun === undefined || !rules.personNouns.has(bare(noun))) continue
    people.push({
      who: UNNAMED_SPEAKER,
      role: source.slice(sentence.start, sentence.end).slice(0, MAX_UNNAMED * 2),
      type: 'person',
      plural: false,
    })
    break
  }
  return people
}
