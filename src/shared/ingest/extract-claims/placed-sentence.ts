import type { PlacedSentence } from '../figure-referred'
import type { Sentence } from '../sentences'

/** A sentence with where its paragraph starts, where a reference looks back first. */
export const placedSentence = (
  sentence: Sentence,
  paragraphs: readonly { readonly start: number }[],
): PlacedSentence => ({
  text: sentence.text,
  start: sentence.start,
  paragraphStart: paragraphs[sentence.paragraph]?.start ?? sentence.start,
})
