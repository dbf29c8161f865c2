import { compatibleUnits } from '../compatible-units'
import type { Draft } from '../draft'
import type { FoundFigure } from '../figures'
import type { Revision } from '../revisions'
import type { LanguageRules } from '../rules'

/** A revision in a later sentence, looking back for the claim whose figure it revises. */
export interface RevisionSearch {
  readonly revision: Revision
  /** What the revised figure counts: its own unit, or the revision's ("households"). */
  readonly counted: string | undefined
  /** Only figures that say what they count: the first pass, when the revision says it. */
  readonly strict: boolean
  /** Stems of what the count is of beyond "people": "missi" for "people still missing". */
  readonly qualifiers: readonly string[]
  readonly sentence: number
  readonly speaker: string
  /** Drafts in sentence order. */
  readonly earlier: readonly Draft[]
  readonly rules: LanguageRules
}

/** The figure of an earlier draft that the revision may revise. */
export const matchingFigure = (search: RevisionSearch, draft: Draft): FoundFigure | undefined => {
  const { revision, counted, strict, rules } = search
  const { replaces } = revision
  const moved = revision.revised.category === 'date'
  return draft.found.find((figure) => {
    if (strict && figure.unit === undefined) return false
    // "78 percent, not 81 percent" revises the claim that said 81 percent.
    if (replaces !== undefined)
      return (
        figure.value === replaces.value &&
        figure.category === replaces.category &&
        compatibleUnits(figure.unit, replaces.unit, rules)
      )
    if (moved) return figure.category === 'date'
    return (
      (figure.category === 'count' || figure.category === 'measure') &&
      // "1 750 évacués" does not revise "2 650 hectares": a count revises a count.
      figure.category === revision.revised.category &&
      (compatibleUnits(figure.unit, counted, rules) ||
        // "1,200 families had been displaced" counts families too.
        (counted !== undefined && figure.raw.toLowerCase().includes(counted)))
    )
  })
}

export const matches = (search: RevisionSearch, draft: Draft): boolean =>
  matchingFigure(search, draft) !== undefined

/** Walks back from the newest draft, no further than the lookback in sentences; -1 if none fits. */
export const latest = (
  search: RevisionSearch,
  lookback: number,
  fits: (draft: Draft) => boolean,
): number => {
  const { earlier, sentence } = search
  for (let index = earlier.length - 1; index >= 0; index -= 1) {
    const draft = earlier[index]!
    if (draft.sentence < sentence - lookback) return -1
    if (fits(draft)) return index
  }
  return -1
}
