import { describe, expect, it } from 'vitest'
import { STATUS_LABELS } from '../../../src/shared/dossier'
import {
  ATTENTION_ORDER,
  SIGNATURE_WORDS,
  STATUS_WORDS,
  VERIFICATIONS,
  WORKFLOW_ORDER,
  paletteProperties,
} from '../../../src/shared/vocabulary'

const HEX = /^#[0-9a-f]{6}$/

/** WCAG 2 contrast ratio of two sRGB colours. */
const contrast = (a: string, b: string): number => {
  const luminance = (hex: string): number => {
    const [r, g, b] = [1, 3, 5].map((at) => {
      const channel = parseInt(hex.slice(at, at + 2), 16) / 255
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
    }) as [number, number, number]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

describe('status vocabulary', () => {
  it('names and colours every status, in both orders', () => {
    expect([...WORKFLOW_ORDER].sort()).toEqual([...STATUS_LABELS].sort())
    expect([...ATTENTION_ORDER].sort()).toEqual([...STATUS_LABELS].sort())
    for (const label of STATUS_LABELS) {
      const words = STATUS_WORDS[label]
      expect(words.label, label).toMatch(/^[A-Z][a-z]+$/)
      expect(words.word.toLowerCase(), label).toBe(label)
      expect(words.cli.word.toLowerCase(), label).toBe(label)
      expect(words.meaning, label).toMatch(/\.$/)
      for (const value of Object.values(words.colour)) expect(value, label).toMatch(HEX)
      expect(words.cli.sgr, label).toMatch(/^\d+(;\d+)*$/)
    }
  })

  it('gives every status its own label, colour and symbol', () => {
    const distinct = (pick: (label: (typeof STATUS_LABELS)[number]) => string) =>
      new Set(STATUS_LABELS.map(pick)).size
    expect(distinct((label) => STATUS_WORDS[label].label)).toBe(STATUS_LABELS.length)
    expect(distinct((label) => STATUS_WORDS[label].colour.fill)).toBe(STATUS_LABELS.length)
    expect(distinct((label) => STATUS_WORDS[label].colour.mark)).toBe(STATUS_LABELS.length)
    expect(distinct((label) => STATUS_WORDS[label].cli.symbol)).toBe(STATUS_LABELS.length)
    expect(distinct((label) => STATUS_WORDS[label].cli.sgr)).toBe(STATUS_LABELS.length)
  })

  it('keeps badge text readable: AA contrast of ink on fill, and of each mark on white', () => {
    for (const label of STATUS_LABELS) {
      const { ink, fill, mark } = STATUS_WORDS[label].colour
      expect(contrast(ink, fill), label).toBeGreaterThanOrEqual(4.5)
      expect(contrast(mark, '#ffffff'), label).toBeGreaterThanOrEqual(4.5)
    }
    for (const verification of VERIFICATIONS) {
      const { ink, fill } = SIGNATURE_WORDS[verification].colour
      expect(contrast(ink, fill), verification).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('makes a conflict the loud one: red, and the first thing a report lists', () => {
    expect(STATUS_WORDS.conflict.colour.fill).toBe('#b00020')
    expect(STATUS_WORDS.retracted.colour.fill).not.toBe(STATUS_WORDS.conflict.colour.fill)
    expect(ATTENTION_ORDER[0]).toBe('conflict')
  })
})

describe('signature vocabulary', () => {
  it('labels every verification, and shouts a tampered one', () => {
    for (const verification of VERIFICATIONS) {
      const words = SIGNATURE_WORDS[verification]
      expect(words.label).not.toBe('')
      expect(words.explain).toMatch(/\.$/)
      expect(words.phrase).not.toBe('')
    }
    expect(SIGNATURE_WORDS.tampered.label).toBe('TAMPERED')
    expect(SIGNATURE_WORDS.tampered.phrase).toContain('tampered')
    expect(SIGNATURE_WORDS.signed.flag).toBe('')
  })
})

describe('paletteProperties', () => {
  it('has an ink, a fill and a mark per status and an ink and a fill per verification', () => {
    const properties = paletteProperties()
    expect(Object.keys(properties)).toHaveLength(
      STATUS_LABELS.length * 3 + VERIFICATIONS.length * 2,
    )
    expect(properties['--retracted']).toBe(STATUS_WORDS.retracted.colour.ink)
    expect(properties['--conflict-bg']).toBe(STATUS_WORDS.conflict.colour.fill)
    expect(properties['--conflict-mark']).toBe(STATUS_WORDS.conflict.colour.mark)
    expect(properties['--tampered-bg']).toBe(SIGNATURE_WORDS.tampered.colour.fill)
  })
})
