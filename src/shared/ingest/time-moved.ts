import type { Draft } from './draft'
import type { FoundFigure } from './figures'
import { draftsInReach } from './in-reach'
import { has } from './own'
import type { LanguageRules } from './rules'
import { putBack } from './plan-restated'
import { tokenize } from './tokens'
import type { Token } from './tokens'
import { anyWordBefore } from './words-before'

/**
 * "expected to lift the notice by Saturday", later "the notice was now unlikely to be lifted
 * before Monday"; "expects a declaration around 2am", later "the declaration is now expected at
 * 3.30am"; "promised to end the waits by the end of June", later "the deadline had been moved to
 * December". A deadline given as a weekday, a month or a time of day is no date figure, so no
 * figure rule links these: a later time put after a verb of moving ("moved to", « repoussée à »)
 * or after "now" and a word of plan revises the latest earlier claim that gave a time of the
 * same kind as a plan or a deadline, about the same thing (a word they share, "the deadline", or
 * the sentence right before).
 */

/** As far back as a moved time looks for the plan it replaces, in sentences. */
const LOOKBACK = 30
/** Words from a verb of moving to its time: "moved back to the end of", « repoussée à ». */
const MOVE_REACH = 5
/** Words from "now" to the time: "is now unlikely to be lifted before". */
const NOW_REACH = 8
/** Words from a plan word to the time it plans: "expected to lift the boil notice by". */
const PLAN_REACH = 8
/** Words from a deadline's preposition to its time: "by the end of June". */
const DEADLINE_REACH = 4
/** Shared words shorter than this say nothing of what the two sentences are about. */
const MIN_TOPIC_LENGTH = 5

type Kind = 'date' | 'weekday' | 'month' | 'clock'
interface TimePoint {
  readonly kind: Kind
  readonly value: string
  readonly first: number
}

const CLOCK = /^\d{1,2}(?:[.:h]\d\d)?(?:am|pm|h)?$/u
const GLUED_CLOCK = /^\d{1,2}(?:[.:h]\d\d)?(?:am|pm|h)$/u

/** A weekday, a month, a time of day or a date figure at token `at`. */
const timePointAt = (
  tokens: readonly Token[],
  at: number,
  dates: readonly FoundFigure[],
  rules: LanguageRules,
): TimePoint | null => {
  const token = tokens[at]!
  const date = dates.find((figure) => figure.first === at)
  if (date !== undefined) return { kind: 'date', value: String(date.value), first: at }
  if (token.kind === 'number') {
    const clock =
      GLUED_CLOCK.test(token.lower) ||
      (CLOCK.test(token.lower) && rules.numbers.clockWords.has(tokens[at + 1]?.lower ?? ''))
    return clock ? { kind: 'clock', value: token.lower, first: at } : null
  }
  if (token.kind !== 'word' || token.inQuote) return null
  if (rules.weekdays.has(token.lower)) return { kind: 'weekday', value: token.lower, first: at }
  if (rules.revision.clockNames.has(token.lower))
    return { kind: 'clock', value: token.lower, first: at }
  const month = has(rules.months, token.lower) && token.lower.length > 3
  if (month && (token.capital || rules.language === 'fr'))
    return { kind: 'month', value: String(rules.months[token.lower]), first: at }
  return null
}

const pointsIn = (
  tokens: readonly Token[],
  dates: readonly FoundFigure[],
  rules: LanguageRules,
): TimePoint[] => {
  const points: TimePoint[] = []
  for (let at = 0; at < tokens.length; at += 1) {
    const point = timePointAt(tokens, at, dates, rules)
    if (point !== null) points.push(point)
  }
  return points
}

/** The time a sentence moves a plan to: after a verb of moving, or "now" and a plan. */
const movedTime = (
  tokens: readonly Token[],
  points: readonly TimePoint[],
  /** Whether the sentence puts a plan back ("at the earliest"). */
  later: boolean,
  rules: LanguageRules,
): TimePoint | undefined => {
  const { dateVerbs, planNow, plans, deadlines } = rules.revision
  return points.find(
    (point) =>
      anyWordBefore(tokens, point.first, MOVE_REACH, dateVerbs) ||
      // "expected to resume on March 17 at the earliest": put back, with or without "now".
      (later && anyWordBefore(tokens, point.first, PLAN_REACH, plans)) ||
      (anyWordBefore(tokens, point.first, NOW_REACH, planNow) &&
        (later ||
          anyWordBefore(tokens, point.first, NOW_REACH, plans) ||
          anyWordBefore(tokens, point.first, DEADLINE_REACH, deadlines))),
  )
}

