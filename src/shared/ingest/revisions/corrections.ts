import type { FoundFigure } from '../figures'
import type { LanguageRules } from '../rules'
import type { Token } from '../tokens'
import { phraseAt } from '../tokens'
import { COUNTABLE } from './revision'
import type { Revision } from './revision'

/**
 * "78 percent, not 81 percent", "57.3%, not the 54.1% in the original paper": the first figure
 * corrects the second, stated before.
 */
export const corrections = (
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
  source: string,
  rules: LanguageRules,
): Revision[] => {
  const found: Revision[] = []
  for (let at = 1; at < tokens.length; at += 1) {
    // ", not 81", "rather than 81", ", et non 260 000": the words that name the wrong figure.
    const phrase = phraseAt(tokens, at, rules.revision.replacing)
    const negation = rules.revision.negations.has(tokens[at]!.lower) && tokens[at - 1]!.text === ','
    if (phrase === null && !negation) continue
    let after = at + (phrase?.length ?? 1)
    // ", not the 54.1% in the original paper": an article before the wrong figure.
    if (rules.determiners.has(tokens[after]?.lower ?? '')) after += 1
    const wrong = figures.find((figure) => figure.first === after && COUNTABLE.has(figure.category))
    if (wrong === undefined) continue
    const opens = tokens[at - 1]!.text === ',' ? at - 1 : at
    const right = [...figures]
      .reverse()
      .find(
        (figure) =>
          figure.next <= opens &&
          COUNTABLE.has(figure.category) &&
          (figure.unit === undefined || wrong.unit === undefined || figure.unit === wrong.unit),
      )
    if (right === undefined) continue
    found.push({
      revised:
        right.unit === undefined && wrong.unit !== undefined
          ? { ...right, unit: wrong.unit }
          : right,
      replaces: wrong,
      clauseStart: right.start,
      clauseEnd: wrong.end,
      cue: source.slice(tokens[opens]!.start, tokens[after - 1]!.end),
    })
  }
  return found
}

/**
 * "the peak was lowered to 6.12 metres, not 6.40 metres as first announced": a revision by its
 * verb that also names the figure it corrects points back at the claim that stated that figure,
 * as a correction alone does, rather than at the latest claim of its kind.
 */
export const withWrongNamed = (revisions: Revision[], corrected: readonly Revision[]): Revision[] =>
  revisions.map((revision) => {
    if (revision.original !== undefined || revision.replaces !== undefined) return revision
    const naming = corrected.find((other) => other.revised.start === revision.revised.start)
    return naming === undefined ? revision : { ...revision, replaces: naming.replaces! }
  })
