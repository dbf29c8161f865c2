import type { Draft } from './draft'
import type { FoundFigure } from './figures'
import type { LanguageRules } from './rules'
import type { Token } from './tokens'
import { draftsInReach } from './in-reach'

/**
 * As far back as a figure told as the earlier one looks for the claim that replaced it, in
 * sentences: a correction note at the foot of a release names a figure from its top.
 */
const TOLD_AFTER_LOOKBACK = 50

/**
 * The current figure stated first and the one it replaced told after it: "a recount cut her
 * lead to 212 votes" … "The first count had given her a margin of 341 votes"; "around 110
 * firefighters were in attendance" … "An earlier press release gave the number of firefighters
 * as 90". A figure marked as the earlier one ("initially", "originally", "the first", "an
 * earlier") with no revision of its own is what an earlier claim counting the same thing
 * revised: the latest revision that found nothing before it, or else, when the sentence
 * names a count ("the number of", "the figure"), the only claim in reach that counts it. That claim now points forward at it. Vague units ("people") never link, and
 * a claim that revises something already, or says what it corrects, is left as it is.
 */
export class ToldAfter {
  /** Drafts that state a revision: open ones found nothing to revise. */
  private readonly revising = new Set<number>()
  private readonly open = new Set<number>()

  /** Records a draft made from a revision, and whether it found what it revises. */
  revision(draft: number, found: boolean): void {
    this.revising.add(draft)
    if (!found) this.open.add(draft)
  }

  /** The earlier draft that revises the figure a sentence tells as the earlier one, if any. */
  revisedBy(
    tokens: readonly Token[],
    figures: readonly FoundFigure[],
    sentence: number,
    earlier: readonly Draft[],
    rules: LanguageRules,
  ): number | undefined {
    const told = priorFigure(tokens, figures, rules)
    if (told === undefined) return undefined
    const unit = told.unit!
    let only: number | undefined
    let counted = 0
    for (const [index, claim] of draftsInReach(earlier, sentence, TOLD_AFTER_LOOKBACK)) {
      const same = claim.found.find(
        (figure) => figure.unit !== undefined && sameKind(figure.unit, unit, rules),
      )
      if (same === undefined) continue
      if (this.open.has(index) && claim.revisionOf === undefined) {
        return same.value === told.value ? undefined : index
      }
      counted += 1
      if (!this.revising.has(index) && claim.revisionOf === undefined && same.value !== told.value)
        only = index
    }
    // Alone in reach is enough only when the sentence says it gives a count ("gave the number
    // of firefighters as 90"), not for "the previous record, 5.1 metres", another event's.
    const namesCount = tokens.some((token) => rules.revision.nouns.has(token.lower))
    return counted === 1 && namesCount ? only : undefined
  }
}

const sameKind = (a: string, b: string, rules: LanguageRules): boolean =>
  a === b || rules.unitFamilies.some((family) => family.includes(a) && family.includes(b))

/**
 * The figure after a word that marks it as the earlier one: an adverb ("initially said 12"), or
 * an adjective after a determiner ("The first count", "An earlier press release"), not "was
 * first elected". It must say what it counts, in a unit more telling than "people".
 */
const priorFigure = (
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
  rules: LanguageRules,
): FoundFigure | undefined => {
  const { priorWords } = rules.revision
  let marked = -1
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at]!
    if (token.inQuote || !priorWords.has(token.lower)) continue
    const adverb = token.lower.endsWith(rules.language === 'fr' ? 'ment' : 'ly')
    if (adverb || rules.determiners.has(tokens[at - 1]?.lower ?? '')) {
      marked = at
      break
    }
  }
  if (marked < 0) return undefined
  const counts = figures.filter(
    (figure) =>
      figure.first > marked &&
      (figure.category === 'count' || figure.category === 'measure') &&
      figure.unit !== undefined &&
      !rules.anyUnits.has(figure.unit),
  )
  return counts.length === 1 ? counts[0] : undefined
}
