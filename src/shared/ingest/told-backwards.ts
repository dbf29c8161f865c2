import { compatibleUnits } from './compatible-units'
import type { Draft } from './draft'
import { alike } from './in-reach'
import { newestStated, ownFigure, rankOf } from './newest-stated'
import type { Older } from './newest-stated'
import { mayBeMarkedOlder } from './older-marked'
import type { LanguageRules } from './rules'
import { replacingWordsFor } from './rules/replacing'
import type { ReplacingWords } from './rules/replacing'
import { toldOlderWordsFor } from './rules/told-older'
import type { ToldOlderWords } from './rules/told-older'
import { linkToldChain } from './told-chain'
import { tokenize } from './tokens'

/**
 * A story that gives the newest figure first and the ones it replaced after it: "showing an
 * operating deficit of £2.4 million" … "The deficit is larger than the £1.9 million forecast in
 * the interim statement, and above the figure of about £2.1 million that the Board gave". The
 * claims of a sentence whose figures are marked as given before (`olderRank`) form a chain,
 * oldest first (original, forecast, then figures given since), and the latest earlier claim
 * with a figure of the same measure (what `figure-replaced.ts` reads as the same: a like size,
 * units that may count alike, a word of its measure named in the sentence; or, when the
 * sentence only says "the amount", the one such claim in reach) revises the newest of them: it
 * now points forward. A claim that revises something already, on either side, is left as it is.
 */
export const linkToldBackwards = (drafts: Draft[], source: string, rules: LanguageRules): void => {
  const words = toldOlderWordsFor(rules.language)
  const replacing = replacingWordsFor(rules.language)
  if (words === undefined || replacing === undefined) return
  let first = 0
  while (first < drafts.length) {
    let end = first + 1
    while (end < drafts.length && drafts[end]!.sentence === drafts[first]!.sentence) end += 1
    linkSentence(drafts, first, end, source, rules, words, replacing)
    first = end
  }
}

const linkSentence = (
  drafts: Draft[],
  first: number,
  end: number,
  source: string,
  rules: LanguageRules,
  words: ToldOlderWords,
  replacing: ReplacingWords,
): void => {
  const claims = drafts.slice(first, end)
  // "climbed to 14.8 per cent, from 13.1 per cent in the previous quarter": a sentence that
  // tells its own revision is read by revisions.ts.
  const inSentence = (claim: Draft): boolean =>
    claim.revisionOf !== undefined && claim.revisionOf >= first && claim.revisionOf < end
  if (claims.some(inSentence)) {
    linkToldChain(drafts, first, end, source, rules, words, replacing)
    return
  }
  const start = Math.min(...claims.map((claim) => claim.start))
  const text = source.slice(start, Math.max(...claims.map((claim) => claim.end)))
  // Often no figure could be an older one.
  const owned = claims.map(ownFigure)
  if (owned.every((figure) => figure === undefined)) return
  // Most sentences name no marker: a look at the text before any tokens are made. A statement
  // word marks a figure only beside it, and most sentences have one elsewhere ("said 40 people").
  if (!mayBeMarkedOlder(text, start, owned, rules, words)) return
  const tokens = tokenize(text, start, rules.numbers.spacedDigits)
  const older: Older[] = []
  for (let draft = first; draft < end; draft += 1) {
    const figure = ownFigure(drafts[draft]!)
    if (figure === undefined || older.some((told) => told.figure.start === figure.start)) continue
    const rank = rankOf(tokens, figure, rules, words)
    if (rank !== undefined) older.push({ draft, figure, rank })
  }
  if (older.length === 0) return
  const oldest = older[0]!.figure
  const sameMeasure = older.every(
    ({ figure }, index) =>
      figure.category === oldest.category &&
      compatibleUnits(figure.unit, oldest.unit, rules) &&
      alike(figure.value, oldest.value) &&
      older.findIndex((other) => other.figure.value === figure.value) === index,
  )
  if (!sameMeasure || older.some(({ draft }) => drafts[draft]!.revisionOf !== undefined)) return
  const newest = newestStated(drafts, first, older, text, start, rules, words, replacing)
  if (newest === undefined || drafts[newest]!.revisionOf !== undefined) return
  const chain = [...older].sort((a, b) => a.rank - b.rank)
  chain.forEach(({ draft }, index) => {
    if (index > 0) drafts[draft] = { ...drafts[draft]!, revisionOf: chain[index - 1]!.draft }
  })
  drafts[newest] = { ...drafts[newest]!, revisionOf: chain[chain.length - 1]!.draft }
}
