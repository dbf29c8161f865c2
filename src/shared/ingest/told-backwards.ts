import { compatibleUnits } from './compatible-units'
import type { Draft } from './draft'
import type { FoundFigure } from './figures'
import { alike, draftsInReach } from './in-reach'
import { keysAroundFigure, measureKeys } from './measure-words'
import { mayBeMarkedOlder, olderRank } from './older-marked'
import type { OlderRank } from './older-marked'
import type { LanguageRules } from './rules'
import { replacingWordsFor } from './rules/replacing'
import type { ReplacingWords } from './rules/replacing'
import { toldOlderWordsFor } from './rules/told-older'
import type { ToldOlderWords } from './rules/told-older'
import { tokenize } from './tokens'

/** As far back as a figure told as an older one looks for the newest, in sentences. */
const NEWEST_LOOKBACK = 30

interface Older {
  readonly draft: number
  readonly figure: FoundFigure
  readonly rank: OlderRank
}

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

/** A figure that may be revised: a count or a measure, listed, inside its claim's own words. */
const ownFigure = (claim: Draft): FoundFigure | undefined => {
  let own: FoundFigure | undefined
  for (const found of claim.found) {
    if (found.minor || (found.category !== 'count' && found.category !== 'measure')) continue
    if (found.start < claim.start || found.end > claim.end) continue
    if (own === undefined || found.start < own.start) own = found
  }
  return own
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
    const at = tokens.findIndex((token) => token.start >= figure.start)
    const next = tokens.findIndex((token) => token.start >= figure.end)
    const rank = olderRank(tokens, at, next < 0 ? tokens.length : next, rules, words)
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

/**
 * "had initially said six people had died, then raised the toll to nine": a sentence that tells
 * its own chain, oldest first and marked as told before, after the story gave the newest
 * figure ("At least 11 people were killed"). That newest revises the chain's last link.
 */
const linkToldChain = (
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
  const at = tokens.findIndex((token) => token.start >= oldest.start)
  const next = tokens.findIndex((token) => token.start >= oldest.end)
  const rank = olderRank(tokens, at, next < 0 ? tokens.length : next, rules, words)
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

/** Whether a figure may be the newest of the measure `older` holds: like in kind, size, unit. */
const likeOlder =
  (older: readonly Older[], rules: LanguageRules) =>
  (found: FoundFigure): boolean => {
    const oldest = older[0]!.figure
    return (
      !found.minor &&
      found.category === oldest.category &&
      compatibleUnits(found.unit, oldest.unit, rules) &&
      older.every(({ figure }) => figure.value !== found.value && alike(figure.value, found.value))
    )
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
  const tokens = tokenize(
    source.slice(claim.start, claim.end),
    claim.start,
    rules.numbers.spacedDigits,
  )
  const at = tokens.findIndex((token) => token.start >= figure.start)
  const next = tokens.findIndex((token) => token.start >= figure.end)
  return olderRank(tokens, at, next < 0 ? tokens.length : next, rules, words) !== undefined
}

/**
 * The claim before the sentence that states the newest figure of the measure: the latest with
 * a figure of a like size whose words share most with the sentence (one repeating its value
 * stands for it); else, when the sentence names only "the amount", the one claim in reach with
 * such a figure. None when two claims with other values share as much.
 */
const newestStated = (
  drafts: readonly Draft[],
  first: number,
  older: readonly Older[],
  text: string,
  start: number,
  rules: LanguageRules,
  words: ToldOlderWords,
  replacing: ReplacingWords,
): number | undefined => {
  const keys = measureKeys(text, start, rules, replacing)
  const like = likeOlder(older, rules)
  let best: { at: number; value: number; shared: number } | undefined
  let tied = false
  const inReach: number[] = []
  const sentence = drafts[first]!.sentence
  for (const [at, claim] of draftsInReach(drafts, sentence, NEWEST_LOOKBACK, first)) {
    const found = ownFigure(claim)
    if (found === undefined || !like(found)) continue
    // "38 000 entrées, loin des 52 000 annoncées": a claim that names an older figure itself.
    if (claim.found.some((other) => older.some(({ figure }) => figure.value === other.value)))
      continue
    inReach.push(at)
    const around = keysAroundFigure(claim, found, rules, replacing)
    const shared = [...around].filter((key) => keys.has(key)).length
    if (shared === 0) continue
    if (best === undefined || shared > best.shared) {
      best = { at, value: found.value, shared }
      tied = false
    } else if (shared === best.shared && found.value !== best.value) tied = true
  }
  if (best !== undefined) return tied ? undefined : best.at
  const generic = text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => words.generic.has(word))
  return generic && inReach.length === 1 ? inReach[0] : undefined
}
