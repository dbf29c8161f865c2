import type { Range } from '../noun-phrases'
import { isPunct, subjectStart } from '../subject'
import type { Context } from '../subject'
import { openingDescription } from './opening-description'

/**
 * "The landlord, Bramwell Property Group, said": a plain description before a name, opening the
 * sentence or, after the claim, a comma ("…, a service forecaster, Aled Morrow, said").
 */
export const describedBefore = (ctx: Context, comma: number): Range | null =>
  plainDescription(ctx, comma) ?? openingDescription(ctx, comma) ?? trailingDescription(ctx, comma)

/** Words a trailing description may hold: "the authority's chief executive". */
const TRAILING_WORDS = 4

/**
 * "…, the chief executive, Gordon Falk, said", "…, and its founder, Ishbel Gairloch, says": a
 * description with its determiner, in plain lowercase words (a possessive among them), between
 * a comma (or ", and") and the comma before the name. Without a determiner it is no description
 * ("Marion Achterberg, 67, from Lower Dunsby, said").
 */
const trailingDescription = (ctx: Context, comma: number): Range | null => {
  const { tokens, rules } = ctx
  let from = comma
  while (from > 0 && comma - from < TRAILING_WORDS) {
    const token = tokens[from - 1]!
    if (token.kind !== 'word' || token.inQuote || token.capital) return null
    if (rules.determiners.has(token.lower)) break
    if (rules.notUnits.has(token.lower)) return null
    from -= 1
  }
  const determiner = tokens[from - 1]
  if (from === comma || determiner === undefined || !rules.determiners.has(determiner.lower))
    return null
  const opening = tokens[from - 2]?.lower === 'and' ? from - 3 : from - 2
  return isPunct(tokens[opening], ',') ? { from, to: comma } : null
}

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
