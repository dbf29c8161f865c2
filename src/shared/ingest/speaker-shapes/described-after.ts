import type { Range } from '../noun-phrases'
import { has } from '../own'
import { isPunct } from '../subject'
import type { Context } from '../subject'
import { nameInApposition } from './name-in-apposition'
import { MAX_DESCRIPTION } from './opening-description'

/**
 * '"...," said the quarry's site manager, Odile Frankel.': after the verb a description the
 * tables need not know (a determiner and plain words), a comma, and the name that ends the
 * clause. Returns the name's range and the description, or null.
 */
export const describedAfter = (
  ctx: Context,
  at: number,
): { readonly range: Range; readonly role: Range } | null => {
  const { tokens, rules } = ctx
  const opener = tokens[at]
  if (opener === undefined || opener.inQuote || !rules.determiners.has(opener.lower)) return null
  let comma = at + 1
  while (comma < tokens.length && comma <= at + MAX_DESCRIPTION) {
    const token = tokens[comma]!
    if (isPunct(token, ',')) break
    // "le secrétaire général de l'Union des meuniers (UDM), Gaspard Lemoal": an acronym aside.
    if (
      isPunct(token, '(') &&
      isPunct(tokens[comma + 2], ')') &&
      tokens[comma + 1]?.kind === 'word'
    ) {
      comma += 3
      continue
    }
    if (token.kind !== 'word' || token.inQuote || has(rules.speechVerbs, token.lower)) return null
    comma += 1
  }
  if (!isPunct(tokens[comma], ',') || comma === at + 1) return null
  const range = nameInApposition(ctx, comma + 1)
  return range === null ? null : { range, role: { from: at + 1, to: comma } }
}
