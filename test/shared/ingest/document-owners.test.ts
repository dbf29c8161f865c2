import { describe, expect, it } from 'vitest'
import { english, withText } from './invented-sentences'

/**
 * Documents as sources kept whole rather than cut to their owner's noun, and an organisation
 * named after its documents still found as itself. Every name and noun below is invented.
 */
describe('a document with its owner', () => {
  it('keeps "the guild’s audited accounts" whole after "according to"', () => {
    const claims = english(
      'The Marrowby Weavers Guild lost £410,000 last year, according to the guild’s audited accounts.',
    )
    expect(withText(claims, '£410,000').attribution.who).toBe('guild’s audited accounts')
  })

  it('reads "The guild’s budget papers …, approved in May, forecast" as the papers speaking', () => {
    const claims = english(
      'The guild’s budget papers for next year, approved by its council in May, forecast a loss of £95,000.',
    )
    expect(withText(claims, '£95,000').attribution.who).toBe('guild’s budget papers')
  })

  it('reads plural accounts as the subject of "show"', () => {
    const claims = english(
      'The accounts, filed with the regional registry last week, show that rents rose to £88,000.',
    )
    expect(withText(claims, '£88,000').attribution.who).toBe('accounts')
  })
})

describe('a document as the subject, with its author', () => {
  it('reads "A report by <author>, published in May, found" as the report with its whole author', () => {
    const claims = english(
      'A report by the office of the county ferries ombudsman, published in May, found that the guild had missed 3 audits.',
    )
    expect(withText(claims, '3 audits').attribution.who).toBe(
      'report by the office of the county ferries ombudsman',
    )
  })

  it('gives "Figures obtained by X under … show" to X', () => {
    const claims = english(
      'Figures obtained by the Friends of Tolley Lido under open records law show that 2,300 swimmers were turned away.',
    )
    expect(withText(claims, '2,300 swimmers').attribution.who).toBe('Friends of Tolley Lido')
  })

  it('names "Its own annual return" without "its own"', () => {
    const claims = english(
      'The Saltmarsh Drainage Board says 30 pumps were working in 2022. Its own annual return, filed with the regulator, puts the number at 26.',
    )
    expect(withText(claims, 'puts the number').attribution.who).toBe('annual return')
  })
})

describe('an organisation named with capitals as the subject of a figure', () => {
  it('is the source whatever its verb', () => {
    const claims = english(
      'The Upland Rainfall Service recorded 212 millimetres of rain at its Harrow Fell gauge.',
      'The Brackwater Lifeboat Society put the number of people rescued at 46.',
    )
    expect(withText(claims, '212 millimetres').attribution.who).toBe('Upland Rainfall Service')
    expect(withText(claims, 'rescued at 46').attribution.who).toBe('Brackwater Lifeboat Society')
  })

  it('is not read into a subject that is no organisation', () => {
    const claims = english('The Harrow Fell gauge recorded 212 millimetres of rain.')
    expect(withText(claims, '212 millimetres').attribution.who).toBe('unknown')
  })
})

describe('"the guild" later in the story', () => {
  it('is the guild named before, not its papers nor its chief executive', () => {
    const claims = english(
      'The Marrowby Weavers Guild lost £410,000 last year, according to its accounts.',
      'The guild’s chief executive, Odo Farrand, said 14 looms had been sold.',
      'The guild’s budget papers forecast a loss of £95,000.',
      'On Friday the guild issued a correction, saying that 12 looms had been sold, not 14.',
    )
    expect(withText(claims, 'not 14').attribution.who).not.toBe('Odo Farrand')
    expect(withText(claims, 'not 14').attribution.who).not.toContain('papers')
  })
})
