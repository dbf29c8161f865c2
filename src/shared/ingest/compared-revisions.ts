import type { FoundFigure } from './figures'
import type { Revision } from './revisions'
import type { LanguageRules } from './rules'
import type { Token } from './tokens'
import { phraseAt } from './tokens'

/** Words between the comparing phrase and the earlier figure: "the original budget of". */
const BETWEEN_WORDS = 4

/**
 * "£9.1 million total cost, up from the original budget of £8.4 million", "will open on 9 May
 * 2027, later than the 2 May 2027 date announced": a figure, a comma, a phrase that compares it
 * with an earlier one ("up from", "later than") and, within a few words, that earlier figure of
 * the same kind. The earlier figure is revised by the first. A date moved needs nothing more; an
 * amount or a count needs a word saying the earlier one came first ("original", "previous"), so
 * "5.1 percent, up from 4.8 percent a year before" (two times, not a revision) is not one. The
 * revision's clause is the new figure's, from the sentence's start or its last comma before the
 * figure up to the comparing phrase.
 */
export const comparedWithEarlier = (
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
  source: string,
  rules: LanguageRules,
): Revision[] => {
  // Two figures at least: most sentences have fewer, and need no look at their commas.
  if (figures.length < 2) return []
  const { revision } = rules
  for (let comma = 1; comma < tokens.length; comma += 1) {
    if (tokens[comma]!.text !== ',') continue
    const phrase = phraseAt(tokens, comma + 1, revision.comparing)
    if (phrase === null) continue
    const after = comma + 1 + phrase.length
    const earlier = figures.find(
      (figure) => figure.first >= after && figure.first <= after + BETWEEN_WORDS,
    )
    if (earlier === undefined) continue
    let prior = false
    for (let at = after; at < earlier.first; at += 1) {
      const token = tokens[at]!
      if (token.kind !== 'word' || token.capital || token.inQuote) {
        prior = false
        break
      }
      if (revision.priorWords.has(token.lower)) prior = true
    }
    const dates = earlier.category === 'date'
    if (!dates && !prior) continue
    const revised = [...figures]
      .reverse()
      .find(
        (figure) =>
          figure.next <= comma &&
          figure.category === earlier.category &&
          (figure.unit === undefined || earlier.unit === undefined || figure.unit === earlier.unit),
      )
    if (revised === undefined) continue
    let start = revised.first
    while (start > 0 && tokens[start - 1]!.text !== ',') start -= 1
    return [
      {
        original: earlier,
        revised,
        clauseStart: tokens[start]!.start,
        clauseEnd: tokens[comma - 1]!.end,
        cue: source.slice(tokens[comma + 1]!.start, tokens[after - 1]!.end),
      },
    ]
  }
  return []
}
