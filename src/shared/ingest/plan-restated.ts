import type { Draft } from './draft'
import type { FoundFigure } from './figures'
import type { LanguageRules } from './rules'
import type { Token } from './tokens'
import { phraseAt } from './tokens'
import { draftsInReach } from './in-reach'
import { anyWordBefore } from './words-before'

/** As far back as a plan restated looks for the plan it replaces, in sentences. */
const PLAN_LOOKBACK = 30
/** Words between "now" and the new date: "will now take place on Thursday 14 January". */
const NOW_WORDS = 6
/** Words before an earlier date that may say it was a plan: "is due to be discussed at … on". */
const PLAN_WORDS = 14

/**
 * "The line had been due to open in September 2027" and, later, "The first trams are now
 * expected in June 2029": a date given as a plan ("due", "expected", "would", « devait ») and
 * a later plan with "now" before its date, or put back ("no earlier than May 2027", "at the
 * earliest"), by whoever, replaces the latest earlier planned date, though no "postponed to"
 * says so. Both sides must be plans: a date that merely happened ("signed in March 2023") is no
 * plan revised.
 */
export const planRestated = (
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
  sentence: number,
  earlier: readonly Draft[],
  rules: LanguageRules,
): number | undefined => {
  // Cheap first: most sentences have no date, and most dates no "now" or "no earlier than".
  if (!figures.some((figure) => figure.category === 'date')) return undefined
  const date = restatedPlan(tokens, figures, rules)
  if (date === undefined) return undefined
  for (const [index, claim] of draftsInReach(earlier, sentence, PLAN_LOOKBACK)) {
    const planned = claim.found.find(
      (figure) => figure.category === 'date' && plannedIn(claim, figure, rules),
    )
    if (planned === undefined) continue
    return planned.value === date.value ? undefined : index
  }
  return undefined
}

/** Whether a sentence puts a plan back: "no earlier than May 2027", "at the earliest". */
export const putBack = (tokens: readonly Token[], rules: LanguageRules): boolean =>
  tokens.some((_, at) => phraseAt(tokens, at, rules.revision.notBefore) !== null)

/** The date a sentence gives as the plan now: after "now" and a plan word, or put back. */
const restatedPlan = (
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
  rules: LanguageRules,
): FoundFigure | undefined => {
  const { planNow, plans } = rules.revision
  const later = putBack(tokens, rules)
  return figures.find((figure) => {
    if (figure.category !== 'date') return false
    let now = later
    let plan = false
    for (let at = figure.first - 1; at >= 0 && at >= figure.first - NOW_WORDS; at -= 1) {
      const lower = tokens[at]!.lower
      if (planNow.has(lower)) now = true
      if (plans.has(lower)) plan = true
    }
    return (
      (now && (plan || plannedBefore(tokens, figure.first, plans))) ||
      nowPlannedBefore(tokens, figure.first, rules)
    )
  })
}

/**
 * "The company now expects the notice to remain in place until Tuesday 18 June": "now" right
 * before a plan word makes the plan new, however far its date comes after (within a clause).
 */
const nowPlannedBefore = (
  tokens: readonly Token[],
  first: number,
  rules: LanguageRules,
): boolean => {
  const { planNow, plans } = rules.revision
  for (let at = first - 2; at >= 0 && at >= first - PLAN_WORDS; at -= 1)
    if (planNow.has(tokens[at]!.lower) && plans.has(tokens[at + 1]!.lower)) return true
  return false
}

/** A plan word further back in the sentence: "reopening should be expected "no earlier than". */
const plannedBefore = (
  tokens: readonly Token[],
  first: number,
  plans: ReadonlySet<string>,
): boolean => anyWordBefore(tokens, first, PLAN_WORDS, plans)

/** Whether an earlier claim gives its date as a plan: a plan word in the words before it. */
const plannedIn = (claim: Draft, figure: FoundFigure, rules: LanguageRules): boolean => {
  const offset = figure.start - claim.start
  if (offset <= 0 || offset > claim.text.length) return false
  const words = claim.text
    .slice(0, offset)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
  for (let at = words.length - 1, seen = 0; at >= 0 && seen < PLAN_WORDS; at -= 1) {
    if (words[at] === '') continue
    seen += 1
    if (rules.revision.plans.has(words[at]!)) return true
  }
  return false
}
