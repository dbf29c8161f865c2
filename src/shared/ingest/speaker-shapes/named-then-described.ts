import { isNameWord } from '../noun-phrases'
import type { Range } from '../noun-phrases'
import { has } from '../own'
import { isPunct, subjectStart } from '../subject'
import type { Context } from '../subject'
import { bare } from '../tokens'
import { allNames } from './all-names'
import { MAX_DESCRIPTION } from './opening-description'

/**
 * "Overnight, Colonel Sam Aubanel, the fire service's director, raised the figure to 1,700",
 * « Dans la nuit, le colonel Sébastien Aubanel, directeur du SDIS, a porté ce chiffre à … »: the
 * subject is a name of two words or more (after a title, with or without its article), a comma,
 * a description with a plain word in it and no verb of speech, a comma, and a verb of revision
 * (after its auxiliaries) follows: who revised is named, not whoever spoke last. Returns the name
 * and the description, or null.
 */
export const namedThenDescribed = (
  ctx: Context,
): { readonly range: Range; readonly role: Range } | null => {
  const { tokens, rules } = ctx
  let from = subjectStart(ctx)
  if (from < 0) return null
  if (rules.determiners.has(tokens[from]?.lower ?? '')) from += 1
  while (tokens[from] !== undefined && rules.titles.has(bare(tokens[from]!))) from += 1
  let end = from
  while (end < tokens.length && isNameWord(tokens, end, rules)) end += 1
  const range = { from, to: end }
  if (!isPunct(tokens[end], ',') || !allNames(ctx, range)) return null
  let close = end + 1
  let plain = false
  for (; close < tokens.length && close - end <= MAX_DESCRIPTION; close += 1) {
    const token = tokens[close]!
    if (isPunct(token, ',')) break
    if (token.inQuote || has(rules.speechVerbs, token.lower)) return null
    const word = token.kind === 'word' && !token.capital
    if (word && !rules.conjunctions.has(token.lower) && !rules.determiners.has(token.lower))
      plain = true
  }
  let verb = close + 1
  while (rules.betweenSpeakerAndVerb.has(tokens[verb]?.lower ?? '')) verb += 1
  const revises =
    isPunct(tokens[close], ',') &&
    close > end + 1 &&
    tokens[verb]?.inQuote === false &&
    rules.revision.verbs.has(tokens[verb]!.lower)
  return revises && plain ? { range, role: { from: end + 1, to: close } } : null
}
