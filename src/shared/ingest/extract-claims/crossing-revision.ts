import { withSecondClause } from '../clause-drafts'
import { countedQualifiers } from '../counted'
import { referredRevision } from '../figure-referred'
import { replacedFigure } from '../figure-replaced'
import type { Revision } from '../revisions'
import { secondClause } from '../second-clause'
import { crossSentenceDraft } from './cross-sentence-draft'
import { placedSentence } from './placed-sentence'
import type { ReadSentence } from './read-sentence'
import type { SentenceClaim } from './sentence-claim'
import type { StoryDrafts } from './story-drafts'

/**
 * A sentence whose revision revises a figure told before it: the draft points back at the claim
 * it revises, found by what it counts, by "that", or by the figure it says it replaces.
 */
export const draftCrossingRevision = (
  story: StoryDrafts,
  read: ReadSentence,
  claim: SentenceClaim,
  crossing: Revision,
): void => {
  const { rules, drafts, paragraphs, toldAfter } = story
  const { sentence, index, tokens, figures } = read
  const { attribution, cues, time } = claim
  const common = { sentence: index, attribution }
  const qualifiers = countedQualifiers(tokens, crossing.revised.first, rules)
  const crossed = crossSentenceDraft(
    sentence,
    figures,
    crossing,
    common,
    cues,
    drafts,
    rules,
    qualifiers,
  )
  const placed = placedSentence(sentence, paragraphs)
  // "It has since revised that to five": the figure "that" stands for, just before.
  const referred =
    crossing.replaces === undefined
      ? referredRevision(placed, tokens, figures, index, drafts, rules, crossing.revised)
      : undefined
  // "had risen to £6.3 million" with no claim the revision names: one that counts the same.
  const replaced =
    referred ??
    (crossed.revisionOf === undefined && crossing.replaces === undefined
      ? replacedFigure(
          placed,
          attribution.who,
          tokens,
          figures,
          index,
          drafts,
          rules,
          crossing.revised,
        )
      : undefined)
  const revised = replaced === undefined ? crossed : { ...crossed, revisionOf: replaced }
  const clause = secondClause(tokens, figures, time, rules)
  const found = revised.revisionOf !== undefined || crossing.replaces !== undefined
  toldAfter.revision(drafts.length, found)
  drafts.push(...withSecondClause(revised, crossing, tokens, clause, rules))
}
