import type { Attribution, ClaimKind, Figure } from '../dossier'
import { classify, signalsOf } from './classify'
import { extractClaims } from './extract-claims'
import { findFigures } from './figures'
import { rulesFor } from './rules'
import { paragraphSpans, splitSentences } from './sentences'
import type { Sentence } from './sentences'
import { timeWithin } from './time-phrases'
import { tokenize } from './tokens'
import { UNKNOWN_SPEAKER } from './types'

/** What the import would say of the sentence an editor selected: who made the claim, its kind. */
export interface ClaimSuggestion {
  readonly attribution: Attribution
  readonly kind: ClaimKind
  /** Figures the import found in that sentence (not rewritten). */
  readonly figures: readonly Figure[]
  /** The sentence the suggestion was made for, offsets into the source, end exclusive. */
  readonly sentence: { readonly start: number; readonly end: number; readonly text: string }
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start)

/** The sentence the span starts in (or the first it touches), or null in blank space. */
const sentenceAt = (
  sentences: readonly Sentence[],
  span: { start: number; end: number },
): Sentence | null =>
  sentences.find((sentence) => sentence.start <= span.start && span.start < sentence.end) ??
  sentences.find((sentence) => overlap(sentence, span) > 0) ??
  null

/**
 * Suggests the speaker and kind of a claim made from `source[start, end)` with the import's own
 * rules (`extractClaims`): the candidate the import finds in the sentence holding the span, with
 * the story before it as context, so "he said" resolves as it would on import. A sentence the
 * import would not make a claim of gets an unknown speaker and the kind its words suggest.
 */
export const suggestClaim = (
  source: string,
  span: { readonly start: number; readonly end: number },
  language?: string,
): ClaimSuggestion | null => {
  const rules = rulesFor(language)
  const start = Math.max(0, Math.min(span.start, source.length))
  const end = Math.max(start, Math.min(span.end, source.length))
  const paragraph = paragraphSpans(source).find((p) => p.start <= start && start < p.end)
  if (paragraph === undefined) return null
  // The story up to the end of the span's paragraph: sentences split per paragraph, so this
  // reads each sentence as the whole story would, and nothing after it is looked at.
  const upTo = source.slice(0, Math.max(paragraph.end, end))
  const sentence = sentenceAt(splitSentences(upTo, rules), { start, end: Math.max(end, start + 1) })
  if (sentence === null) return null
  const sentenceSpan = { start: sentence.start, end: sentence.end, text: sentence.text }

  const candidates = extractClaims(upTo, language === undefined ? {} : { language }).filter(
    (candidate) => overlap(candidate, sentence) > 0,
  )
  const wanted = end > start ? { start, end } : sentence
  const best = candidates.reduce<(typeof candidates)[number] | null>(
    (chosen, candidate) =>
      chosen === null || overlap(candidate, wanted) > overlap(chosen, wanted) ? candidate : chosen,
    null,
  )
  if (best !== null) {
    return {
      attribution: best.attribution,
      kind: best.kind,
      figures: best.figures,
      sentence: sentenceSpan,
    }
  }

  // Not a candidate: nobody is named as saying it, so its kind comes from its words alone.
  const tokens = tokenize(sentence.text, sentence.start, rules.numbers.spacedDigits)
  const figures = findFigures(tokens, upTo, rules)
  const hasTime = timeWithin(tokens, 0, tokens.length, upTo, rules) !== null
  return {
    attribution: { who: UNKNOWN_SPEAKER },
    kind: classify(signalsOf(tokens, rules), figures, false, hasTime, rules),
    figures: figures
      .filter((figure) => !figure.minor)
      .map((figure) => ({
        value: figure.value,
        ...(figure.unit === undefined ? {} : { unit: figure.unit }),
        raw: figure.raw,
      })),
    sentence: sentenceSpan,
  }
}
