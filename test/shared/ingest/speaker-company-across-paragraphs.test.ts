import { describe, expect, it } from 'vitest'
import { english, withText } from './invented-sentences'

/**
 * "The company said" in a paragraph after the one that named the company: the name opening the
 * paragraph's last sentence is the company, and a later "the company" goes on meaning the one an
 * earlier "the company" was found to be. Every name below is invented.
 */
describe('the company named in a paragraph before', () => {
  const story = [
    'Brindle Coatings, a maker of paints and varnishes, employs about 200 people at its Holm site.',
    'In a statement, the company said 14 drums of solvent had leaked into a drain.',
    '"Nobody was working in the hall at the time," the statement said.',
    'The company added that the hall had passed an inspection in May 2024.',
  ]

  it('takes the name opening the last sentence of the paragraph before', () => {
    const claim = withText(english(...story), 'drums of solvent')
    expect(claim.attribution.who).toBe('Brindle Coatings')
  })

  it('lets a later "the company" mean the company found before', () => {
    const claim = withText(english(...story), 'passed an inspection')
    expect(claim.attribution.who).toBe('Brindle Coatings')
  })

  it('takes no dateline in capitals for the company', () => {
    const claim = withText(
      english(
        'HOLM QUAY, May 3 (Orla Wire) - A fire broke out overnight at a paint works near Holm.',
        'The company said 14 drums of solvent had leaked into a drain.',
      ),
      'drums of solvent',
    )
    expect(claim.attribution.who).not.toBe('Orla Wire')
    expect(claim.attribution.who).not.toBe('HOLM QUAY')
  })

  it('takes no name standing later in the sentence before, such as a town', () => {
    const claim = withText(
      english(
        'About 200 people work at the paint works on the edge of Holm Quay.',
        'The company said 14 drums of solvent had leaked into a drain.',
      ),
      'drums of solvent',
    )
    expect(claim.attribution.who).toBe('company')
  })
})
