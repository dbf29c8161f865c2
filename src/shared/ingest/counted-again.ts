import type { Draft } from './draft'
import type { FoundFigure } from './figures'
import type { LanguageRules } from './rules'
import { draftsInReach } from './in-reach'

/** As far back as a count stated again looks for the count it replaces, in sentences. */
const COUNTED_AGAIN_LOOKBACK = 30

/** Endings of a past participle: "evacuated", "évacuées". Present ones ("-ing") state no count. */
const PAST_ENDINGS: Readonly<Record<string, readonly string[]>> = {
  en: ['ed'],
  fr: ['é', 'ée', 'és', 'ées'],
}

/**
 * "1,200 people had been evacuated" and, later, "around 2,400 people have been evacuated": the
 * same people counted again in the same passive shape (a figure, a form of "be", one past
 * participle), with another figure and no word saying it revises anything, by whoever, replaces
 * the latest earlier count of the kind. Only the participle says what is counted alike on both
 * sides: "19 salariés en arrêt" and "231 salariés" count different staff. The dead are left
 * out: "the worst since 1987, when 31 people died" compares with another disaster. A sentence or
 * claim that counts the kind twice (a breakdown) links nothing: a wrong link misleads more than
 * a missing one.
 */
export const countedAgain = (
  figures: readonly FoundFigure[],
  sentence: number,
  earlier: readonly Draft[],
  rules: LanguageRules,
): number | undefined => {
  const counts = figures.filter(
    (figure) => figure.trigger && !figure.minor && figure.category === 'count',
  )
  if (counts.length !== 1) return undefined
  const figure = counts[0]!
  const kind = passiveKind(figure, rules)
  if (kind === undefined) return undefined
  for (const [index, claim] of draftsInReach(earlier, sentence, COUNTED_AGAIN_LOOKBACK)) {
    const same = claim.found.filter((found) => passiveKind(found, rules) === kind)
    if (same.length === 0) continue
    if (same.length > 1 || same[0]!.value === figure.value) return undefined
    return index
  }
  return undefined
}

/** "evacuat" for "1,200 people had been evacuated" (and "évacué" for "ont été évacuées"). */
const passiveKind = (figure: FoundFigure, rules: LanguageRules): string | undefined => {
  const unit = figure.unit
  if (figure.category !== 'count' || unit === undefined) return undefined
  const endings = PAST_ENDINGS[rules.language] ?? []
  const ending = endings.find((end) => unit.endsWith(end))
  if (ending === undefined) return undefined
  if (rules.unitFamilies.some((family) => family.includes(rules.tollUnit) && family.includes(unit)))
    return undefined
  const words = figure.raw.toLowerCase().split(/\s+/u)
  if (words[words.length - 1] !== unit) return undefined
  if (!words.slice(0, -1).some((word) => rules.linkingVerbs.has(word))) return undefined
  return unit.slice(0, unit.length - ending.length)
}
