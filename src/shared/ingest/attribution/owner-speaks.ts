import { dataAuthor, dataOwner, namedAuthor } from '../document-sources'
import type { Range } from '../noun-phrases'
import type { Context } from '../subject'
import type { Found } from './found'

/**
 * "The bureau's data show": the bureau speaks; so does X in "Figures from X show", and the
 * named author of a document. Any other document speaks as itself, without "its own".
 */
export const ownerSpeaks = (ctx: Context, found: Found): Found => {
  const { tokens, rules } = ctx
  const owner =
    found.range === undefined
      ? null
      : (dataOwner(tokens, found.range, rules) ?? dataAuthor(tokens, found.range, rules, false))
  const author =
    owner === null && found.range !== undefined ? namedAuthor(tokens, found.range, rules) : null
  if (owner !== null)
    return { range: owner, ...(found.role === undefined ? {} : { role: found.role }) }
  if (author !== null) return { range: author }
  // "Its own annual waste return puts the rate at 51%": the document is "annual waste return".
  if (found.range !== undefined) return { ...found, range: withoutOwnDeterminer(ctx, found.range) }
  return found
}

/** "Its own annual waste return" names "annual waste return": "its own" is no part of it. */
const withoutOwnDeterminer = (ctx: Context, range: Range): Range => {
  const { tokens, rules } = ctx
  const first = tokens[range.from]
  const own = tokens[range.from + 1]
  return first !== undefined &&
    own !== undefined &&
    rules.determiners.has(first.lower) &&
    rules.ownWords.has(own.lower) &&
    range.to > range.from + 2
    ? { from: range.from + 2, to: range.to }
    : range
}
