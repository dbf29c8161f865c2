import { describe, expect, it } from 'vitest'
import { rulesFor } from '../../../src/shared/ingest'
import { findFigures } from '../../../src/shared/ingest/figures'
import type { FoundFigure } from '../../../src/shared/ingest/figures'
import { tokenize } from '../../../src/shared/ingest/tokens'

const en = rulesFor('en')
const figuresIn = (text: string): FoundFigure[] => findFigures(tokenize(text), text, en)
const simple = (text: string) =>
  figuresIn(text).map(({ value, unit, raw }) => ({ value, unit, raw }))

describe('findFigures', () => {
  it('reads digits with thousands separators, decimals and hedges', () => {
    expect(simple('About 1,200 people fled and the river rose 2.4 metres.')).toEqual([
      { value: 1200, unit: 'people', raw: 'About 1,200 people' },
      { value: 2.4, unit: 'm', raw: '2.4 metres' },
    ])
  })

  it('reads numbers in words, including multipliers and "a dozen"', () => {
    expect(simple('four million residents')).toEqual([
      { value: 4_000_000, unit: 'residents', raw: 'four million residents' },
    ])
    expect(simple('twenty-five soldiers')[0]?.value).toBe(25)
    expect(simple('one hundred and twelve homes')[0]?.value).toBe(112)
    expect(simple('a dozen villages')[0]).toEqual({
      value: 12,
      unit: 'villages',
      raw: 'a dozen villages',
    })
    expect(simple('zero were killed')[0]).toEqual({
      value: 0,
      unit: 'killed',
      raw: 'zero were killed',
    })
  })

  it('values vague amounts at the least they imply', () => {
    expect(simple('scores of volunteers')[0]).toEqual({
      value: 40,
      unit: 'volunteers',
      raw: 'scores of volunteers',
    })
    expect(simple('hundreds of families')[0]?.value).toBe(200)
    expect(simple('tens of thousands of residents')[0]?.value).toBe(20_000)
  })

  it('reads ranges, with the unit glued to the second number', () => {
    expect(simple('a 10- to 15-kilometre buffer')).toEqual([
      { value: 10, unit: 'km', raw: '10- to 15-kilometre' },
      { value: 15, unit: 'km', raw: '10- to 15-kilometre' },
    ])
    expect(simple('six to 11 miles').map((figure) => figure.value)).toEqual([6, 11])
    expect(
      simple('between 40 and 60 percent').map((figure) => [figure.value, figure.unit]),
    ).toEqual([
      [40, '%'],
      [60, '%'],
    ])
  })

  it('takes what happened to people as the unit when the sentence says it', () => {
    expect(simple('At least 23 people were killed')[0]?.unit).toBe('killed')
    expect(simple('14 people died')[0]?.unit).toBe('died')
    expect(simple('12 had been hospitalised')[0]?.unit).toBe('hospitalised')
  })

  it('reads dates and years as sortable YYYYMMDD numbers', () => {
    expect(simple('The March 9 accord')).toEqual([{ value: 309, unit: 'date', raw: 'March 9' }])
    expect(simple('on 12 May 2025')).toEqual([
      { value: 20250512, unit: 'date', raw: '12 May 2025' },
    ])
    expect(simple('from 2024-03-14 on')[0]).toEqual({
      value: 20240314,
      unit: 'date',
      raw: '2024-03-14',
    })
    expect(simple('during 2014-2019')).toEqual([
      { value: 2014, unit: 'year', raw: '2014-2019' },
      { value: 2019, unit: 'year', raw: '2014-2019' },
    ])
  })

  it('reads percentages, currency and multipliers glued to digits', () => {
    expect(simple('turnout was 61% and repairs cost $2.5bn')).toEqual([
      { value: 61, unit: '%', raw: '61%' },
      { value: 2_500_000_000, unit: 'USD', raw: '$2.5bn' },
    ])
    expect(simple('a €5m fund')[0]).toEqual({ value: 5_000_000, unit: 'EUR', raw: '€5m' })
    expect(simple('a 100m wall')[0]).toEqual({ value: 100, unit: 'm', raw: '100m' })
  })

  it('ignores times of day, ordinals, decades and "one" as a pronoun', () => {
    expect(simple('at 4 a.m. and 10:30, the 3rd convoy of the 1990s; one of them left')).toEqual([])
  })

  it('marks small spelled numbers that count nothing as minor, not as triggers', () => {
    const flags = figuresIn('three of the four villages').map((figure) => [
      figure.value,
      figure.minor,
      figure.trigger,
    ])
    expect(flags).toEqual([
      [3, true, false],
      [4, false, true],
    ])
    expect(figuresIn('twice')[0]).toMatchObject({ value: 2, unit: 'times', trigger: false })
  })

  it('gives offsets of the phrase and of the number itself', () => {
    const text = 'Officials said at least 86 people were hurt.'
    const [figure] = figuresIn(text)
    expect(text.slice(figure!.start, figure!.end)).toBe('at least 86 people were hurt')
    expect(text.slice(figure!.numberStart, figure!.numberEnd)).toBe('86')
  })
})
