import type { Range } from '../noun-phrases'
import { subjectStart } from '../subject'
import type { Context } from '../subject'
import { openingDescription } from './opening-description'

/** "The landlord, Bramwell Property Group, said": a plain description before a name. */
export const describedBefore = (ctx: Context, comma: number): Range | null =>
  plainDescription(ctx, comma) ?? openingDescription(ctx, comma)

const plainDescription = (ctx: Context, comma: number): Range | null => {
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
