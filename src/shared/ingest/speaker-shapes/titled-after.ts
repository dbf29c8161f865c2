import { phraseAfter } from '../noun-phrases'
import type { Range } from '../noun-phrases'
import type { Context } from '../subject'
import { timeAt } from '../time-phrases'

/** A name phrase ends where a time starts: "said Helena Voss on Wednesday". */
export const beforeTime = (ctx: Context, range: Range): Range => {
  for (let at = range.from + 1; at < range.to; at += 1) {
    if (timeAt(ctx.tokens, at, ctx.source, ctx.rules) !== null) return { from: range.from, to: at }
  }
  return range
}

/** "said port director Helena Voss": plain words, a title, then the name. */
export const titledAfter = (ctx: Context, at: number): Range | null => {
  const { tokens, rules } = ctx
  for (let title = at; title < at + 3 && title < tokens.length; title += 1) {
    const token = tokens[title]!
    if (token.kind !== 'word' || token.inQuote || token.capital) return null
    if (rules.titles.has(token.lower)) {
      const named = phraseAfter(tokens, title, rules)
      return named === null ? null : beforeTime(ctx, { from: at, to: named.to })
    }
    if (rules.notUnits.has(token.lower)) return null
  }
  return null
}
