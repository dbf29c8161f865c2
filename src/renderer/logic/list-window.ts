/**
 * Which rows of a long list of equal-height rows to put in the page: those in view plus
 * `overscan` on either side, so that scrolling a little never shows a gap.
 */
export interface ListWindow {
  /** First row rendered (inclusive). */
  readonly start: number
  /** Row after the last one rendered (exclusive). */
  readonly end: number
}

export const listWindow = (
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan: number,
): ListWindow => {
  if (count === 0 || rowHeight <= 0) return { start: 0, end: 0 }
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight)
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewportHeight)) / rowHeight)
  return {
    start: Math.min(count, Math.max(0, first - overscan)),
    end: Math.min(count, last + overscan),
  }
}

/**
 * Where to scroll so that row `index` is fully in view, moving as little as possible (as
 * `scrollIntoView({ block: 'nearest' })` does); null when it already is.
 */
export const scrollToReveal = (
  index: number,
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
): number | null => {
  const top = index * rowHeight
  const bottom = top + rowHeight
  if (top < scrollTop) return top
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight)
  return null
}
