/** A text cut into the part before a highlight, the highlight itself and the rest. */
export interface HighlightParts {
  readonly before: string
  readonly marked: string
  readonly after: string
}

/**
 * Cuts `text` around [start, end). The span comes from a live anchor into text that other
 * replicas edit, so it is clamped rather than trusted.
 */
export const splitAround = (
  text: string,
  span: { readonly start: number; readonly end: number } | null,
): HighlightParts => {
  if (span === null) return { before: text, marked: '', after: '' }
  const start = Math.max(0, Math.min(span.start, text.length))
  const end = Math.max(start, Math.min(span.end, text.length))
  return { before: text.slice(0, start), marked: text.slice(start, end), after: text.slice(end) }
}

/** One paragraph of the text (with its line break), and the part of the highlight inside it. */
export interface Paragraph {
  /** Where it starts in the whole text. */
  readonly start: number
  readonly text: string
  /** The highlight's part in this paragraph, in its own offsets; null when it has none. */
  readonly marked: { readonly start: number; readonly end: number } | null
}

/**
 * Cuts `text` after each line break, with the highlight's share of each paragraph. A long story
 * is drawn as one block per paragraph: a keystroke then lays out one paragraph again, not the
 * whole story (a single text node of 300 KB took the browser a third of a second per change).
 * Each paragraph keeps its line break, so the offsets of a selection in the page still count
 * every character of the text.
 */
export const paragraphsOf = (
  text: string,
  span: { readonly start: number; readonly end: number } | null,
): Paragraph[] => {
  const cut = splitAround(text, span)
  const markStart = cut.before.length
  const markEnd = markStart + cut.marked.length
  const paragraphs: Paragraph[] = []
  let start = 0
  while (start < text.length || paragraphs.length === 0) {
    const lineBreak = text.indexOf('\n', start)
    const end = lineBreak < 0 ? text.length : lineBreak + 1
    const from = Math.max(markStart, start)
    const to = Math.min(markEnd, end)
    paragraphs.push({
      start,
      text: text.slice(start, end),
      marked: from < to ? { start: from - start, end: to - start } : null,
    })
    start = end
  }
  return paragraphs
}
