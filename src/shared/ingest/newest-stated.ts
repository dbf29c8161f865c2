import { compatibleUnits } from './compatible-units'
import type { Draft } from './draft'
import type { FoundFigure } from './figures'
import { alike, draftsInReach } from './in-reach'
import { keysAroundFigure, measureKeys } from './measure-words'
import { olderRank } from './older-marked'
import type { OlderRank } from './older-marked'
import type { LanguageRules } from './rules'
import type { ReplacingWords } from './rules/replacing'
import type { ToldOlderWords } from './rules/told-older'
import type { Token } from './tokens'

/**
 * What the readings of figures told as older ones share (told-backwards.ts, told-chain.ts): a
 * claim's own figure, how a figure is marked as older, and the claim before a sentence that
 * states the newest figure of its measure.
 */

/** As far back as a figure told as an older one looks for the newest, in sentences. */
export const NEWEST_LOOKBACK = 30

export interface Older {
  readonly draft: number
  readonly figure: FoundFigure
  readonly rank: OlderRank
}

/** A figure that may be revised: a count or a measure, listed, inside its claim's own words. */
export const ownFigure = (claim: Draft): FoundFigure | undefined => {
  let own: FoundFigure | undefined
  for (const found of claim.found) {
    if (found.minor || (found.category !== 'count' && found.category !== 'measure')) continue
    if (found.start < claim.start || found.end > claim.end) continue
    if (own === undefined || found.start < own.start) own = found
  }
  return own
}

/** How the words around `figure` mark it as given before (`olderRank`), if they do. */
export const rankOf = (
  tokens: readonly Token[],
  figure: FoundFigure,
  rules: LanguageRules,
  words: ToldOlderWords,
): OlderRank | undefined => {
  const at = tokens.findIndex((token) => token.start >= figure.start)
  const next = tokens.findIndex((token) => token.start >= figure.end)
  return olderRank(tokens, at, next < 0 ? tokens.length : next, rules, words)
}

/** Whether a figure may be the newest of the measure `older` holds: like in kind, size, unit. */
export const likeOlder =
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
 * The claim before the sentence that states the newest figure of the measure: the latest with
 * a figure of a like size whose words share most with the sentence (one repeating its value
 * stands for it); else, when the sentence names only "the amount", the one claim in reach with
 * such a figure. None when two claims with other values share as much.
 */
export const newestStated = (
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
