import { describe, expect, it } from 'vitest'
import { english, withText } from './invented-sentences'

/**
 * "The letter states …", "The report concluded …": a bare document continues one the story has
 * attributed to an author or owner, who is its speaker. Every name and figure below is invented.
 */
describe('a bare document as the source: its author', () => {
  it('gives "The letter states" the firm that wrote the letter', () => {
    const claims = english(
      "In a letter to the board dated 9 June, the trust's solicitors, Ormsby Fale LLP, said the lease had been broken.",
      'The letter states that rent of £48,000 was paid late on six occasions.',
    )
    expect(withText(claims, '£48,000').attribution.who).toBe('Ormsby Fale LLP')
  })

  it('gives "A review by … found" and a later "The review concluded" the consultancy', () => {
    const claims = english(
      'A review by the engineering consultancy Tallis Brack found that 31 of the bridge bearings had corroded.',
      'Traffic on the bridge was limited to one lane in July.',
      'The review concluded that the repairs would cost at least £2.6 million.',
    )
    expect(withText(claims, '31 of the bridge').attribution.who).toBe('Tallis Brack')
    expect(withText(claims, '£2.6 million').attribution.who).toBe('Tallis Brack')
  })

  it('gives "The report, written by Dr …, says" the engineer who wrote it', () => {
    const claims = english(
      'The report, written by the surveyor Dr Neve Alcott after a visit in March, says that 40 per cent of the roof tiles are loose.',
    )
    expect(withText(claims, '40 per cent').attribution.who).toBe('Dr Neve Alcott')
  })

  it('leaves "The letter" alone when no letter was attributed in the last sentences', () => {
    const claims = english('The letter states that 12 tenants were told to leave by Friday.')
    expect(withText(claims, '12 tenants').attribution.who).toBe('letter')
  })
})
