import type { Range } from '../noun-phrases'
import { isPunct, subjectStart } from '../subject'
import type { Context } from '../subject'

/**
 * "Aid workers in the camp said": a plural common noun the tables need not know, opening the
 * sentence's subject (with at most one word before it), is a group of people.
 */
export const pluralOpening = (ctx: Context, at: number): boolean => {
  const start = subjectStart(ctx)
  return start >= 0 && at - start <= 1 && plainPlural(ctx, at)
}

/** A lowercase word that reads as a plural common noun, not a unit, a document or data. */
const plainPlural = (ctx: Context, at: number): boolean => {
  const { tokens, rules } = ctx
  const noun = tokens[at]!
  if (noun.kind !== 'word' || noun.inQuote) return false
  const word = noun.lower
  return (
    word.length > 3 &&
    word.endsWith('s') &&
    !word.endsWith('ss') &&
    !rules.notUnits.has(word) &&
    !rules.documentNouns.has(word) &&
    !rules.dataNouns.has(word)
  )
}

const ASIDE_ARTICLES: ReadonlySet<string> = new Set(['the', 'les'])

/**
 * "On Monday, prosecutors told the jury": a plural common noun the tables need not know, alone
 * as the sentence's subject (lowercase, after any opening phrase) right before the verb.
 */
export const pluralSubject = (ctx: Context, before: number): Range | null => {
  const at = before - 1
  const noun = ctx.tokens[at]
  // The cheap tests first: most verbs have no plain word ending in "s" before them.
  if (noun === undefined || noun.kind !== 'word' || noun.capital || !noun.lower.endsWith('s'))
    return null
  if (at === subjectStart(ctx) && pluralOpening(ctx, at)) return { from: at, to: before }
  // "Of the difference, the auditors say, £4.6 million …": "the" and the plural noun as an aside
  // between commas, whatever the noun; the aside is the claim's source as "he says" would be.
  const article = ctx.tokens[at - 1]
  const aside =
    article !== undefined &&
    !article.inQuote &&
    ASIDE_ARTICLES.has(article.lower) &&
    isPunct(ctx.tokens[at - 2], ',') &&
    isPunct(ctx.tokens[before + 1], ',')
  return aside && plainPlural(ctx, at) ? { from: at, to: before } : null
}
