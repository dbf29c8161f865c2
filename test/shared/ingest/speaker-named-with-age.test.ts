import { describe, expect, it } from 'vitest'
import { english, withText } from './invented-sentences'

/**
 * "Edith Corran, 81, a retired nurse": a name, a comma, an age and a comma introduce a person
 * wherever they stand in the sentence, so a "she said" after it is theirs, not the "a retired
 * nurse" of the apposition recorded as someone unnamed. Every name below is invented.
 */
describe('a name with an age', () => {
  it('introduces the person for the pronoun that follows', () => {
    const claims = english(
      'Among the residents moved was Edith Corran, 81, a retired nurse from Ashby, who had lived there since 1990. "I lost everything," she said. She said she had waited 9 days for a room.',
    )
    expect(withText(claims, '9 days').attribution.who).toBe('Edith Corran')
  })

  it('needs two capitalised words and an age between commas', () => {
    const claims = english(
      'Among the residents moved was a retired nurse who had lived there since 1990. She said she had waited 9 days for a room.',
    )
    expect(withText(claims, '9 days').attribution.who).toBe('unnamed speaker')
  })
})
