import { describe, expect, it } from 'vitest'
import { english, withText } from './invented-sentences'

/**
 * "Its report found …", "Their survey shows …", "The trust's own log shows …": a document with a
 * possessive as the subject is its possessor's. Pronouns carry no gender here, so "his" or "her"
 * gives a person only when one person is in reach. Every name and figure below is invented.
 */
describe('a possessive and a document as the source: the possessor', () => {
  it('gives "Its report, published on …, found" the organisation named before', () => {
    const claims = english(
      'The Fenwold Cyclists Alliance said on Tuesday that the ring road was unsafe.',
      'Its report, published on Monday, found that 27 cyclists were hurt there last year.',
    )
    expect(withText(claims, '27 cyclists').attribution.who).toBe('Fenwold Cyclists Alliance')
  })

  it('gives "Their survey shows" the group named before', () => {
    const claims = english(
      'The Harrowmere Tenants Association said the estate had been neglected for years.',
      'Their survey shows that 58 per cent of flats have damp.',
    )
    expect(withText(claims, '58 per cent').attribution.who).toBe('Harrowmere Tenants Association')
  })

  it('gives "The board\'s own register shows" the board the story named', () => {
    const claims = english(
      'The Quenby Water Board said on Friday that supplies were safe.',
      "The board's own register shows 19 burst mains in March.",
    )
    expect(withText(claims, '19 burst mains').attribution.who).toBe('Quenby Water Board')
  })

  it('gives "Her letters show" the one person named before', () => {
    const claims = english(
      'Councillor Perpetua Lisle said the costs were hidden from the committee.',
      'Her letters show that she asked for a breakdown of the £3.4 million budget in May.',
    )
    expect(withText(claims, '£3.4 million').attribution.who).toBe('Perpetua Lisle')
  })

  it('does not give "His letter" to one of two people in reach', () => {
    const claims = english(
      'Ilse Carrow said she wrote to the parks director, Tomas Brede, in May.',
      'His letter shows that 14 paths were shut for repairs.',
    )
    expect(withText(claims, '14 paths').attribution.who).not.toBe('Ilse Carrow')
  })
})
