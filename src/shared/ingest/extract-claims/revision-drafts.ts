import type { ClaimKind } from '../../dossier'
import { toFigure } from '../draft'
import type { Draft } from '../draft'
import type { FoundFigure } from '../figures'
import type { Revision } from '../revisions'
import type { Sentence } from '../sentences'
import type { Common } from './story-drafts'

/**
 * "31 (later revised to 27)": one candidate per figure in the chain, each revising the last. Each
 * quotes the source's own words: the first the whole sentence, each revision its own clause
 * ("later revised to 27"), never a sentence rewritten to state one figure.
 */
export const revisionDrafts = (
  sentence: Sentence,
  figures: readonly FoundFigure[],
  revisions: readonly Revision[],
  common: Common,
  cues: readonly string[],
  firstIndex: number,
  source: string,
): Draft[] => {
  const first = revisions[0]!.original!
  const chain = [first, ...revisions.map((revision) => revision.revised)]
  const inChain = (figure: FoundFigure): boolean =>
    chain.some((link) => link.start === figure.start)
  const others = figures.filter((figure) => !inChain(figure) && !figure.minor)
  const kind: ClaimKind = 'figure'
  return chain.map((figure, position) => {
    const revision = position === 0 ? undefined : revisions[position - 1]!
    const start = revision === undefined ? sentence.start : revision.clauseStart
    const end = revision === undefined ? sentence.end : revision.clauseEnd
    const found = [figure, ...others]
    const draft = {
      sentence: common.sentence,
      attribution: common.attribution,
      text: source.slice(start, end),
      start,
      end,
      kind,
      figures: found.map(toFigure),
      found,
    }
    return revision === undefined
      ? { ...draft, cues: [...cues] }
      : { ...draft, revisionOf: firstIndex + position - 1, cues: [...cues, revision.cue] }
  })
}
