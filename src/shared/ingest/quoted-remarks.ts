import type { SentenceSignals } from './classify'
import type { FoundFigure } from './figures'
import type { LanguageRules } from './rules'
import type { Token } from './tokens'

/** Quotations that give nothing to check: a remark, a feeling, an opinion. */

/**
 * '"Nobody alive has seen anything like it here."' after a quoted speaker: a quotation standing
 * alone that gives nothing to check (no figure, no time, no denial or accusation) is a remark, a
 * feeling or an opinion, not a claim. (One with its own "she said" may state a fact the story
 * quotes for its wording, "Our meters are read by the authority itself", so it stays.)
 */
export const quotedRemark = (
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
  signals: SentenceSignals,
  hasTime: boolean,
): boolean => {
  const first = tokens[0]
  return (
    first !== undefined &&
    (first.kind === 'quote' || first.inQuote) &&
    figures.length === 0 &&
    !hasTime &&
    signals.denial.length === 0 &&
    signals.blame.length === 0
  )
}

/** Words outside the quotation of a quoted remark: "she said", "Rudd says, smiling". */
const ATTRIBUTION_WORDS = 6

/**
 * '"I went in walking and came out in a wheelchair," she said.': a quotation with nothing
 * outside it but a short attribution, in the speaker's own or the listener's words ("I", "my",
 * "you"). With no figure, time, denial or accusation (`quotedRemark`), it tells how someone
 * feels, which a fact-checker would not list; a quotation about the world ("Our meters are read
 * by the authority itself", "This is the largest operation we have mounted") stays a claim.
 */
export const feelingOnly = (tokens: readonly Token[], rules: LanguageRules): boolean => {
  let outside = 0
  let personal = false
  for (const token of tokens) {
    if (token.kind !== 'word') continue
    if (token.inQuote) {
      if (rules.firstAndSecondPerson.has(token.lower)) personal = true
      continue
    }
    outside += 1
    if (outside > ATTRIBUTION_WORDS) return false
  }
  return personal
}
