import type { FoundFigure } from '../figures'
import type { LanguageRules } from '../rules'
import type { Token } from '../tokens'
import { phraseAt } from '../tokens'
import type { Revision } from './revision'
import { sameThing } from './same-thing'

/** Words between "initially" and its figure, and between "now" and the new one. */
const MARKER_WORDS = 4
/** Words between "originally" and its figure: "originally scheduled to open in spring 2025". */
const PRIOR_WORDS = 6
/** Words between "had been" and its figure ("had been planned for 18 and 19 March"). */
const PLANNED_WORDS = 7

/** A year and a date are times alike: one may replace the other. */
const TIMES: ReadonlySet<FoundFigure['category']> = new Set(['date', 'year'])

/** Words a restated figure's clause may hold before its marker: "le projet est désormais". */
const CLAUSE_WORDS = 5

/**
 * Where the clause of the marker at `cue` opens: after the comma before it ("…, le projet est
 * désormais chiffré à"), within a few words and not before the first figure ends.
 */
const clauseOpening = (tokens: readonly Token[], cue: number, notBefore: number): number => {
  for (let at = cue - 1; at >= notBefore && at >= cue - CLAUSE_WORDS; at -= 1)
    if (tokens[at]!.kind !== 'word') return at + 1
  return cue
}

/**
 * "The hearing, initially scheduled for 4 June, will now take place on 18 June": a figure said
 * to be the first ("initially", "originally", "d'abord") and a later one of the same kind said
 * to replace it ("now", "désormais") in one sentence.
 */
export const restatedInSentence = (
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
  source: string,
  rules: LanguageRules,
): Revision[] => {
  if (figures.length < 2) return []
  const { revision } = rules
  const markedBy = (
    figure: FoundFigure,
    words: ReadonlySet<string>,
    reach = MARKER_WORDS,
  ): number => {
    for (let at = figure.first - 1; at >= 0 && at >= figure.first - reach; at -= 1)
      if (words.has(tokens[at]!.lower)) return at
    return -1
  }
  // "which had been planned for 18 and 19 March": a past perfect a few words before says the
  // figure was the first plan, as "initially" does.
  const planned = (figure: FoundFigure): boolean => {
    for (let at = figure.first - 1; at >= 0 && at >= figure.first - PLANNED_WORDS; at -= 1)
      if (phraseAt(tokens, at, revision.pastPerfect) !== null) return true
    return false
  }
  // "Budgétée à 4,2 millions d'euros …, la rénovation a finalement coûté", "The cost, put at
  // £3.6 million in 2022, …": a participle opening the sentence or an aside gives the first.
  const opening = (figure: FoundFigure): boolean => {
    const at = markedBy(figure, revision.priorParticiples)
    return at === 0 || (at > 0 && tokens[at - 1]!.text === ',')
  }
  for (const first of figures) {
    if (markedBy(first, revision.priorWords, PRIOR_WORDS) < 0 && !planned(first) && !opening(first))
      continue
    for (const later of figures) {
      if (later.first <= first.next) continue
      // "originally scheduled to open in spring 2025, will now open in January 2026".
      const times = TIMES.has(first.category) && TIMES.has(later.category)
      if (later.category !== first.category && !times) continue
      // Both say what they count, and it is the same: "4 June" and "18 June", not "5 people"
      // and "12 boats".
      const counts = first.unit !== undefined && later.unit !== undefined
      const same = times || sameThing(first.unit, later.unit, rules)
      if (!counts || rules.anyUnits.has(first.unit!) || !same) continue
      // "on 2 and 3 June": the marker is read from the first day of the pair.
      const pair = figures.find(
        (figure) =>
          figure.next === later.first - 1 && rules.conjunctions.has(tokens[figure.next]!.lower),
      )
      const marked = pair ?? later
      const restated = markedBy(marked, revision.restating)
      const cue = restated >= 0 ? restated : markedBy(marked, revision.settledWords)
      if (cue < first.next) continue
      const start = clauseOpening(tokens, cue, first.next)
      return [
        {
          original: first,
          revised: later,
          clauseStart: tokens[start]!.start,
          clauseEnd: later.end,
          cue: source.slice(tokens[cue]!.start, tokens[cue]!.end),
          subjectRevised: true,
        },
      ]
    }
  }
  return []
}
