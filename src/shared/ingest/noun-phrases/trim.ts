import type { LanguageRules } from '../rules'
import type { Range, Tokens } from './range'
import { isDeterminer, isHead, isParticle } from './word-classes'

/** Drops what cannot end a phrase from its right edge and stray particles from its left. */
export const trim = (tokens: Tokens, range: Range, rules: LanguageRules): Range | null => {
  let { from, to } = range
  while (to > from && !isHead(tokens, to - 1, rules)) to -= 1
  while (from < to && isParticle(tokens[from], rules) && !isDeterminer(tokens[from], rules))
    from += 1
  if (to <= from) return null
  for (let i = from; i < to; i += 1) if (isHead(tokens, i, rules)) return { from, to }
  return null
}
