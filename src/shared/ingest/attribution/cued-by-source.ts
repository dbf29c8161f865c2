import { dataAuthor, sourceAfter } from '../document-sources'
import { forWhomOpening } from '../for-whom'
import { phraseAfter } from '../noun-phrases'
import type { Range } from '../noun-phrases'
import { has } from '../own'
import { MAX_UNNAMED } from '../speaker-shapes/indefinite-subject'
import { nameAfterSource, roleAfterName } from '../source-apposition'
import { isPunct, liveBlogStamp, subjectStart } from '../subject'
import type { Context } from '../subject'
import { bare, nounIn, phraseAt } from '../tokens'
import { openingDocument } from './document-speaker'
import type { CuedSpeaker, Found } from './found'

const cued = (found: Found, cue: string, verbAt: number): CuedSpeaker => ({
  found,
  cue,
  verbAt,
  ifNamedBefore: false,
})

/** "According to the ministry, …", "Selon lui, …": a source phrase and whoever it names. */
export const cuedBySourcePhrase = (ctx: Context): CuedSpeaker | null => {
  const { tokens, rules, source } = ctx
  for (let i = 0; i < tokens.length; i += 1) {
    if (tokens[i]!.inQuote) continue
    const phrase = phraseAt(tokens, i, rules.sourcePhrases)
    if (phrase === null) continue
    // "According to her, …", "Selon lui, …": whoever the pronoun refers to.
    const object = tokens[i + phrase.length]
    const pronoun =
      object === undefined || object.inQuote || !has(rules.objectPronouns, object.lower)
        ? undefined
        : rules.objectPronouns[object.lower]
    if (pronoun !== undefined && isPunct(tokens[i + phrase.length + 1], ','))
      return cued({ pronoun }, phrase.join(' '), i + phrase.length - 1)
    const named = phraseAfter(tokens, i + phrase.length, rules)
    const document = sourceAfter(tokens, i + phrase.length, rules)
    const longer = document !== null && (named === null || document.to > named.to)
    const range = longer ? (dataAuthor(tokens, document, rules) ?? document) : named
    if (range !== null) {
      // "according to an official", "according to a senior manager at Westmarch who …":
      // someone the story does not name.
      const unnamed = unnamedSource(ctx, i + phrase.length, range)
      if (unnamed !== null) return cued({ unnamed }, phrase.join(' '), i + phrase.length - 1)
      const role = longer ? undefined : roleAfterName(tokens, range, source, rules)
      const found =
        nameAfterSource(tokens, i + phrase.length, range, source, rules) ??
        (role === undefined ? { range } : { range, role })
      return cued(found, phrase.join(' '), i + phrase.length - 1)
    }
    // "according to the administrators, Penrose Kettle LLP.": a description no table knows,
    // then the name it describes.
    const start = i + phrase.length
    const determiner = tokens[start] !== undefined && rules.determiners.has(tokens[start]!.lower)
    const described = { from: start, to: determiner ? start + 1 : start }
    const apposed = determiner ? nameAfterSource(tokens, start, described, source, rules) : null
    if (apposed !== null) return cued(apposed, phrase.join(' '), start - 1)
  }
  return null
}

/**
 * "an official", "a senior manager": an indefinite article, then plain lowercase words read as
 * the source ending in a word for a person or a title, is someone unnamed; their words (to the
 * end of the phrase) are kept.
 */
const unnamedSource = (ctx: Context, start: number, range: Range): string | null => {
  const { tokens, rules, source } = ctx
  const article = tokens[start]
  if (article === undefined || !rules.indefinites.has(article.lower) || range.from > start + 1)
    return null
  for (let at = start + 1; at < range.to; at += 1)
    if (tokens[at]!.capital || tokens[at]!.kind !== 'word') return null
  // A person by what they are, not a document or a body: "a report by …" stays a source.
  const head = bare(tokens[range.to - 1]!)
  if (!rules.personNouns.has(head) && !rules.titles.has(head)) return null
  const text = source.slice(article.start, tokens[range.to - 1]!.end)
  return text.length <= MAX_UNNAMED ? text : null
}

/** Words of a live blog's label before its source: "Good news", "Latest", "An update". */
const LABEL_WORDS = 3

/**
 * "Latest from the fire service: the burnt area is now …", "14:45 Good news from Northline: …":
 * a live blog's label, its source after "from", and a colon; the source speaks.
 */
export const cuedByLabelSource = (ctx: Context): CuedSpeaker | null => {
  const { tokens, rules } = ctx
  const start = liveBlogStamp(tokens)
  const first = tokens[start]
  if (first === undefined || first.kind !== 'word' || !first.capital || first.inQuote) return null
  // "The call from Paris: …" opens a sentence, not a label.
  if (rules.determiners.has(first.lower)) return null
  for (let at = start + 1; at <= start + LABEL_WORDS; at += 1) {
    const token = tokens[at]
    if (token === undefined || token.kind !== 'word' || token.inQuote) return null
    if (rules.labelSources?.has(token.lower) !== true) continue
    const range = phraseAfter(tokens, at + 1, rules)
    return range !== null && isPunct(tokens[range.to], ':')
      ? cued({ range }, token.lower, at)
      : null
  }
  return null
}

/** "Pour Lucie Marchais, …, il faut …": a person's view, as "selon" gives it. */
export const cuedByForWhom = (ctx: Context): CuedSpeaker | null => {
  const range = forWhomOpening(ctx.tokens, ctx.rules)
  return range === null ? null : cued({ range }, ctx.tokens[0]!.lower, 0)
}

/** "A report by the county auditor", "figures from the ministry": a source noun and its author. */
export const cuedBySourceNoun = (ctx: Context): CuedSpeaker | null => {
  const { tokens, rules } = ctx
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!
    if (token.inQuote || !rules.sourceNouns.has(token.lower)) continue
    if (!rules.sourcePrepositions.has(tokens[i + 1]?.lower ?? '')) continue
    // "A report by the office of the schools commissioner, published in January, found …":
    // a document that opens the sentence is its source, with its author.
    const opening =
      nounIn(rules.documentNouns, token) && subjectStart(ctx) === i - 1
        ? openingDocument(tokens, i - 1)
        : null
    const range = opening ?? phraseAfter(tokens, i + 2, rules)
    if (range !== null && range.to > range.from)
      return cued({ range }, `${token.lower} ${tokens[i + 1]!.lower}`, i)
  }
  return null
}
