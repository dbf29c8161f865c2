import { describe, expect, it } from 'vitest'
import {
  compareMarks,
  insertionPoint,
  marksPerParagraph,
  segmentsIn,
  shiftMark,
  withExactMark,
  type QuoteMark,
} from '../../src/renderer/logic/quote-marks'
import { paragraphsOf } from '../../src/renderer/logic/highlight'

const mark = (claimId: string, start: number, end: number, extra: Partial<QuoteMark> = {}) =>
  ({
    claimId,
    index: Number(claimId.replace(/\D/g, '')) || 0,
    start,
    end,
    state: 'intact',
    label: 'unverified',
    ...extra,
  }) satisfies QuoteMark

describe('shiftMark', () => {
  const quote = mark('c1', 10, 20)

  it('keeps a quote before the edit, and moves one after it by what the edit added or took', () => {
    expect(shiftMark(quote, { index: 25, deleteCount: 3, insert: '' })).toBe(quote)
    expect(shiftMark(quote, { index: 20, deleteCount: 0, insert: 'abc' })).toBe(quote)
    expect(shiftMark(quote, { index: 2, deleteCount: 0, insert: 'abc' })).toMatchObject({
      start: 13,
      end: 23,
    })
    expect(shiftMark(quote, { index: 2, deleteCount: 5, insert: '' })).toMatchObject({
      start: 5,
      end: 15,
    })
  })

  it('keeps what is left of a quote the edit cut into, and drops one it deleted whole', () => {
    expect(shiftMark(quote, { index: 15, deleteCount: 10, insert: 'xy' })).toMatchObject({
      start: 10,
      end: 15,
    })
    expect(shiftMark(quote, { index: 5, deleteCount: 10, insert: '' })).toMatchObject({
      start: 5,
      end: 10,
    })
    expect(shiftMark(quote, { index: 12, deleteCount: 2, insert: 'four' })).toMatchObject({
      start: 10,
      end: 22,
    })
    expect(shiftMark(quote, { index: 8, deleteCount: 14, insert: 'new' })).toBeNull()
  })
})

describe('segmentsIn', () => {
  it('gives each quote its stretch, in the paragraph’s own offsets, and leaves gaps out', () => {
    const a = mark('c1', 102, 105)
    const b = mark('c2', 108, 112)
    expect(segmentsIn([a, b], 100, 120, null)).toEqual([
      { start: 2, end: 5, top: a, covering: 1 },
      { start: 8, end: 12, top: b, covering: 1 },
    ])
  })

  it('splits overlapping quotes: a stretch shows the innermost, or the selected one wherever it is', () => {
    const outer = mark('c1', 0, 20)
    const inner = mark('c2', 5, 10, { label: 'confirmed' })
    expect(segmentsIn([outer, inner], 0, 30, null)).toEqual([
      { start: 0, end: 5, top: outer, covering: 1 },
      { start: 5, end: 10, top: inner, covering: 2 },
      { start: 10, end: 20, top: outer, covering: 1 },
    ])
    expect(segmentsIn([outer, inner], 0, 30, 'c1')).toEqual([
      { start: 0, end: 5, top: outer, covering: 1 },
      { start: 5, end: 10, top: outer, covering: 2 },
      { start: 10, end: 20, top: outer, covering: 1 },
    ])
  })

  it('shows one stretch for quotes of the same words, and clips a quote to its paragraph', () => {
    const first = mark('c1', 0, 40)
    const same = mark('c2', 0, 40)
    expect(segmentsIn([first, same], 10, 25, null)).toEqual([
      { start: 0, end: 15, top: first, covering: 2 },
    ])
  })
})

describe('marksPerParagraph', () => {
  it('gives each paragraph the quotes that overlap it, a quote across a break to both', () => {
    const text = 'First line.\n\nSecond, quoted here.\nThird.'
    const starts = paragraphsOf(text, null).map((paragraph) => paragraph.start)
    const inFirst = mark('c1', 0, 5)
    const across = mark('c2', text.indexOf('quoted'), text.indexOf('Third') + 3)
    const inThird = mark('c3', text.indexOf('ird'), text.length)
    const marks = [inFirst, across, inThird].sort(compareMarks)
    expect(marksPerParagraph(marks, starts, text.length)).toEqual([
      [inFirst],
      [],
      [across],
      [across, inThird],
    ])
  })

  // How fast is the renderer bench's to say (docs/benchmarks.md), not a test's on a shared machine.
  it('spreads 10,000 quotes over 6,500 paragraphs, each in every paragraph it crosses', () => {
    const story = 'A paragraph of the story, long enough to wrap.\n'.repeat(6500)
    const starts = paragraphsOf(story, null).map((paragraph) => paragraph.start)
    const marks = Array.from({ length: 10_000 }, (_, at) =>
      mark(`c${at}`, (at * 31) % story.length, ((at * 31) % story.length) + 40),
    ).sort(compareMarks)
    const per = marksPerParagraph(marks, starts, story.length)
    const segments = per.map((list, at) =>
      segmentsIn(list, starts[at]!, starts[at + 1] ?? story.length, 'c5'),
    )
    const crossed = (start: number, end: number): number =>
      starts.filter((at, index) => at < end && (starts[index + 1] ?? story.length) > start).length
    const expected = marks.reduce((sum, one) => sum + crossed(one.start, one.end), 0)
    expect(per.reduce((sum, list) => sum + list.length, 0)).toBe(expected)
    expect(segments.flat().length).toBeGreaterThan(0)
  })
})

describe('withExactMark', () => {
  const marks = [mark('c1', 0, 5), mark('c2', 10, 15), mark('c3', 20, 25)]

  it('puts the open claim’s quote as it stands now in its sorted place', () => {
    const moved = mark('c1', 12, 18, { label: 'confirmed' })
    const result = withExactMark(marks, 'c1', moved)
    expect(result.map((m) => m.claimId)).toEqual(['c2', 'c1', 'c3'])
    expect(result[1]).toBe(moved)
    expect(insertionPoint(marks, mark('c9', 16, 17))).toBe(2)
  })

  it('keeps the list when it already agrees, and drops a quote that is gone', () => {
    expect(withExactMark(marks, 'c2', mark('c2', 10, 15))).toBe(marks)
    expect(withExactMark(marks, null, null)).toBe(marks)
    expect(withExactMark(marks, 'c2', null).map((m) => m.claimId)).toEqual(['c1', 'c3'])
    expect(withExactMark(marks, 'c7', null)).toBe(marks)
  })
})
