import type { Draft } from '../draft'
import type { FoundFigure } from '../figures'
import { sameSpeaker } from '../restated'
import type { Revision } from '../revisions'
import type { LanguageRules } from '../rules'
import { UNKNOWN_SPEAKER } from '../types'
import { familyStems, revisedObject } from './count-names'
import { latest, matches, matchingFigure } from './revision-search'
import type { RevisionSearch } from './revision-search'
import type { Common } from './story-drafts'

/** How far back a revision in a later sentence looks for the figure it revises. */
const SAME_SPEAKER_LOOKBACK = 30
const ANY_SPEAKER_LOOKBACK = 3
/** From anyone, when the earlier claim names what the revision counts ("injured"). */
const NAMED_COUNT_LOOKBACK = 8

/**
 * "The number of people still missing" revises the claim that said who was missing: the
 * same speaker's first, then anyone's as far back as a claim naming what is counted.
 */
const qualifiedCount = (search: RevisionSearch): number => {
  const { qualifiers, speaker } = search
  if (qualifiers.length === 0) return -1
  const qualified = (draft: Draft): boolean => {
    const text = draft.text.toLowerCase()
    return qualifiers.some((stem) => text.includes(stem))
  }
  const said = latest(
    search,
    SAME_SPEAKER_LOOKBACK,
    (draft) =>
      sameSpeaker(draft.attribution.who, speaker) && matches(search, draft) && qualified(draft),
  )
  return said >= 0
    ? said
    : latest(search, NAMED_COUNT_LOOKBACK, (draft) => matches(search, draft) && qualified(draft))
}

/**
 * The same speaker's figure. A correction that names the figure it replaces ("six, not four")
 * is specific enough to find it anywhere in the story, whoever is named for it.
 */
const speakersOwn = (search: RevisionSearch): number => {
  const { speaker } = search
  const { replaces } = search.revision
  if (speaker === UNKNOWN_SPEAKER && replaces === undefined) return -1
  return latest(
    search,
    replaces === undefined ? SAME_SPEAKER_LOOKBACK : search.sentence,
    (draft) =>
      (replaces !== undefined || sameSpeaker(draft.attribution.who, speaker)) &&
      matches(search, draft),
  )
}

/**
 * From anyone, a claim that names what is counted: "the number of injured" revises "injuring
 * at least 43 people".
 */
const countNamed = (search: RevisionSearch): number => {
  const { counted, rules } = search
  const stem =
    counted === undefined || rules.anyUnits.has(counted) || counted.length < 5
      ? undefined
      : counted.slice(0, 5).toLowerCase()
  if (stem === undefined) return -1
  return latest(
    search,
    NAMED_COUNT_LOOKBACK,
    (draft) => matches(search, draft) && draft.text.toLowerCase().includes(stem),
  )
}

/**
 * "raised the arena's budget to £24 million" revises the claim that named the budget, from
 * anyone as far back as a speaker's own: the thing revised, named, is specific enough.
 */
const objectNamed = (search: RevisionSearch): number => {
  const object = revisedObject(search.revision.cue, search.rules)
  if (object === undefined) return -1
  const named = new RegExp(`\\b${object}\\b`, 'iu')
  return latest(
    search,
    SAME_SPEAKER_LOOKBACK,
    (draft) => matches(search, draft) && named.test(draft.text),
  )
}

/**
 * "had raised the toll to 23" revises "killing at least 14 people": a count of a kind (the
 * dead, the injured) finds a claim whose words name that kind, from anyone.
 */
const kindNamed = (search: RevisionSearch): number => {
  const family =
    search.counted === undefined ? undefined : familyStems(search.counted, search.rules)
  if (family === undefined) return -1
  return latest(search, NAMED_COUNT_LOOKBACK, (draft) => {
    if (!matches(search, draft)) return false
    const text = draft.text.toLowerCase()
    return family.some((stem) => text.includes(stem))
  })
}

/** Any claim close before with a figure that fits. */
const anyClose = (search: RevisionSearch): number =>
  latest(search, ANY_SPEAKER_LOOKBACK, (draft) => matches(search, draft))

/** The look-backs from the most specific to the least: the first to find a claim wins. */
const LOOKS: readonly ((search: RevisionSearch) => number)[] = [
  qualifiedCount,
  speakersOwn,
  countNamed,
  objectNamed,
  kindNamed,
  anyClose,
]

const findRevised = (search: RevisionSearch): number => {
  for (const look of LOOKS) {
    const found = look(search)
    if (found >= 0) return found
  }
  return -1
}

/**
 * A figure revised before is no longer the current one: "brought the figure down to 21"
 * revises the 23 that replaced the 14, so the chain goes on from its newest link.
 */
const current = (search: RevisionSearch, index: number): number => {
  const { earlier } = search
  let at = index
  for (let later = index + 1; later < earlier.length; later += 1) {
    const draft = earlier[later]!
    if (draft.revisionOf === at && matches(search, draft)) at = later
  }
  return at
}

/** The earlier draft a revision revises, and its figure that the revision replaces. */
export interface RevisedTarget {
  readonly index: number
  readonly figure: FoundFigure | undefined
}

/** "The toll later rose to 31": the latest matching earlier figure, if any. */
export const revisedTarget = (
  revision: Revision,
  counted: string | undefined,
  common: Common,
  earlier: readonly Draft[],
  rules: LanguageRules,
  qualifiers: readonly string[],
): RevisedTarget | undefined => {
  // A figure that says what it counts before one that does not: "5,800 households" revises the
  // household count, not the same speaker's "two of the five storage tanks" in between.
  let search: RevisionSearch = {
    revision,
    counted,
    strict: counted !== undefined,
    qualifiers,
    sentence: common.sentence,
    speaker: common.attribution.who,
    earlier,
    rules,
  }
  let found = findRevised(search)
  if (found < 0 && search.strict) {
    search = { ...search, strict: false }
    found = findRevised(search)
  }
  if (found < 0) return undefined
  const index = current(search, found)
  return { index, figure: matchingFigure(search, earlier[index]!) }
}
