import { phraseAfter } from '../noun-phrases'
import type { Range } from '../noun-phrases'
import { subjectStart } from '../subject'
import type { Context } from '../subject'
import { nounIn } from '../tokens'

/**
 * "The State Hydrometeorological Service recorded 310 millimetres", "The Red Cross Society put
 * the number … at 2,900": an organisation named with capitals as the subject of a sentence with
 * a figure is its source, whatever its verb (the caller checks the figure).
 */
export const organisationSubject = (ctx: Context): Range | null => {
  const { tokens, rules } = ctx
  const start = subjectStart(ctx)
  if (start < 0) return null
  const range = phraseAfter(tokens, start, rules)
  if (range === null || range.to - range.from < 2) return null
  const head = tokens[range.to - 1]!
  const verb = tokens[range.to]
  // "Calderbrook Water", "Varrow Island Lines": a company's name says it is one.
  const named =
    head.capital &&
    !head.inQuote &&
    (nounIn(rules.orgWords, head) ||
      rules.companyNameWords.has(head.lower) ||
      rules.utilityNameWords.has(head.lower))
  const verbFollows = verb !== undefined && verb.kind === 'word' && !verb.capital && !verb.inQuote
  return named && verbFollows ? range : null
}
