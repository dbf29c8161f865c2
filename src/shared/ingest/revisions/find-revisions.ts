import { comparedWithEarlier } from '../compared-revisions'
import { countedNoun } from '../counted'
import type { FoundFigure } from '../figures'
import { revisedInDirection } from '../revised-in-direction'
import { has } from '../own'
import type { LanguageRules } from '../rules'
import type { Token } from '../tokens'
import { corrections, withWrongNamed } from './corrections'
import { countedInSubject, objectWord } from './object-words'
import { priorFigureRevisions } from './prior-figure'
import { restatedInSentence } from './restated-in-sentence'
import { COUNTABLE, MOVABLE } from './revision'
import type { Revision } from './revision'
import { sameThing } from './same-thing'

/** How many words may stand between a date verb and "to" ("moved the start of the vote to"). */
const DATE_OBJECT_WORDS = 8
/** Words between a revision verb and "to": "increased the number of affected households to". */
const OBJECT_WORDS = 8

/** "two days later", "48 hours earlier": a figure followed by an adverb of time. */
const spanOfTime = (
  tokens: readonly Token[],
  figure: FoundFigure,
  rules: LanguageRules,
): boolean => {
  const next = tokens[figure.next]?.lower ?? ''
  const adverb = rules.timeWords.has(next) || rules.sentenceAdverbs.has(next)
  return adverb && figure.unit !== undefined && rules.durations.has(figure.unit)
}

/** ", from the 31 May date": the figure after "from", with a comma before it and an article. */
const figureAfterFrom = (
  tokens: readonly Token[],
  at: number,
  rules: LanguageRules,
  figureStartingAt: (index: number) => FoundFigure | undefined,
): FoundFigure | undefined => {
  const from = tokens[at]?.text === ',' ? at + 1 : at
  if (tokens[from]?.lower !== rules.revision.from) return undefined
  const figure = rules.determiners.has(tokens[from + 1]?.lower ?? '') ? from + 2 : from + 1
  return figureStartingAt(figure)
}

/** Words between a verb and the revision noun of its object: "the", "its earlier". */
const COUNT_OBJECT_WORDS = 3

/**
 * "brought the figure down", "pushed the toll up", "bringing the toll to 12": the verb's object
 * is a count it revises.
 */
const namesCount = (tokens: readonly Token[], verb: number, rules: LanguageRules): boolean => {
  for (let at = verb + 1; at <= verb + COUNT_OBJECT_WORDS && at < tokens.length; at += 1) {
    const lower = tokens[at]!.lower
    // "brought the figure down to 21", "bringing the toll to 12".
    if (rules.revision.nouns.has(lower)) {
      const next = tokens[at + 1]?.lower ?? ''
      return rules.revision.directions.has(next) || next === rules.revision.to
    }
    if (tokens[at]!.kind !== 'word') return false
  }
  return false
}

