import { describe, expect, it } from 'vitest'
import { english, french, withText } from './invented-sentences'

/**
 * A correction that names the figure it replaces ("5,200 permits, not 4,600", "et non 260")
 * is specific enough to find the claim that stated that figure anywhere in the story, however
 * long the story has run since: a feature corrects a number from its opening paragraphs in
 * its last ones. Every name and number is invented.
 */
const filler = (sentence: string, times: number): string[] =>
  Array.from({ length: times }, () => sentence)

describe('a correction naming the figure it replaces, far from it', () => {
  it('links to the claim that stated the replaced figure forty sentences before', () => {
    const claims = english(
      'The Pellow Street depot issued 4,600 parking permits last year, the Quarrington council said.',
      ...filler('Rain fell over the market square again that afternoon.', 40),
      'The correct total is 5,200 permits, not 4,600, the council said.',
    )
    const corrected = withText(claims, '5,200 permits')
    expect(claims[corrected.revisionOf!]?.text).toContain('4,600 parking permits')
  })

  it('does the same in French', () => {
    const claims = french(
      'La mairie de Varsenne a recensé 260 logements vacants dans le centre ancien.',
      ...filler("La pluie est tombée sur la place du marché tout l'après-midi.", 40),
      'Le bon chiffre est de 310 logements, et non 260, a précisé la mairie.',
    )
    const corrected = withText(claims, '310 logements')
    expect(claims[corrected.revisionOf!]?.text).toContain('260 logements vacants')
  })

  it('links nothing when no earlier claim stated the replaced figure', () => {
    const claims = english(
      'The Pellow Street depot issued 4,600 parking permits last year, the Quarrington council said.',
      ...filler('Rain fell over the market square again that afternoon.', 40),
      'The correct total is 5,200 permits, not 4,900, the council said.',
    )
    expect(withText(claims, '5,200 permits').revisionOf).toBeUndefined()
  })
})
