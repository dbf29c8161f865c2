import type { FoundFigure } from './figures'
import type { Revision } from './revisions'
import type { LanguageRules } from './rules'
import type { Token } from './tokens'

/** Words between a revision verb and its direction: "revu son estimation à la hausse". */
const DIRECTION_WORDS = 5
/**
 * "hausse", "upwards": shorter directions ("up", "down") also make phrasal verbs ("cut down",
 * "set up"), so they say nothing of a revision's direction on their own.
 */
const DIRECTION_LENGTH = 5

/**
 * "Le SDIS a revu son estimation à la hausse : ce sont finalement 4 500 m² qui ont brûlé", "the
 * figure was revised downwards by the ministry, which now counts 31": a revision given only a
 * direction, its new figure stated later in the sentence in words of its own (after a colon, in
 * a relative clause, in a quotation), not after "to". The first count or measure after the
 * direction is the revised figure; the claim it revises is in an earlier sentence. A figure
 * between the verb and its direction ("revised 12 cases upwards") makes it another shape, and
 * links nothing.
 */
export const revisedInDirection = (
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
  source: string,
  rules: LanguageRules,
): Revision[] => {
  const { revision } = rules
  // Most sentences name no direction at all: nothing to look for then, verb by verb.
  const directed = (token: Token): boolean =>
    revision.directions.has(token.lower) && token.lower.length >= DIRECTION_LENGTH
  if (!tokens.some(directed)) return []
  for (let verb = 0; verb < tokens.length; verb += 1) {
    const token = tokens[verb]!
    if (token.inQuote || !revisionVerb(token.lower, rules)) continue
    let direction = -1
    for (let at = verb + 1; at < tokens.length && at <= verb + DIRECTION_WORDS; at += 1) {
      const word = tokens[at]!
      if (word.kind !== 'word') break
      if (directed(word)) {
        direction = at
        break
      }
    }
    if (direction < 0) continue
    const after = tokens[direction]!.end
    const revised = figures.find(
      (figure) =>
        figure.start >= after &&
        !figure.minor &&
        (figure.category === 'count' || figure.category === 'measure'),
    )
    if (revised === undefined) continue
    return [
      {
        revised,
        clauseStart: token.start,
        clauseEnd: revised.end,
        cue: source.slice(token.start, after),
      },
    ]
  }
  return []
}

/**
 * "revue", "revus": a participle agreeing with what was revised ("une estimation revue"). Asked
 * of every word of a sentence that has no other revision: an ending is stripped only where there
 * is one to strip.
 */
const revisionVerb = (word: string, rules: LanguageRules): boolean => {
  if (rules.revision.verbs.has(word)) return true
  if (!word.endsWith('e') && !word.endsWith('s')) return false
  return rules.revision.verbs.has(word.replace(/e?s$|e$/u, ''))
}