export const findRevisions = (
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
  source: string,
  rules: LanguageRules,
): Revision[] => {
  const { revision } = rules
  const revisions: Revision[] = []
  for (let verb = 0; verb < tokens.length; verb += 1) {
    const lowerVerb = tokens[verb]!.lower
    // "brought the figure down to 21": a verb that moves dates revises a count it names.
    // "was put back to 6 June", "brought forward to Monday".
    const particle = tokens[verb + 1]?.lower ?? ''
    const mover =
      revision.dateVerbs.has(lowerVerb) ||
      (revision.particleDateVerbs.has(lowerVerb) && revision.dateParticles.has(particle))
    const moves = mover && !namesCount(tokens, verb, rules)
    if (!revision.verbs.has(lowerVerb) && !mover) continue
    const kinds = moves ? MOVABLE : COUNTABLE
    const figureStartingAt = (index: number): FoundFigure | undefined =>
      figures.find((figure) => figure.first === index && kinds.has(figure.category)) ??
      // "moved to Thursday 3 December": the weekday before a date is no part of the figure.
      (rules.weekdays.has(tokens[index]?.lower ?? '')
        ? figures.find((figure) => figure.first === index + 1 && figure.category === 'date')
        : undefined)
    let i = verb + 1
    let from: FoundFigure | undefined
    let toll = false
    const countedWords: Token[] = []
    let partitive = false
    while (i < tokens.length && i <= verb + (moves ? DATE_OBJECT_WORDS : OBJECT_WORDS)) {
      const token = tokens[i]!
      const lower = token.lower
      if (lower === revision.from && figureStartingAt(i + 1) !== undefined) {
        from = figureStartingAt(i + 1)
        i = from!.next
        continue
      }
      // "revoit son bilan à la hausse : 260 000": "to" before a direction is not the new figure's.
      const direction = rules.determiners.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1
      if (lower === revision.to && revision.directions.has(tokens[direction]?.lower ?? '')) {
        i = direction + 1
        continue
      }
      if (lower === revision.to && (!moves || figureStartingAt(i + 1) !== undefined)) break
      // « repoussée au 8 novembre »: "to" joined with an article before a date.
      if (moves && revision.toDate.has(lower) && figureStartingAt(i + 1) !== undefined) break
      // "corrigé son chiffre : 48 %": a colon gives the new figure as "to" does.
      if (token.text === ':' && figureStartingAt(i + 1) !== undefined) break
      // "the toll" is a death toll; "the figure", "the count" take the unit of what they revise.
      if (revision.tollNouns.has(lower)) toll = true
      // "the number of affected households": what is counted, after "of", is the unit.
      // "the number of customers without power": the words after "of", up to a preposition.
      if (rules.partitives.has(lower) && countedWords.length === 0) partitive = true
      else if (countedWords.length > 0 && rules.notUnits.has(lower)) partitive = false
      else if (partitive && objectWord(token, rules)) countedWords.push(token)
      const filler = moves
        ? token.kind === 'word' && !token.inQuote
        : rules.determiners.has(lower) ||
          revision.nouns.has(lower) ||
          revision.directions.has(lower) ||
          revision.fillers.has(lower) ||
          token.text === ',' ||
          // The object is any noun phrase: "the number of affected households", "its tally".
          objectWord(token, rules) ||
          // "raised that forecast to 41C": a speech verb after a determiner is a noun.
          (!token.inQuote &&
            has(rules.speechVerbs, lower) &&
            (rules.determiners.has(tokens[i - 1]!.lower) ||
              revision.fillers.has(tokens[i - 1]!.lower)))
      if (!filler) break
      i += 1
    }
    const to = tokens[i]?.lower ?? ''
    if (to !== revision.to && !(moves && revision.toDate.has(to)) && tokens[i]?.text !== ':')
      continue
    const revised = figureStartingAt(i + 1)
    if (revised === undefined) continue

    // The clause opens with the toll it revises ("the death toll rose"), auxiliaries ("was
    // later revised") and a connective ("then", "before", "later").
    let start = verb
    while (start > 0) {
      const lower = tokens[start - 1]!.lower
      if (
        revision.clauseWords.has(lower) ||
        revision.connectives.has(lower) ||
        revision.nouns.has(lower)
      ) {
        if (revision.tollNouns.has(lower)) toll = true
        start -= 1
        continue
      }
      break
    }
    // "Two days later it raised its estimate to 4,500": a span of time is not the figure revised.
    // "the number of households without power had risen to 19,600": what is counted may be
    // the subject, before the verb, rather than the object after it.
    const subjectWords = countedWords.length > 0 ? [] : countedInSubject(tokens, start, rules)
    const counted = countedNoun(countedWords.length > 0 ? countedWords : subjectWords, rules)
    // Said in the subject, the count is what the clause is about: an earlier figure in the
    // sentence that does not say what it counts is no original of it.
    const strict = subjectWords.length > 0
    // What the revision counts, when it says: the figure it revises counts the same.
    const says = revised.unit ?? counted ?? (toll ? rules.tollUnit : undefined)
    // "revised its estimate to 18 percent from 23 percent", "extended to 30 June, from the 31
    // May date given when …": the old figure after the new one.
    const after = figureAfterFrom(tokens, revised.next, rules, figureStartingAt)
    const original =
      from ??
      after ??
      [...figures]
        .reverse()
        .find(
          (figure) =>
            figure.end <= tokens[start]!.start &&
            kinds.has(figure.category) &&
            !spanOfTime(tokens, figure, rules) &&
            (!strict || figure.unit !== undefined) &&
            sameThing(figure.unit, says, rules),
        )
    // « le report au 4 mai », with no date before it in the sentence, is read with the plans
    // the story gave before (time-moved.ts).
    if (original === undefined && to !== revision.to && to !== ':') continue
    const unit = revised.unit ?? counted ?? original?.unit ?? (toll ? rules.tollUnit : undefined)
    revisions.push({
      ...(original === undefined ? {} : { original }),
      revised: unit === undefined || revised.unit !== undefined ? revised : { ...revised, unit },
      clauseStart: tokens[start]!.start,
      clauseEnd: revised.end,
      cue: source.slice(tokens[start]!.start, tokens[i]!.end),
    })
    verb = revised.next - 1
  }
  const corrected = corrections(tokens, figures, source, rules)
  if (revisions.length > 0) return withWrongNamed(revisions, corrected)
  if (corrected.length > 0) return corrected
  const compared = comparedWithEarlier(tokens, figures, source, rules)
  if (compared.length > 0) return compared
  const prior = priorFigureRevisions(tokens, figures, source, rules)
  if (prior.length > 0) return prior
  const restated = restatedInSentence(tokens, figures, source, rules)
  return restated.length > 0 ? restated : revisedInDirection(tokens, figures, source, rules)
}
