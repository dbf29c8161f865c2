import { describe, expect, it } from 'vitest'
import { claimNumber, describeFigure, formatTime, plural } from '../../src/renderer/logic/format'
import { splitAround } from '../../src/renderer/logic/highlight'

describe('format', () => {
  it('numbers claims from 1', () => {
    expect(claimNumber(0)).toBe('#1')
    expect(claimNumber(41)).toBe('#42')
  })

  it('shows a figure as written, adding the parsed value only when it differs', () => {
    expect(describeFigure({ value: 41, unit: 'people', raw: '41 people' })).toBe('41 people')
    expect(describeFigure({ value: 12, unit: 'people', raw: 'a dozen' })).toBe(
      'a dozen (12 people)',
    )
    expect(describeFigure({ value: 1500, raw: '' })).toBe('1,500')
  })

  it('formats times in UTC and leaves unparseable ones alone', () => {
    expect(formatTime('2018-11-25T09:05:00.000Z')).toBe('25 Nov 2018, 09:05 UTC')
    expect(formatTime('2018-11-25T10:05:00+01:00')).toBe('25 Nov 2018, 09:05 UTC')
    expect(formatTime('not a time')).toBe('not a time')
  })

  it('pluralises', () => {
    expect(plural(1, 'claim')).toBe('1 claim')
    expect(plural(3, 'claim')).toBe('3 claims')
    expect(plural(2, 'entry', 'entries')).toBe('2 entries')
  })
})

describe('splitAround', () => {
  it('cuts the text around the span', () => {
    expect(splitAround('abcdef', { start: 1, end: 4 })).toEqual({
      before: 'a',
      marked: 'bcd',
      after: 'ef',
    })
  })

  it('leaves the text whole without a span', () => {
    expect(splitAround('abc', null)).toEqual({ before: 'abc', marked: '', after: '' })
  })

  it('clamps a span that no longer fits the text', () => {
    expect(splitAround('abc', { start: 2, end: 10 })).toEqual({
      before: 'ab',
      marked: 'c',
      after: '',
    })
    expect(splitAround('abc', { start: 5, end: 3 })).toEqual({
      before: 'abc',
      marked: '',
      after: '',
    })
  })
})
