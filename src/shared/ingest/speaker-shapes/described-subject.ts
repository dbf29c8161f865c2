import { isNameWord } from '../noun-phrases'
import type { Range } from '../noun-phrases'
import { isPunct, subjectStart } from '../subject'
import type { Context } from '../subject'
import { isPossessive } from '../tokens'
import { allNames } from './all-names'
import { MAX_DESCRIPTION, openingDescription } from './opening-description'

/**
 * "By late afternoon the regional governor, Aurelia Vossberg, had raised the toll to 23": the
 * subject is a description (a determiner or a possessive, then plain words), a comma, a name of
 * two words or more and a comma, and a lowercase word (its verb, whatever it is) follows. Returns
 * the name and the description, or null.
 */
export const describedSubject = (
  ctx: Context,
  /** Where the subject starts, when the caller has read it already. */
  from: number = subjectStart(ctx),
): { readonly range: Range; readonly role: Range } | null => {
  const { tokens, rules } = ctx
  const opener = tokens[from]
  if (opener === undefined || (!rules.determiners.has(opener.lower) && !isPossessive(opener)))
    return null
  let comma = from + 1
  while (comma < tokens.length && comma - from <= MAX_DESCRIPTION && !isPunct(tokens[comma], ','))
    comma += 1
  if (!isPunct(tokens[comma], ',')) return null
  const role = openingDescription(ctx, comma, from)
  if (role === null) return null
  let end = comma + 1
  while (end < tokens.length && isNameWord(tokens, end, rules)) end += 1
  const range = { from: comma + 1, to: end }
  const verb = tokens[end + 1]
  const followed =
    isPunct(tokens[end], ',') &&
    verb !== undefined &&
    verb.kind === 'word' &&
    !verb.capital &&
    !verb.inQuote
  return followed && allNames(ctx, range) ? { range, role } : null
}
