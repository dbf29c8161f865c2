import { describe, expect, it } from 'vitest'
import type { StatusLabel } from '../../src/shared/dossier'
import {
  fullHighlights,
  HighlightMemory,
  nextHighlights,
  type ParagraphHighlights,
} from '../../src/renderer/logic/paragraph-highlights'
import { compareMarks, type QuoteMark } from '../../src/renderer/logic/quote-marks'

const LABELS: readonly StatusLabel[] = [
  'unverified',
  'confirmed',
  'disputed',
  'retracted',
  'conflict',
]

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

/** A small deterministic generator (mulberry32), so a failure can be run again. */
const seeded = (seed: number) => {
  let state = seed >>> 0
  return (below: number): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below)
  }
}

/** What QuotedText draws, without the bookkeeping of how it was worked out. */
const drawn = (layout: ParagraphHighlights) => ({
  paragraphs: layout.paragraphs,
  perParagraph: layout.perParagraph,
  segments: layout.segments,
  signatures: layout.signatures,
  selectedStart: layout.selectedStart,
})

const TEXT =
  'First paragraph here.\nSecond one, longer than the first.\n\nFourth after a blank.\nLast'

describe('nextHighlights', () => {
  const marks = [
    mark('c1', 0, 5),
    mark('c2', 6, 15),
    mark('c3', 22, 28),
    mark('c4', 15, 30), // crosses into the second paragraph
    mark('c5', 60, 66),
  ].sort(compareMarks)

  it('recomputes only the paragraph holding a quote whose status alone changed', () => {
    const before = fullHighlights(TEXT, marks, null)
    const changed = marks.map((each) =>
      each.claimId === 'c5' ? { ...each, label: 'confirmed' as const } : each,
    )
    const after = nextHighlights(before, TEXT, changed, null)
    expect(after.recomputed).toEqual([3])
    // Untouched paragraphs keep the very same lists and signatures: React skips them.
    for (const at of [0, 1, 2, 4]) {
      expect(after.segments[at]).toBe(before.segments[at])
      expect(after.signatures[at]).toBe(before.signatures[at])
    }
    expect(after.signatures[3]).toContain('c5:intact:confirmed')
    expect(drawn(after)).toEqual(drawn(fullHighlights(TEXT, changed, null)))
  })

  it('recomputes every paragraph a changed quote spans, and nothing when nothing changed', () => {
    const before = fullHighlights(TEXT, marks, 'c2')
    expect(nextHighlights(before, TEXT, marks, 'c2')).toBe(before)
    const changed = marks.map((each) =>
      each.claimId === 'c4' ? { ...each, state: 'edited' as const } : each,
    )
    const after = nextHighlights(before, TEXT, changed, 'c2')
    expect(after.recomputed).toEqual([0, 1])
    expect(drawn(after)).toEqual(drawn(fullHighlights(TEXT, changed, 'c2')))
  })

  it('works everything out again after an edit, a moved quote or another open claim', () => {
    const before = fullHighlights(TEXT, marks, null)
    const moved = marks.map((each) => (each.claimId === 'c5' ? { ...each, start: 61 } : each))
    expect(nextHighlights(before, TEXT, moved.sort(compareMarks), null).recomputed).toBe('all')
    expect(nextHighlights(before, TEXT, marks, 'c1').recomputed).toBe('all')
    expect(nextHighlights(before, `${TEXT}!`, marks, null).recomputed).toBe('all')
    expect(nextHighlights(before, TEXT, marks.slice(1), null).recomputed).toBe('all')
  })

  it('gives what a full recompute gives, over random texts, quotes and status changes', () => {
    let incremental = 0
    for (let seed = 1; seed <= 60; seed++) {
      const random = seeded(seed)
      const lines = Array.from({ length: 1 + random(8) }, () => 'x'.repeat(random(30)))
      const text = lines.join('\n')
      const count = random(25)
      let current = Array.from({ length: count }, (_, at) => {
        const start = random(text.length + 1)
        const end = Math.min(text.length, start + random(40))
        return mark(`c${at}`, start, end, { label: LABELS[random(LABELS.length)]! })
      }).sort(compareMarks)
      const selectedId = random(3) === 0 ? null : `c${random(count + 1)}`
      const memory = new HighlightMemory()
      let layout = memory.layout(text, current, selectedId)
      for (let step = 0; step < 8; step++) {
        const changedIds = new Set(Array.from({ length: random(4) }, () => `c${random(count)}`))
        current = current.map((each) =>
          changedIds.has(each.claimId)
            ? {
                ...each,
                label: LABELS[random(LABELS.length)]!,
                state: random(2) === 0 ? ('intact' as const) : ('edited' as const),
              }
            : each,
        )
        const previous = layout
        layout = memory.layout(text, current, selectedId)
        const context = `seed ${seed}, step ${step}`
        expect(drawn(layout), context).toEqual(drawn(fullHighlights(text, current, selectedId)))
        if (layout.recomputed === 'all') continue
        incremental += 1
        // Only paragraphs a changed quote overlaps were worked out again.
        const touched = new Set(layout.recomputed)
        layout.paragraphs.forEach((paragraph, at) => {
          const end = paragraph.start + paragraph.text.length
          const overlapsChange = current.some(
            (each) =>
              changedIds.has(each.claimId) &&
              each.end > each.start &&
              each.start < (at === layout.paragraphs.length - 1 ? text.length : end) &&
              each.end > paragraph.start,
          )
          if (!overlapsChange) expect(touched.has(at), context).toBe(false)
          if (!touched.has(at)) expect(layout.segments[at], context).toBe(previous.segments[at])
        })
      }
    }
    // The incremental path, not only the full one, was what got compared.
    expect(incremental).toBeGreaterThan(100)
  })
})
