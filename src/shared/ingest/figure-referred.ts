import { compatibleUnits } from './compatible-units'
import type { Draft } from './draft'
import type { FoundFigure } from './figures'
import { alike, draftsInReach } from './in-reach'
import { referredFigure } from './measure-referred'
import type { LanguageRules } from './rules'
import type { Token } from './tokens'

/** As far back as a reference looks for the figure it stands for, in sentences. */
const REFERENCE_REACH = 2
/** As far back, in any paragraph, when nothing of its kind is that near. */
const WIDER_REACH = 8
/** As far back again as the figure referred to may have been stated first. */
const FIRST_STATED_LOOKBACK = 30

/** A sentence, and where its paragraph starts in the source: where a reference looks first. */
export interface PlacedSentence {
  readonly text: string
  readonly start: number
  readonly paragraphStart: number
}

/**
 * « Le nombre de postes supprimés avait été fixé à 214. Il passe désormais à 187. », "puts the
 * figure at 2,231", "On Friday it corrected that to 67 per cent": a figure said to replace one
 * whose measure is only referred to (a pronoun, "the figure", « ce chiffre ») revises what the
 * reference stands for: the one figure of its kind (the same category, units that may count
 * alike, a like size) stated just before, in the same paragraph, at most two sentences back;
 * with none there, and no revision verb to find the claim by what it names, the one such
 * figure a few sentences back in any paragraph. A figure revised since stands for its newest
 * revision; a figure that repeats one stated earlier stands for the claim that stated it first.
 * Two such figures in reach, one before it in the sentence, or the same value again link
 * nothing: a reference read wrong misleads more than a missing link.
 */
export const referredRevision = (
  sentence: PlacedSentence,
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
  index: number,
  earlier: readonly Draft[],
  rules: LanguageRules,
  /** The figure of a revision ("It has since revised that to five"). */
  revised?: FoundFigure,
): number | undefined => {
  const figure = referredFigure(tokens, figures, rules, revised)
  return figure === undefined
    ? undefined
    : referredClaim(sentence, figure, index, earlier, rules, false)
}

/** The claim a referred figure revises: the one figure of its kind just before, as above. */
export const referredClaim = (
  sentence: PlacedSentence,
  figure: FoundFigure,
  index: number,
  earlier: readonly Draft[],
  rules: LanguageRules,
  /**
   * Whether to look further back when nothing of the kind is near: not for a revision verb
   * ("lowered the toll to 15"), whose claim is found by what it names and who said it.
   */
  further: boolean,
): number | undefined => {
  const fits = (found: FoundFigure): boolean =>
    found.category === figure.category &&
    (!found.minor || figure.minor) &&
    compatibleUnits(found.unit, figure.unit, rules) &&
    alike(found.value, figure.value)
  const near = onlyFitting(earlier, index, REFERENCE_REACH, sentence.paragraphStart, fits)
  // Nothing of the kind just before: the one such figure further back, in any paragraph.
  const target =
    near === undefined && further ? onlyFitting(earlier, index, WIDER_REACH, 0, fits) : near
  if (target === null || target === undefined || target[1].value === figure.value) return undefined
  return firstStated(earlier, target[0], target[1])
}

/**
 * The one figure that fits, of the claims in reach that no later claim has revised (a figure
 * revised since stands for its newest revision, itself in reach): undefined for none, null for
 * more than one.
 */
const onlyFitting = (
  earlier: readonly Draft[],
  index: number,
  reach: number,
  from: number,
  fits: (found: FoundFigure) => boolean,
): readonly [number, FoundFigure] | null | undefined => {
  let target: readonly [number, FoundFigure] | undefined
  for (const [at, claim] of draftsInReach(earlier, index, reach)) {
    if (claim.start < from) break
    if (revisedLater(earlier, at)) continue
    const fitting = claim.found.filter(fits)
    if (fitting.length === 0) continue
    if (target !== undefined || fitting.length > 1) return null
    target = [at, fitting[0]!]
  }
  return target
}

const revisedLater = (earlier: readonly Draft[], index: number): boolean => {
  for (let later = index + 1; later < earlier.length; later += 1)
    if (earlier[later]!.revisionOf === index) return true
  return false
}

/**
 * "An earlier version said 2,950 complaints. The report gives the figure as 2,590.": the claim
 * that first stated the figure referred to, when none has revised it since.
 */
const firstStated = (earlier: readonly Draft[], index: number, figure: FoundFigure): number => {
  const from = earlier[index]!.sentence - FIRST_STATED_LOOKBACK
  let first = index
  for (let at = index - 1; at >= 0 && earlier[at]!.sentence >= from; at -= 1) {
    const stated = earlier[at]!.found.some(
      (found) => !found.minor && found.category === figure.category && found.value === figure.value,
    )
    if (stated && !revisedLater(earlier, at)) first = at
  }
  return first
}
