import type { Range } from '../noun-phrases'
import { has } from '../own'
import { subjectStart } from '../subject'
import type { Context } from '../subject'
import { isPossessive } from '../tokens'

/** Tokens a description before a name may take: "The council's cabinet member for transport". */
export const MAX_DESCRIPTION = 12

/**
 * "The council's cabinet member for transport, Gareth Noyes, said", "Le gestionnaire du réseau,
 * Réseau Atlantique, indique": the sentence opens with a description (a determiner or a
 * possessive, then any plain words) that the name after the comma is.
 */
export const openingDescription = (
  ctx: Context,
  comma: number,
  from: number = subjectStart(ctx),
): Range | null => {
  const { tokens, rules } = ctx
  const opener = tokens[from]
  if (opener === undefined || from >= comma - 1 || comma - from > MAX_DESCRIPTION) return null
  const determined = rules.determiners.has(opener.lower)
  if (!determined && !(isPossessive(opener) && opener.capital)) return null
  for (let at = from; at < comma; at += 1) {
    const token = tokens[at]!
    if (token.kind !== 'word' || token.inQuote || has(rules.speechVerbs, token.lower)) return null
  }
  return { from: determined ? from + 1 : from, to: comma }
}
