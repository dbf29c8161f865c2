import { describe, expect, it } from 'vitest'
import { english, withText } from './invented-sentences'

/**
 * A rank that runs straight into a name may hold a word that also names organisations ("Group
 * Manager", "Unit Commander", "Station Officer"): the run is still a title, as long as the last
 * two capitalised words, the name, are no organisation's. Every name below is invented.
 */
describe('a rank holding an organisation word', () => {
  it('takes the last two words as the name and the rank as the role', () => {
    const claim = withText(
      english('Senior Group Manager Tobias Wrenfield said 40 roads were shut.'),
      'roads',
    )
    expect(claim.attribution.who).toBe('Tobias Wrenfield')
    expect(claim.attribution.role).toBe('Senior Group Manager')
  })

  it('lets a later honorific and surname find the ranked name', () => {
    const claims = english(
      'Group Manager Tobias Wrenfield, the brigade head of investigation, said 3 units attended.',
      'Mr Wrenfield said 12 gas cylinders had been recovered.',
    )
    expect(withText(claims, 'units attended').attribution.who).toBe('Tobias Wrenfield')
    expect(withText(claims, 'cylinders').attribution.who).toBe('Tobias Wrenfield')
  })

  it('leaves a run ending in an organisation word whole', () => {
    const claim = withText(
      english('The Tollard Fenland Group Service said 14 pumps had failed.'),
      'pumps',
    )
    expect(claim.attribution.who).toBe('Tollard Fenland Group Service')
  })

  it('reads a weekday before the rank or name as no part of it', () => {
    const claim = withText(
      english('On Tuesday Maria Orrell said that 2,800 homes were without electricity.'),
      'homes',
    )
    expect(claim.attribution.who).toBe('Maria Orrell')
  })
})
