import { describe, expect, it } from 'vitest'
import { paragraphsOf, splitAround } from '../../src/renderer/logic/highlight'

describe('paragraphsOf', () => {
  const text = 'First line.\n\nSecond, quoted here.\nThird.'

  it('cuts after each line break and keeps every character, so offsets still add up', () => {
    const paragraphs = paragraphsOf(text, null)
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'First line.\n',
      '\n',
      'Second, quoted here.\n',
      'Third.',
    ])
    expect(paragraphs.map((paragraph) => paragraph.text).join('')).toBe(text)
    expect(paragraphs.map((paragraph) => paragraph.start)).toEqual([0, 12, 13, 34])
    expect(paragraphs.every((paragraph) => paragraph.marked === null)).toBe(true)
  })

  it('gives each paragraph its share of the highlight, in its own offsets', () => {
    const start = text.indexOf('quoted')
    const end = text.indexOf('Third') + 3
    const paragraphs = paragraphsOf(text, { start, end })
    expect(paragraphs.map((paragraph) => paragraph.marked)).toEqual([
      null,
      null,
      { start: 8, end: 21 },
      { start: 0, end: 3 },
    ])
  })

  it('clamps a highlight past the text, and shows an empty text as one empty paragraph', () => {
    expect(paragraphsOf('abc', { start: 1, end: 99 })).toEqual([
      { start: 0, text: 'abc', marked: { start: 1, end: 3 } },
    ])
    expect(paragraphsOf('', null)).toEqual([{ start: 0, text: '', marked: null }])
    expect(splitAround('abc', { start: 5, end: 9 })).toEqual({
      before: 'abc',
      marked: '',
      after: '',
    })
  })

  // How fast is the renderer bench's to say (docs/benchmarks.md), not a test's on a shared machine.
  it('splits a story of 300 KB into its paragraphs, the quote in those it covers', () => {
    const line = 'A paragraph of the story, long enough to wrap.\n'
    const story = line.repeat(6500)
    const paragraphs = paragraphsOf(story, { start: 1000, end: 2000 })
    expect(paragraphs).toHaveLength(6500)
    expect(paragraphs.map((paragraph) => paragraph.text).join('')).toBe(story)
    const marked = paragraphs.filter((paragraph) => paragraph.marked !== null)
    expect(marked[0]!.start).toBe(Math.floor(1000 / line.length) * line.length)
    expect(marked.at(-1)!.start).toBe(Math.floor(1999 / line.length) * line.length)
  })
})
