import { isSubject } from '../subject'
import type { Context } from '../subject'
import { timeAt, timeWithin } from '../time-phrases'
import { skipBetween } from './between-speaker-and-verb'
import type { Found } from './found'

/**
 * When the speaker said it, as the words around its cue (at `verbAt`) tell: right after the
 * verb, between speaker and verb, before a subject that speaks, or after a name the verb
 * precedes. Undefined when nothing there is a time, or there was no cue word.
 */
export const whenSaid = (ctx: Context, found: Found, verbAt: number): string | undefined => {
  if (verbAt < 0) return undefined
  const { tokens, rules, source } = ctx
  const time =
    timeAt(tokens, verbAt + 1, source, rules) ??
    timeWithin(tokens, skipBetween(ctx, verbAt), verbAt, source, rules) ??
    (found.range !== undefined && found.range.from > 0 && isSubject(ctx, found.range)
      ? timeWithin(tokens, 0, found.range.from, source, rules)
      : null) ??
    // "said port director Helena Voss on Wednesday".
    (found.range !== undefined && found.range.from > verbAt
      ? timeAt(tokens, found.range.to, source, rules)
      : null)
  return time?.text
}
