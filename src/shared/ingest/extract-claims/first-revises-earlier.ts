import { countedQualifiers } from '../counted'
import type { Draft } from '../draft'
import type { Revision } from '../revisions'
import type { LanguageRules } from '../rules'
import type { ReadSentence } from './read-sentence'
import { revisedTarget } from './revised-target'
import type { Common } from './story-drafts'

/**
 * "The ministry raised that figure to 44 on Tuesday, and a spokeswoman said the number had been
 * revised again, to 47": a sentence's own chain of revisions whose first figure is itself a
 * revision of one told before ("raised that figure to 44"). The claim that figure revises,
 * found as for any revision across sentences; undefined when the first figure revises nothing
 * told before, or nothing matches.
 */
export const firstRevisesEarlier = (
  read: ReadSentence,
  first: Revision,
  common: Common,
  earlier: readonly Draft[],
  rules: LanguageRules,
): number | undefined => {
  const start = first.original?.start
  const crossing = read.revisions.find(
    (revision) => revision.original === undefined && revision.revised.start === start,
  )
  if (crossing === undefined) return undefined
  const { revised } = crossing
  const counted = read.figures.find((figure) => figure.start === revised.start)?.unit
  const qualifiers = countedQualifiers(read.tokens, revised.first, rules)
  return revisedTarget(crossing, counted ?? revised.unit, common, earlier, rules, qualifiers)?.index
}
