import { describe, expect, it } from 'vitest'
import { english, withText } from './invented-sentences'

/**
 * Data published "on Monday" or "in March" by someone are still theirs: the time between the
 * participle and "by" names no author, and the author after it speaks. Every name is invented.
 */
describe('a time between published data and its author', () => {
  it('gives figures published on a weekday to their publisher', () => {
    const claim = withText(
      english(
        'About 52 outfalls failed the test, according to figures published on Monday by the Orla Rivers Board.',
      ),
      'outfalls',
    )
    expect(claim.attribution.who).toBe('Orla Rivers Board')
  })

  it('gives data released in a month to their publisher', () => {
    const claim = withText(
      english(
        'Rents rose by 14 per cent, according to data released in March by Brindle Housing Office.',
      ),
      'Rents',
    )
    expect(claim.attribution.who).toBe('Brindle Housing Office')
  })

  it('still gives figures published by someone, with no time, to them', () => {
    const claim = withText(
      english(
        'Rents rose by 14 per cent, according to figures compiled by Brindle Housing Office.',
      ),
      'Rents',
    )
    expect(claim.attribution.who).toBe('Brindle Housing Office')
  })
})
