import { describe, expect, it } from 'vitest'
import { english, french, withText } from './invented-sentences'

/**
 * "Pour Lucie Marchais, …, il faut ajouter 40 emplois", "For Maria Lopez, the rise means £40 a
 * month": a sentence opening with "pour"/"for", a person's name and a comma gives that person's
 * view, as "selon" or "according to" would. A view without a figure is an opinion, not a claim,
 * but it still introduces the person for a pronoun after it. Every name below is invented.
 */
describe('a view introduced by "for" and a name', () => {
  it('is the named person’s claim when it has a figure', () => {
    const fr = withText(
      french('Pour Lucie Marchais, secrétaire du syndicat, il faut ajouter 40 emplois.'),
      '40 emplois',
    )
    expect(fr.attribution.who).toBe('Lucie Marchais')
    const en = withText(english('For Maria Lopez, the rise means £40 a month more.'), '£40')
    expect(en.attribution.who).toBe('Maria Lopez')
  })

  it('makes no claim of an opinion without a figure, but introduces the person', () => {
    const claims = english(
      'Wenna Trask said 14 stalls had closed.',
      'For Dorian Halloway, who took over the market last year, the report is an embarrassment. Every stall above 20 square metres now pays a levy, he says.',
    )
    expect(claims.some((claim) => claim.text.includes('embarrassment'))).toBe(false)
    expect(withText(claims, 'levy').attribution.who).toBe('Dorian Halloway')
  })

  it('needs a name of two words: "For Tuesday," is a time', () => {
    const claim = withText(english('For Tuesday, 30 extra buses are planned.'), '30 extra')
    expect(claim.attribution.who).toBe('unknown')
  })
})
