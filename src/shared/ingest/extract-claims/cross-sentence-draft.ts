import { toFigure } from '../draft'
import type { Draft } from '../draft'
import type { FoundFigure } from '../figures'
import type { Revision } from '../revisions'
import type { LanguageRules } from '../rules'
import type { Sentence } from '../sentences'
import { revisedTarget } from './revised-target'
import type { Common } from './story-drafts'

/** "The toll later rose to 31": the candidate revises the latest matching earlier figure. */
export const crossSentenceDraft = (
  sentence: Sentence,
  figures: readonly FoundFigure[],
  revision: Revision,
  common: Common,
  cues: readonly string[],
  earlier: readonly Draft[],
  rules: LanguageRules,
  /** Stems of what the count is of beyond "people": "missi" for "people still missing". */
  qualifiers: readonly string[] = [],
): Draft => {
  const ownUnit = figures.find((figure) => figure.start === revision.revised.start)?.unit
  const counted = ownUnit ?? revision.revised.unit
  const target = revisedTarget(revision, counted, common, earlier, rules, qualifiers)
  const targetUnit = target?.figure?.unit
  // "the toll" (the dead) says more than the "people" of the figure it revises.
  const vaguer =
    targetUnit === undefined ||
    (revision.revised.unit !== undefined && rules.anyUnits.has(targetUnit))
  const revised =
    ownUnit === undefined && !vaguer ? { ...revision.revised, unit: targetUnit } : revision.revised
  const found = figures
    .map((figure) => (figure.start === revised.start ? revised : figure))
    .filter((figure) => !figure.minor || figure === revised)
  const draft = {
    sentence: common.sentence,
    attribution: common.attribution,
    text: sentence.text,
    start: sentence.start,
    end: sentence.end,
    kind: 'figure' as const,
    figures: found.map(toFigure),
    found,
  }
  const withCue = [...cues, revision.cue]
  return target === undefined
    ? { ...draft, cues: withCue }
    : { ...draft, revisionOf: target.index, cues: withCue }
}
