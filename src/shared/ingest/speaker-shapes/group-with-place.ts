import { phraseBefore } from '../noun-phrases'
import type { Range } from '../noun-phrases'
import { subjectStart } from '../subject'
import type { Context } from '../subject'
import { pluralOpening } from './plural-subject'

/**
 * "Doctors at the city hospital said", "Tenants in the Kettle Lane flats say": a group named by
 * where it is, read back from the verb to a plural speaker noun and its preposition.
 */
export const groupWithPlace = (ctx: Context, verb: number): Range | null => {
  const { tokens, rules } = ctx
  for (let at = verb - 1; at > 0 && at >= verb - 10; at -= 1) {
    const token = tokens[at]!
    if (token.kind !== 'word' || token.inQuote) return null
    if (!rules.placePrepositions.has(token.lower)) continue
    const noun = tokens[at - 1]!
    if (pluralOpening(ctx, at - 1) && at + 1 < verb) return { from: subjectStart(ctx), to: verb }
    if (!rules.pluralSpeakerNouns.has(noun.lower)) continue
    const group = phraseBefore(tokens, at, rules)
    return group === null || at + 1 >= verb ? null : { from: group.from, to: verb }
  }
  return null
}
