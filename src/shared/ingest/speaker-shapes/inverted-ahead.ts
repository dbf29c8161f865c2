import { phraseAfter } from '../noun-phrases'
import { isPunct } from '../subject'
import type { Context } from '../subject'
import { timeAt } from '../time-phrases'
import { allNames } from './all-names'
import { nameInApposition } from './name-in-apposition'

/**
 * ", a annoncé mercredi la préfecture.": the speaker follows the verb and ends the clause, so
 * the comma before the verb closes the claim rather than an apposition.
 */
export const invertedAhead = (ctx: Context, at: number): boolean => {
  const { tokens, rules, source } = ctx
  const from = timeAt(tokens, at + 1, source, rules)?.next ?? at + 1
  const after = phraseAfter(tokens, from, rules)
  if (after === null) return false
  const next = tokens[after.to]
  return (
    next === undefined ||
    isPunct(next, '.;!?') ||
    rules.timePrepositions.has(next.lower) ||
    // ", a indiqué la porte-parole des pompiers, la commandante Karine Fabre."
    (isPunct(next, ',') &&
      rules.determiners.has(tokens[after.from]!.lower) &&
      nameInApposition(ctx, after.to + 1) !== null) ||
    // "», a déclaré le commandant Odilon Vey, du centre de secours.": a name of two words or
    // more ends the phrase after the verb, and an aside about it follows the comma.
    (isPunct(next, ',') &&
      allNames(ctx, { from: Math.max(after.from, after.to - 2), to: after.to }))
  )
}
