import { isNameWord } from '../noun-phrases'
import type { Range } from '../noun-phrases'
import type { Context } from '../subject'

export const allNames = (ctx: Context, range: Range): boolean => {
  for (let at = range.from; at < range.to; at += 1)
    if (!isNameWord(ctx.tokens, at, ctx.rules)) return false
  return range.to - range.from >= 2
}
