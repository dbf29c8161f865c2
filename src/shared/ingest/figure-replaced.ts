import { compatibleUnits } from './compatible-units'
import type { Draft } from './draft'
import type { FoundFigure } from './figures'
import { referredClaim } from './figure-referred'
import type { PlacedSentence } from './figure-referred'
import { referredFigure } from './measure-referred'
import { alike, draftsInReach, newestRevision } from './in-reach'
import { keysAroundFigure, measureKey, measureKeys } from './measure-words'
import { sameSpeaker } from './restated'
import type { LanguageRules } from './rules'
import { replacingWordsFor } from './rules/replacing'
import { toldOlderWordsFor } from './rules/told-older'
import type { ReplacingWords } from './rules/replacing'
import type { Token } from './tokens'
import { phraseAt } from './tokens'
import { UNKNOWN_SPEAKER } from './types'

/** As far back as a replacing figure looks for the one it replaces, in sentences. */
const REPLACED_LOOKBACK = 30
/** Words between a valuing verb and its preposition: "puts that number at", "gave the figure as". */
const VALUED_WORDS = 4

/** How a sentence says its figure replaces one: a word of the list, or a verb that values it. */
type Marker = 'word' | 'pointing' | 'valued'

/**
 * "14 people were still missing" and, later, "19 people were now thought to be missing", "the
 * correct figure is 23, because nine schools …", « dix-sept postes sont en réalité vacants »: a
 * figure said to replace an earlier one (a word of the language's closed list, or a verb that
 * values "that number" or the speaker's own measure, "puts that number at 112") revises the
 * latest earlier claim, by whoever, whose figure counts the same thing: a figure of the same
 * kind, in units that may count alike, of a like size, with a word of its measure (the counted
 * noun, a word of what is measured) around it that the replacing sentence names too; a figure
 * that names what it counts ("5,000 residents") must find that noun. A claim that only repeats
 * an earlier one's figure stands for it, and a claim revised since for its newest revision, so
 * a chain of three stays in order. The same value again links nothing, nor does a sentence with
 * more than one figure to read: a wrong link misleads more than a missing one.
 */
export const replacedFigure = (
  sentence: PlacedSentence,
  speaker: string,
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
  index: number,
  earlier: readonly Draft[],
  rules: LanguageRules,
  /** The figure of a revision ("had risen to £6.3 million"), which says it replaces one. */
  revised?: FoundFigure,
): number | undefined => {
  const replacing = replacingWordsFor(rules.language)
  if (replacing === undefined) return undefined
  const markedBy = (figure: FoundFigure): Marker | undefined => {
    // "At first the auditors put the overspend at £14.9 million": the figure replaced, not its
    // replacement.
    // "higher than first reported, at 6,800" compares it with the first: it replaces it.
    const comparing = toldOlderWordsFor(rules.language)?.comparing
    const first = tokens
      .slice(0, figure.first)
      .some(
        (token, at) =>
          !token.inQuote &&
          rules.revision.priorWords.has(token.lower) &&
          comparing?.has(tokens[at - 1]?.lower ?? '') !== true,
      )
    if (first) return undefined
    return revised === undefined ? markerOf(tokens, figure, replacing, rules) : 'word'
  }
  // « Il passe désormais à 187 »: a measure only referred to is the one just stated.
  const referred = referredFigure(tokens, figures, rules, revised)
  const referent =
    referred !== undefined && markedBy(referred) !== undefined
      ? referredClaim(sentence, referred, index, earlier, rules, revised === undefined)
      : undefined
  if (referent !== undefined) return referent
  const figure = revised ?? onlyFigure(figures)
  if (figure === undefined || (figure.category !== 'count' && figure.category !== 'measure'))
    return undefined
  const marker = markedBy(figure)
  if (marker === undefined) return undefined
  const counted = countedBy(figure, rules, replacing)
  const keys =
    counted === undefined
      ? measureKeys(sentence.text, sentence.start, rules, replacing)
      : new Set([counted])
  if (keys.size === 0) return undefined
  // Both walks below ask this of the same claims' figures: asked once each.
  const namedOf = new Map<Draft, Map<FoundFigure, number>>()
  const named = (claim: Draft, found: FoundFigure): number => {
    let ofClaim = namedOf.get(claim)
    if (ofClaim === undefined) namedOf.set(claim, (ofClaim = new Map()))
    let count = ofClaim.get(found)
    if (count === undefined) {
      count =
        !found.minor &&
        found.category === figure.category &&
        compatibleUnits(found.unit, figure.unit, rules)
          ? namesMeasure(claim, found, keys, rules, replacing)
          : 0
      ofClaim.set(found, count)
    }
    return count
  }
  const sameMeasure = (claim: Draft, least: number): FoundFigure[] =>
    claim.found.filter((found) => named(claim, found) >= least)
  // Of the claims that count the same thing, in a figure of a like size, those that name most
  // of what the sentence names: « 4 500 mètres carrés de bâtiments détruits » replaces the
  // buildings destroyed, not a warehouse of 1 200 square metres.
  let most = 1
  for (const [, claim] of draftsInReach(earlier, index, REPLACED_LOOKBACK))
    for (const found of claim.found)
      if (found.value !== figure.value && alike(found.value, figure.value))
        most = Math.max(most, named(claim, found))
  let target: readonly [number, FoundFigure] | undefined
  for (const [at, claim] of draftsInReach(earlier, index, REPLACED_LOOKBACK)) {
    const same = sameMeasure(claim, target === undefined ? most : 1)
    if (same.length === 0) continue
    // "in our 07:40 update we said 14 schools": a claim that repeats an earlier figure.
    if (target !== undefined)
      return same.length === 1 && same[0]!.value === target[1].value
        ? newestRevision(earlier, at)
        : target[0]
    if (same.length > 1) return undefined
    const found = same[0]!
    if (found.value === figure.value || !alike(found.value, figure.value)) return undefined
    // "he put the reduction at 35": a measure valued without pointing back is the speaker's own.
    const own = sameSpeaker(claim.attribution.who, speaker) && speaker !== UNKNOWN_SPEAKER
    if (marker === 'valued' && !own) return undefined
    if (earlier[at]!.revisionOf !== undefined) return newestRevision(earlier, at)
    target = [newestRevision(earlier, at), found]
  }
  return target?.[0]
}

