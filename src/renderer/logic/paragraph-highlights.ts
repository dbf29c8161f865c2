import { paragraphsOf, type Paragraph } from './highlight'
import {
  compareMarks,
  marksPerParagraph,
  segmentsIn,
  type MarkSegment,
  type QuoteMark,
} from './quote-marks'

/** The source text's paragraphs and what each one highlights, as QuotedText draws them. */
export interface ParagraphHighlights {
  readonly text: string
  readonly marks: readonly QuoteMark[]
  readonly selectedId: string | null
  readonly paragraphs: readonly Paragraph[]
  /** The marks overlapping each paragraph, in `marks` order. */
  readonly perParagraph: readonly (readonly QuoteMark[])[]
  readonly segments: readonly (readonly MarkSegment[])[]
  /** What each paragraph's segments look like, as one string: it is drawn again only if it changes. */
  readonly signatures: readonly string[]
  /** Where the selected claim's quote starts, if it is highlighted. */
  readonly selectedStart: number | null
  /** The paragraphs worked out by the step that made this: every one, or only these (ascending). */
  readonly recomputed: 'all' | readonly number[]
}

/**
 * Past this many marks changed at once, every paragraph is worked out again: finding each one's
 * paragraphs and copying their lists would cost about as much.
 */
const PATCH_LIMIT = 512

export const segmentSignature = (
  segments: readonly MarkSegment[],
  selectedId: string | null,
): string =>
  segments
    .map(
      ({ start, end, covering, top }) =>
        `${start}-${end}:${top.claimId}:${top.state}:${top.label}:${top.index}:${covering}:${top.claimId === selectedId ? 1 : 0}`,
    )
    .join(' ')

const paragraphEnd = (paragraph: Paragraph): number => paragraph.start + paragraph.text.length

/** Every paragraph worked out from scratch (the paragraphs too, unless the text is the same). */
export const fullHighlights = (
  text: string,
  marks: readonly QuoteMark[],
  selectedId: string | null,
  known: readonly Paragraph[] | null = null,
): ParagraphHighlights => {
  const paragraphs = known ?? paragraphsOf(text, null)
  const perParagraph = marksPerParagraph(
    marks,
    paragraphs.map((paragraph) => paragraph.start),
    text.length,
  )
  const segments = paragraphs.map((paragraph, at) =>
    segmentsIn(perParagraph[at]!, paragraph.start, paragraphEnd(paragraph), selectedId),
  )
  const selected =
    selectedId === null ? undefined : marks.find((mark) => mark.claimId === selectedId)
  return {
    text,
    marks,
    selectedId,
    paragraphs,
    perParagraph,
    segments,
    signatures: segments.map((list) => segmentSignature(list, selectedId)),
    selectedStart: selected?.start ?? null,
    recomputed: 'all',
  }
}

/** The paragraph holding `offset` (the last one starting at or before it): a binary search. */
const paragraphAt = (paragraphs: readonly Paragraph[], offset: number): number => {
  let low = 0
  let high = paragraphs.length - 1
  while (low < high) {
    const middle = (low + high + 1) >>> 1
    if (paragraphs[middle]!.start <= offset) low = middle
    else high = middle - 1
  }
  return low
}

/**
 * The marks that differ from `before`'s, as pairs at the same place, if every one of them stands
 * where it stood (a decision changes a quote's status colour, not its range); null otherwise.
 */
const sameRangeChanges = (
  before: readonly QuoteMark[],
  after: readonly QuoteMark[],
): [QuoteMark, QuoteMark][] | null => {
  if (before.length !== after.length) return null
  const changes: [QuoteMark, QuoteMark][] = []
  for (let at = 0; at < after.length; at++) {
    const old = before[at]!
    const now = after[at]!
    if (old === now) continue
    if (compareMarks(old, now) !== 0 || old.claimId !== now.claimId) return null
    changes.push([old, now])
    if (changes.length > PATCH_LIMIT) return null
  }
  return changes
}

/**
 * The highlights for `text` and `marks` (sorted by `compareMarks`), from `previous` when it can:
 * when only some marks' status or state changed and nothing moved, only the paragraphs holding
 * those marks are cut into segments again; every other paragraph keeps its lists and signature,
 * so React skips it. Anything else (an edit, a new or moved quote, another open claim) works out
 * every paragraph, as `fullHighlights` does. The answer is the same either way.
 */
export const nextHighlights = (
  previous: ParagraphHighlights | null,
  text: string,
  marks: readonly QuoteMark[],
  selectedId: string | null,
): ParagraphHighlights => {
  if (previous === null) return fullHighlights(text, marks, selectedId)
  if (previous.text !== text) return fullHighlights(text, marks, selectedId)
  const known = previous.paragraphs
  if (previous.selectedId !== selectedId) return fullHighlights(text, marks, selectedId, known)
  if (previous.marks === marks) return previous
  const changes = sameRangeChanges(previous.marks, marks)
  if (changes === null) return fullHighlights(text, marks, selectedId, known)
  const perParagraph = previous.perParagraph.slice()
  const copied = new Set<number>()
  for (const [old, now] of changes) {
    if (now.end <= now.start) continue // in no paragraph (see `marksPerParagraph`)
    for (let at = paragraphAt(known, now.start); at < known.length; at++) {
      const paragraph = known[at]!
      if (paragraph.start >= now.end) break
      if (paragraphEnd(paragraph) <= now.start) continue
      const list = copied.has(at) ? (perParagraph[at] as QuoteMark[]) : perParagraph[at]!.slice()
      const place = list.indexOf(old)
      if (place < 0) return fullHighlights(text, marks, selectedId, known)
      list[place] = now
      perParagraph[at] = list
      copied.add(at)
    }
  }
  const recomputed = [...copied].sort((a, b) => a - b)
  const segments = previous.segments.slice()
  const signatures = previous.signatures.slice()
  for (const at of recomputed) {
    const paragraph = known[at]!
    segments[at] = segmentsIn(
      perParagraph[at]!,
      paragraph.start,
      paragraphEnd(paragraph),
      selectedId,
    )
    signatures[at] = segmentSignature(segments[at], selectedId)
  }
  return {
    text,
    marks,
    selectedId,
    paragraphs: known,
    perParagraph,
    segments,
    signatures,
    selectedStart: previous.selectedStart,
    recomputed,
  }
}

/** Keeps the last highlights a component drew, to work out the next ones from them. */
export class HighlightMemory {
  private last: ParagraphHighlights | null = null

  layout(
    text: string,
    marks: readonly QuoteMark[],
    selectedId: string | null,
  ): ParagraphHighlights {
    this.last = nextHighlights(this.last, text, marks, selectedId)
    return this.last
  }
}
