import { comparedWithEarlier } from './compared-revisions'
import { countedNoun } from './counted'
import { revisedInDirection } from './revised-in-direction'
import type { FoundFigure } from './figures'
import { has } from './own'
import type { LanguageRules } from './rules'
import type { Token } from './tokens'
import { phraseAt } from './tokens'

/**
 * A figure revised within a sentence: "31 (later revised to 27)", "9 killed, then lowered to
 * zero", "raised the toll from 12 to 30". Without a first figure in the sentence the revision
 * refers to an earlier sentence ("The toll later rose to 31").
 */
export interface Revision {
  readonly original?: FoundFigure
  readonly revised: FoundFigure
  /** Source offsets of the clause that states the revision. */
  readonly clauseStart: number
  readonly clauseEnd: number
  readonly cue: string
  /**
   * The figure a correction names as wrong ("78 percent, not 81 percent"): the revision in a
   * later sentence points back at the claim that stated it.
   */
  readonly replaces?: FoundFigure
}

const COUNTABLE = new Set<FoundFigure['category']>(['count', 'measure'])
const MOVABLE = new Set<FoundFigure['category']>(['date'])
/** How many words may stand between a date verb and "to" ("moved the start of the vote to"). */
const DATE_OBJECT_WORDS = 8
/** Words between a revision verb and "to": "increased the number of affected households to". */
const OBJECT_WORDS = 8
/** Words in "its earlier figure", "son bilan précédent". */
const PRIOR_OBJECT_WORDS = 4

/**
 * A plain word in a revision's object ("affected", "households", "of"): lowercase, outside a
 * quotation, and not a word that starts another clause ("that", "said").
 */
const objectWord = (token: Token, rules: LanguageRules): boolean =>
  token.kind === 'word' &&
  !token.inQuote &&
  !token.capital &&
  !has(rules.speechVerbs, token.lower) &&
  !rules.relativePronouns.has(token.lower) &&
  !rules.linkingVerbs.has(token.lower) &&
  !rules.revision.verbs.has(token.lower)

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

/** Two units that may count the same thing: one unknown, equal, "people", or one family. */
const sameThing = (a: string | undefined, b: string | undefined, rules: LanguageRules): boolean =>
  a === undefined ||
  b === undefined ||
  a === b ||
  rules.anyUnits.has(a) ||
  rules.anyUnits.has(b) ||
  rules.unitFamilies.some((family) => family.includes(a) && family.includes(b))

/** Words read back from a revision's clause for "the number of …" as its subject. */
const SUBJECT_WORDS = 8

/**
 * "the number of households without power had risen to": the words after a revision's noun and
 * its partitive ("number of", "nombre de") in the subject, up to a preposition, within a few
 * words before the clause.
 * So a count of lines earlier in the same sentence is not taken for the households it revises.
 */
const countedInSubject = (
  tokens: readonly Token[],
  clause: number,
  rules: LanguageRules,
): Token[] => {
  for (let at = clause - 1; at >= 0 && at >= clause - SUBJECT_WORDS; at -= 1) {
    const partitive = rules.partitives.has(tokens[at]!.lower)
    if (!partitive || !rules.revision.nouns.has(tokens[at - 1]?.lower ?? '')) continue
    const words: Token[] = []
    for (let word = at + 1; word < clause; word += 1) {
      const token = tokens[word]!
      if (words.length > 0 && rules.notUnits.has(token.lower)) break
      if (objectWord(token, rules)) words.push(token)
    }
    return words
  }
  return []
}

/** "78 percent, not 81 percent": the first figure corrects the second, stated before. */
const corrections = (
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
    const after = at + (phrase?.length ?? 1)
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
const withWrongNamed = (revisions: Revision[], corrected: readonly Revision[]): Revision[] =>
  revisions.map((revision) => {
    if (revision.original !== undefined || revision.replaces !== undefined) return revision
    const naming = corrected.find((other) => other.revised.start === revision.revised.start)
    return naming === undefined ? revision : { ...revision, replaces: naming.replaces! }
  })

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
    const mover = revision.dateVerbs.has(lowerVerb)
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
          objectWord(token, rules)
      if (!filler) break
      i += 1
    }
    if (tokens[i]?.lower !== revision.to && tokens[i]?.text !== ':') continue
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

/** Words between "initially" and its figure, and between "now" and the new one. */
const MARKER_WORDS = 4
/** Words between "had been" and its figure ("had been planned for 18 and 19 March"). */
const PLANNED_WORDS = 7

/**
 * "The hearing, initially scheduled for 4 June, will now take place on 18 June": a figure said
 * to be the first ("initially", "originally", "d'abord") and a later one of the same kind said
 * to replace it ("now", "désormais") in one sentence.
 */
const restatedInSentence = (
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
  source: string,
  rules: LanguageRules,
): Revision[] => {
  if (figures.length < 2) return []
  const { revision } = rules
  const markedBy = (figure: FoundFigure, words: ReadonlySet<string>): number => {
    for (let at = figure.first - 1; at >= 0 && at >= figure.first - MARKER_WORDS; at -= 1)
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
  for (const first of figures) {
    if (markedBy(first, revision.priorWords) < 0 && !planned(first)) continue
    for (const later of figures) {
      if (later.first <= first.next || later.category !== first.category) continue
      // Both say what they count, and it is the same: "4 June" and "18 June", not "5 people"
      // and "12 boats".
      const counts = first.unit !== undefined && later.unit !== undefined
      if (!counts || rules.anyUnits.has(first.unit!) || !sameThing(first.unit, later.unit, rules))
        continue
      // "on 2 and 3 June": the marker is read from the first day of the pair.
      const pair = figures.find(
        (figure) =>
          figure.next === later.first - 1 && rules.conjunctions.has(tokens[figure.next]!.lower),
      )
      const cue = markedBy(pair ?? later, revision.restating)
      if (cue < first.next) continue
      return [
        {
          original: first,
          revised: later,
          clauseStart: tokens[cue]!.start,
          clauseEnd: later.end,
          cue: source.slice(tokens[cue]!.start, tokens[cue]!.end),
        },
      ]
    }
  }
  return []
}

/**
 * "2,900 people were evacuated, lowering its earlier figure": the verb names no new figure, but
 * its object is an earlier one, so the sentence's figure before the verb is the revised one. A
 * figure after the object ("its earlier estimate of 1,500") is the one it replaces.
 */
const priorFigureRevisions = (
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

/**
 * "The meeting has been moved to Friday", "The toll was revised to 23": a revision in the passive
 * names what was revised as its subject, not who revised it, so the subject is no speaker. Read
 * in the revisions' own words (their cue), so "had raised the toll to 23, after … had been cut
 * off" stays active.
 */
export const passiveRevision = (revisions: readonly Revision[], rules: LanguageRules): boolean =>
  revisions.some((found) => {
    const words = found.cue.toLowerCase().split(/\s+/u)
    for (let at = 1; at < words.length; at += 1) {
      if (!rules.passiveAuxiliaries.has(words[at - 1]!)) continue
      const verb = words[at]!
      if (rules.revision.verbs.has(verb) || rules.revision.dateVerbs.has(verb)) return true
    }
    return false
  })
