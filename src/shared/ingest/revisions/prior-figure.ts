import type { FoundFigure } from '../figures'
import type { LanguageRules } from '../rules'
import type { Token } from '../tokens'
import { COUNTABLE } from './revision'
import type { Revision } from './revision'

/** Words in "its earlier figure", "son bilan précédent". */
const PRIOR_OBJECT_WORDS = 4

/**
 * "2,900 people were evacuated, lowering its earlier figure": the verb names no new figure, but
 * its object is an earlier one, so the sentence's figure before the verb is the revised one. A
 * figure after the object ("its earlier estimate of 1,500") is the one it replaces.
 */
export const priorFigureRevisions = (
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
  source: string,
  rules: LanguageRules,
): Revision[] => {
  const { revision } = rules
  for (let verb = 1; verb < tokens.length; verb += 1) {
    if (!revision.verbs.has(tokens[verb]!.lower)) continue
    let at = verb + 1
    let prior = false
    let noun = false
    while (at < tokens.length && at <= verb + PRIOR_OBJECT_WORDS) {
      const lower = tokens[at]!.lower
      if (revision.priorWords.has(lower)) prior = true
      else if (revision.nouns.has(lower)) noun = true
      else if (!rules.determiners.has(lower)) break
      at += 1
    }
    if (!prior || !noun) continue
    const revised = [...figures]
      .reverse()
      .find((figure) => figure.end <= tokens[verb]!.start && COUNTABLE.has(figure.category))
    if (revised === undefined) continue
    const stated =
      tokens[at]?.lower === revision.from
        ? figures.find((figure) => figure.first === at + 1 && COUNTABLE.has(figure.category))
        : undefined
    return [
      {
        revised,
        ...(stated === undefined ? {} : { replaces: stated }),
        clauseStart: revised.start,
        clauseEnd: tokens[at - 1]!.end,
        cue: source.slice(tokens[verb]!.start, tokens[at - 1]!.end),
      },
    ]
  }
  return []
}
