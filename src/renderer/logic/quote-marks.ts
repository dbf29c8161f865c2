import type { StatusLabel } from '../../shared/dossier'
import type { TextEdit } from './text-diff'

/** A claim's quote where it stands in the source text now, with what the highlight shows. */
export interface QuoteMark {
  readonly claimId: string
  /** The claim's number in the list, less one (`ClaimView.index`). */
  readonly index: number
  readonly start: number
  readonly end: number
  readonly state: 'intact' | 'edited'
  readonly label: StatusLabel
}

/** Sorted by start; at one start, the longer quote first (it encloses the shorter). */
export const compareMarks = (a: QuoteMark, b: QuoteMark): number =>
  a.start - b.start || b.end - a.end || a.index - b.index

/**
 * Where a quote found before `edit` stands after it, until it is resolved again: text before the
 * edit keeps its place, text after it moves by what the edit added or removed, and a quote the
 * edit cut into keeps what is left of it. Null when the edit deleted all of it.
 */
export const shiftMark = (mark: QuoteMark, edit: TextEdit): QuoteMark | null => {
  const editEnd = edit.index + edit.deleteCount
  const delta = edit.insert.length - edit.deleteCount
  const move = (offset: number, isEnd: boolean): number => {
    if (offset < edit.index || (isEnd && offset === edit.index)) return offset
    if (offset >= editEnd) return offset + delta
    return isEnd ? edit.index : edit.index + edit.insert.length
  }
  const start = move(mark.start, false)
  const end = move(mark.end, true)
  if (end <= start) return null
  if (start === mark.start && end === mark.end) return mark
  return { ...mark, start, end }
}

/** A stretch of one paragraph and the quotes covering all of it, in its own offsets. */
export interface MarkSegment {
  readonly start: number
  readonly end: number
  /** The quote shown: the selected claim's if it covers the stretch, else the innermost. */
  readonly top: QuoteMark
  /** How many quotes cover the stretch (more than one: they overlap here). */
  readonly covering: number
}

/** Where `mark` goes in `marks` (sorted by `compareMarks`) to keep them sorted: a binary search. */
export const insertionPoint = (marks: readonly QuoteMark[], mark: QuoteMark): number => {
  let low = 0
  let high = marks.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (compareMarks(marks[middle]!, mark) < 0) low = middle + 1
    else high = middle
  }
  return low
}

const innermost = (covering: readonly QuoteMark[], selectedId: string | null): QuoteMark => {
  let best = covering[0]!
  for (const mark of covering) {
    if (mark.claimId === selectedId) return mark
    if (mark.end - mark.start < best.end - best.start) best = mark
  }
  return best
}

/**
 * Cuts the paragraph [from, to) of the text at every quote boundary inside it, given the quotes
 * that overlap it. Overlapping quotes are split: each stretch shows one of them (the selected
 * one wins) and knows how many cover it. Stretches no quote covers are left out.
 */
export const segmentsIn = (
  overlapping: readonly QuoteMark[],
  from: number,
  to: number,
  selectedId: string | null,
): MarkSegment[] => {
  if (overlapping.length === 0) return []
  const cuts = new Set<number>([from, to])
  for (const mark of overlapping) {
    if (mark.start > from && mark.start < to) cuts.add(mark.start)
    if (mark.end > from && mark.end < to) cuts.add(mark.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const segments: MarkSegment[] = []
  for (let at = 0; at + 1 < points.length; at++) {
    const start = points[at]!
    const end = points[at + 1]!
    const covering = overlapping.filter((mark) => mark.start <= start && mark.end >= end)
    if (covering.length === 0) continue
    const top = innermost(covering, selectedId)
    const last = segments.at(-1)
    // Two stretches showing the same quote the same way are one.
    if (last !== undefined && last.end === start - from && last.top === top)
      if (last.covering === covering.length) {
        segments[segments.length - 1] = { ...last, end: end - from }
        continue
      }
    segments.push({ start: start - from, end: end - from, top, covering: covering.length })
  }
  return segments
}

/**
 * The marks that overlap each of `paragraphs` (given by their starts, ascending, the last one
 * ending at `length`): one walk over both sorted lists, keeping the quotes still open.
 */
export const marksPerParagraph = (
  marks: readonly QuoteMark[],
  starts: readonly number[],
  length: number,
): QuoteMark[][] => {
  const result: QuoteMark[][] = []
  let open: QuoteMark[] = []
  let next = 0
  for (let at = 0; at < starts.length; at++) {
    const from = starts[at]!
    const to = at + 1 < starts.length ? starts[at + 1]! : length
    open = open.filter((mark) => mark.end > from)
    while (next < marks.length && marks[next]!.start < to) {
      const mark = marks[next++]!
      if (mark.end > from && mark.end > mark.start) open.push(mark)
    }
    result.push(open.filter((mark) => mark.start < to))
  }
  return result
}

/**
 * `marks` with the claim `claimId`'s entry replaced by `exact` (or left out when null): the open
 * claim's quote is resolved as it stands this moment, while the others may wait for a sweep.
 */
export const withExactMark = (
  marks: readonly QuoteMark[],
  claimId: string | null,
  exact: QuoteMark | null,
): readonly QuoteMark[] => {
  if (claimId === null) return marks
  const at = marks.findIndex((mark) => mark.claimId === claimId)
  const known = at < 0 ? undefined : marks[at]
  if (
    exact !== null &&
    known !== undefined &&
    known.start === exact.start &&
    known.end === exact.end &&
    known.state === exact.state &&
    known.label === exact.label
  )
    return marks
  if (exact === null && known === undefined) return marks
  const rest = at < 0 ? [...marks] : [...marks.slice(0, at), ...marks.slice(at + 1)]
  if (exact !== null) rest.splice(insertionPoint(rest, exact), 0, exact)
  return rest
}