/**
 * What a sentence is about, roughly: its words of five letters or more and its numbers ("RD
 * 114"), but no word of plan, speech or time, which any two such sentences share.
 */
const topicWords = (
  tokens: readonly Token[],
  points: readonly TimePoint[],
  rules: LanguageRules,
): Set<string> => {
  const times = new Set(points.map((point) => point.first))
  const { plans, planNow, dateVerbs } = rules.revision
  const topic = new Set<string>()
  tokens.forEach((token, at) => {
    if (times.has(at) || token.lower.length < (token.kind === 'number' ? 2 : MIN_TOPIC_LENGTH))
      return
    if (token.kind !== 'word' && token.kind !== 'number') return
    const generic =
      plans.has(token.lower) ||
      planNow.has(token.lower) ||
      dateVerbs.has(token.lower) ||
      has(rules.speechVerbs, token.lower) ||
      rules.sentenceStarters.has(token.lower) ||
      rules.timeWords.has(token.lower) ||
      rules.partsOfDay.has(token.lower) ||
      GENERIC.has(token.lower)
    if (!generic) topic.add(token.lower)
  })
  return topic
}

/** Long words any two sentences of a story may share without being about the same thing. */
const GENERIC: ReadonlySet<string> = new Set(
  'about after before being could should their there these those where which while would since until later first still people'.split(
    ' ',
  ),
)

/** A time given as a plan, a deadline, or where a plan was moved to before. */
const isPlanned = (tokens: readonly Token[], point: TimePoint, rules: LanguageRules): boolean => {
  const { plans, deadlines, dateVerbs } = rules.revision
  return (
    anyWordBefore(tokens, point.first, PLAN_REACH, plans) ||
    anyWordBefore(tokens, point.first, DEADLINE_REACH, deadlines) ||
    // "was first put back to September 2025": a plan moved before is the plan now.
    anyWordBefore(tokens, point.first, MOVE_REACH, dateVerbs)
  )
}

/** A date may move to or from a weekday or a month ("on Monday", then "before 14 March"). */
const alikeKinds = (a: Kind, b: Kind): boolean =>
  a === b || ((a === 'date' || b === 'date') && a !== 'clock' && b !== 'clock')

export const timeMoved = (
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
  sentence: number,
  earlier: readonly Draft[],
  rules: LanguageRules,
): number | undefined => {
  const { dateVerbs, planNow, deadlineNouns } = rules.revision
  const later = putBack(tokens, rules)
  // Cheap first: most sentences hold no word of moving, no "now" and nothing put back.
  if (!later && !tokens.some((token) => dateVerbs.has(token.lower) || planNow.has(token.lower)))
    return undefined
  const dates = figures.filter((figure) => figure.category === 'date')
  const points = pointsIn(tokens, dates, rules)
  const moved = movedTime(tokens, points, later, rules)
  if (moved === undefined) return undefined
  const topic = topicWords(tokens, points, rules)
  const ofDeadline = tokens.some((token) => deadlineNouns.has(token.lower))
  // "a visit planned for July … rescheduled for December", « d'abord prévue jeudi midi, a été
  // repoussée à vendredi »: the sentence names the plan it moves, and only a claim that gave
  // that plan is revised.
  const named = points.find(
    (point) =>
      point.first < moved.first &&
      alikeKinds(point.kind, moved.kind) &&
      isPlanned(tokens, point, rules),
  )
  for (const [index, claim] of draftsInReach(earlier, sentence, LOOKBACK)) {
    const own = tokenize(claim.text, claim.start)
    const ownPoints = pointsIn(
      own,
      claim.found.filter((f) => f.category === 'date'),
      rules,
    )
    const planned = ownPoints.find(
      (point) => alikeKinds(point.kind, moved.kind) && isPlanned(own, point, rules),
    )
    if (planned === undefined) continue
    if (named !== undefined) {
      if (planned.kind === named.kind && planned.value === named.value) return index
      continue
    }
    if (planned.kind === moved.kind && planned.value === moved.value) continue
    const shared = [...topicWords(own, ownPoints, rules)].some((word) => topic.has(word))
    // "… was due to reopen in June 2025. The reopening was then put back to September": the
    // sentence right after a plan goes on about it.
    if (ofDeadline || shared || claim.sentence === sentence - 1) return index
  }
  return undefined
}
