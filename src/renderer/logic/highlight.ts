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
