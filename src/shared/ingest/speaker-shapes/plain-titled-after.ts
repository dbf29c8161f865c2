import { isNameWord } from '../noun-phrases'
import type { Range } from '../noun-phrases'
import { has } from '../own'
import { isPunct } from '../subject'
import type { Context } from '../subject'
import type { Token } from '../tokens'
import { allNames } from './all-names'
import { MAX_TITLE_WORDS } from './name-in-apposition'

/** Plain words between a verb and the speaker after it: "sur place", "on site". */
const MAX_WORDS_BEFORE_DETERMINER = 2

/**
 * '», a déclaré sur place le commandant Odilon Vey, du centre de secours.': after the verb (and
 * at most two plain words), a determiner, a few plain words the tables need not know as a
 * title, and a name of two words or more that ends the clause. The name speaks; the plain words
 * are the role.
 */
export const plainTitledAfter = (
  ctx: Context,
  at: number,
): { readonly range: Range; readonly role: Range } | null => {
  const { tokens, rules } = ctx
  const plain = (token: Token | undefined): token is Token =>
    token !== undefined &&
    token.kind === 'word' &&
    !token.inQuote &&
    !token.capital &&
    !has(rules.speechVerbs, token.lower)
  let start = at
  while (
    start < at + MAX_WORDS_BEFORE_DETERMINER &&
    plain(tokens[start]) &&
    !rules.determiners.has(tokens[start]!.lower) &&
    !rules.relativePronouns.has(tokens[start]!.lower) &&
    !rules.demonstratives.has(tokens[start]!.lower)
  )
    start += 1
  if (!rules.determiners.has(tokens[start]?.lower ?? '')) return null
  let name = start + 1
  while (name < start + 1 + MAX_TITLE_WORDS && plain(tokens[name])) {
    if (rules.notUnits.has(tokens[name]!.lower)) return null
    name += 1
  }
  if (name === start + 1) return null
  let end = name
  while (end < tokens.length && isNameWord(tokens, end, rules)) end += 1
  const range = { from: name, to: end }
  const closes = end >= tokens.length || isPunct(tokens[end], '.,;!?')
  return closes && allNames(ctx, range) ? { range, role: { from: start + 1, to: name } } : null
}
