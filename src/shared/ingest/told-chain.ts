import type { Draft } from './draft'
import { draftsInReach } from './in-reach'
import { likeOlder, NEWEST_LOOKBACK, newestStated, ownFigure, rankOf } from './newest-stated'
import type { Older } from './newest-stated'
import { mayBeMarkedOlder } from './older-marked'
import type { LanguageRules } from './rules'
import type { ReplacingWords } from './rules/replacing'
import type { ToldOlderWords } from './rules/told-older'
import { tokenize } from './tokens'

/**
 * "had initially said six people had died, then raised the toll to nine": a sentence that tells
 * its own chain, oldest first and marked as told before, after the story gave the newest
 * figure ("At least 11 people were killed"). That newest revises the chain's last link.
 */
export const linkToldChain = (
  drafts: Draft[],
  first: number,
  end: number,
  source: string,
  rules: LanguageRules,
  words: ToldOlderWords,
  replacing: ReplacingWords,
): void => {
  if (drafts[first]!.revisionOf !== undefined) return
  const chain = [first]
  for (let draft = first + 1; draft < end; draft += 1)
    if (drafts[draft]!.revisionOf === chain[chain.length - 1]) chain.push(draft)
  const figures = chain.map((draft) => ownFigure(drafts[draft]!))
  const oldest = figures[0]
  if (chain.length < 2 || oldest === undefined) return
  const start = drafts[first]!.start
  const text = source.slice(start, drafts[chain[chain.length - 1]!]!.end)
  if (!mayBeMarkedOlder(text, start, [oldest], rules, words)) return
  const tokens = tokenize(text, start, rules.numbers.spacedDigits)
  const rank = rankOf(tokens, oldest, rules, words)
  if (rank === undefined) return
  const older = chain.flatMap((draft, index) => {
    const figure = figures[index]
    return figure === undefined ? [] : [{ draft, figure, rank }]
  })
  if (!unlinkedLike(drafts, first, older, rules)) return
  const newest = newestStated(drafts, first, older, text, start, rules, words, replacing)
  if (newest === undefined || drafts[newest]!.revisionOf !== undefined) return
  // A figure some later claim revised already is an older one, not the newest.
  for (let draft = newest + 1; draft < first; draft += 1)
    if (drafts[draft]!.revisionOf === newest) return
  if (markedOlder(drafts[newest]!, source, rules, words)) return
  drafts[newest] = { ...drafts[newest]!, revisionOf: chain[chain.length - 1]! }
}

/**
 * Whether any claim in reach before the sentence could be linked as the newest: a figure like
 * the chain's, in no chain yet. Most sentences that tell a chain have none, and this costs less
 * than weighing each claim's words.
 */
const unlinkedLike = (
  drafts: readonly Draft[],
  first: number,
  older: readonly Older[],
  rules: LanguageRules,
): boolean => {
  const like = likeOlder(older, rules)
  const sentence = drafts[first]!.sentence
  for (const [at, claim] of draftsInReach(drafts, sentence, NEWEST_LOOKBACK, first)) {
    const found = ownFigure(claim)
    if (found === undefined || claim.revisionOf !== undefined || !like(found)) continue
    let revised = false
    for (let later = at + 1; later < first && !revised; later += 1)
      revised = drafts[later]!.revisionOf === at
    if (!revised) return true
  }
  return false
}

/** "Officials initially put the number at 1,787": a claim whose own figure is an older one. */
const markedOlder = (
  claim: Draft,
  source: string,
  rules: LanguageRules,
  words: ToldOlderWords,
): boolean => {
  const figure = ownFigure(claim)
  if (figure === undefined) return false
  const text = source.slice(claim.start, claim.end)
  const tokens = tokenize(text, claim.start, rules.numbers.spacedDigits)
  return rankOf(tokens, figure, rules, words) !== undefined
}
