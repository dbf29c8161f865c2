import { clauseDrafts } from '../clause-drafts'
import { countedAgain } from '../counted-again'
import { toFigure } from '../draft'
import { replacedFigure } from '../figure-replaced'
import { restatedFigure } from '../newest-first'
import { planRestated } from '../plan-restated'
import { correctedByReference, restatement } from '../restated'
import { reportedClause, secondClause } from '../second-clause'
import { statedAsIt } from '../stated-as-it'
import { timeMoved } from '../time-moved'
import { placedSentence } from './placed-sentence'
import type { ReadSentence } from './read-sentence'
import type { SentenceClaim } from './sentence-claim'
import type { StoryDrafts } from './story-drafts'

/**
 * A sentence with no revision of its own: a claim for each of its clauses, or one claim, which
 * revises an earlier claim when it restates its figure or counts the same thing again, and is
 * revised by an earlier one when it tells the figure that one replaced.
 */
export const draftStatement = (
  story: StoryDrafts,
  read: ReadSentence,
  claim: SentenceClaim,
): void => {
  const { source, rules, drafts, order, unresolved, toldAfter, discourse } = story
  const { sentence, index, tokens, figures } = read
  const { attribution, kind, cues, time } = claim
  const stated = restatement(tokens, figures, index, attribution.who, drafts, rules)
  const listed = figures.filter((figure) => !figure.minor).map(toFigure)
  const { text, start, end } = sentence
  const figureClause = stated === null ? secondClause(tokens, figures, time, rules) : -1
  const clause =
    figureClause < 0 && stated === null
      ? reportedClause(tokens, figures, source, rules)
      : figureClause
  if (clause >= 0) {
    const whole = { sentence: index, attribution, text, start, end, kind, figures: listed }
    drafts.push(...clauseDrafts(whole, tokens, clause, figures, cues, source, rules, discourse))
    return
  }
  if (stated === null && order.stamped) {
    const figure = restatedFigure(tokens, figures, rules)
    if (figure !== null) unresolved.push({ draft: drafts.length, sentence: index, ...figure })
  }
  const again = stated === null ? countedAgainIn(story, read, claim) : undefined
  // "The first count had given her a margin of 341 votes": the claim that revised it, before.
  const reviser =
    again === undefined && stated === null
      ? toldAfter.revisedBy(tokens, figures, index, drafts, rules)
      : undefined
  // "the correct figure was 1,420": only where nothing above linked the sentence.
  const restated =
    stated ??
    (again === undefined && reviser === undefined && !order.stamped
      ? correctedByReference(tokens, figures, index, drafts, rules)
      : null)
  if (restated !== null || again !== undefined) toldAfter.revision(drafts.length, true)
  drafts.push(
    restated === null
      ? {
          sentence: index,
          attribution,
          text,
          start,
          end,
          kind,
          figures: listed,
          found: figures,
          ...(again === undefined ? {} : { revisionOf: again }),
          cues,
        }
      : {
          sentence: index,
          attribution,
          text,
          start,
          end,
          kind: 'figure',
          figures: listed,
          found: figures,
          revisionOf: restated.target,
          cues: [...cues, restated.cue],
        },
  )
  if (reviser !== undefined)
    drafts[reviser] = { ...drafts[reviser]!, revisionOf: drafts.length - 1 }
}

/**
 * The earlier claim whose figure the sentence states again with no word of revision: counted
 * again, stated as it now is, a plan restated, a time moved, or a figure that replaces one counting the same.
 */
const countedAgainIn = (
  story: StoryDrafts,
  read: ReadSentence,
  claim: SentenceClaim,
): number | undefined => {
  const { rules, drafts, paragraphs } = story
  const { sentence, index, tokens, figures } = read
  return (
    countedAgain(figures, index, drafts, rules) ??
    statedAsIt(tokens, figures, index, drafts, rules) ??
    planRestated(tokens, figures, index, drafts, rules) ??
    timeMoved(tokens, figures, index, drafts, rules) ??
    replacedFigure(
      placedSentence(sentence, paragraphs),
      claim.attribution.who,
      tokens,
      figures,
      index,
      drafts,
      rules,
    )
  )
}