/**
 * The one figure a sentence gives of a count ("19 people were now thought to be missing",
 * beside "five foot of water"), or else of a measure; none when it gives more than one.
 */
const onlyFigure = (figures: readonly FoundFigure[]): FoundFigure | undefined => {
  const listed = figures.filter((figure) => !figure.minor)
  const counts = listed.filter((figure) => figure.category === 'count')
  if (counts.length > 0) return counts.length === 1 ? counts[0] : undefined
  const measures = listed.filter((figure) => figure.category === 'measure')
  return measures.length === 1 ? measures[0] : undefined
}

/**
 * The key of the noun a figure says it counts ("5,000 residents", « dix-sept postes »), which
 * the figure it replaces must be said of; none for a unit that names no kind ("people", "%").
 */
const countedBy = (
  figure: FoundFigure,
  rules: LanguageRules,
  replacing: ReplacingWords,
): string | undefined => {
  const unit = figure.unit
  if (unit === undefined) return undefined
  const kind =
    rules.countNouns.has(unit) || rules.unitFamilies.some((family) => family.includes(unit))
  return kind ? measureKey(unit, rules, replacing) : undefined
}

/**
 * A word of the list outside a quotation; or a valuing verb a few words before "at 112", whose
 * object points back ("that number", "it") or not ("the reduction", then only the speaker's own).
 */
const markerOf = (
  tokens: readonly Token[],
  figure: FoundFigure,
  replacing: ReplacingWords,
  rules: LanguageRules,
): Marker | undefined => {
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at]!
    if (token.inQuote) continue
    if (replacing.words.has(token.lower)) return 'word'
    if (phraseAt(tokens, at, replacing.phrases) !== null) return 'word'
  }
  const preposition = tokens[figure.first - 1]
  if (preposition === undefined || !replacing.valuingPrepositions.has(preposition.lower))
    return undefined
  for (
    let verb = figure.first - 2;
    verb >= 0 && verb >= figure.first - 2 - VALUED_WORDS;
    verb -= 1
  ) {
    if (!replacing.valuing.has(tokens[verb]!.lower)) continue
    const object = tokens.slice(verb + 1, figure.first - 1)
    const points = object.some(
      (token) => rules.demonstratives.has(token.lower) || rules.pronouns[token.lower] === 'org',
    )
    return points ? 'pointing' : 'valued'
  }
  return undefined
}

/** How many words of the earlier figure's measure (its unit, words around it) the sentence names. */
const namesMeasure = (
  claim: Draft,
  found: FoundFigure,
  keys: ReadonlySet<string>,
  rules: LanguageRules,
  replacing: ReplacingWords,
): number => {
  if (found.start < claim.start || found.end > claim.end) return 0
  const around = keysAroundFigure(claim, found, rules, replacing)
  let shared = 0
  for (const key of around) if (keys.has(key)) shared += 1
  return shared
}
