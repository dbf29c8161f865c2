import { describe, expect, it } from 'vitest'
import { UNNAMED_SPEAKER } from '../../../src/shared/ingest'
import { english, withText } from './invented-sentences'

/**
 * Speakers whose phrase holds an aside or a plain word: someone unnamed whose aside ends on a
 * place or a reason, and people described by a plain word after a comma. Every name and noun
 * below is invented and in no table.
 */
describe('someone unnamed with an aside', () => {
  it('is not the place the description ends on', () => {
    const claims = english(
      'A woman from Tollard Lane, who asked us not to use her name, said police knocked on her door at about 13:20.',
    )
    expect(withText(claims, '13:20').attribution).toMatchObject({
      who: UNNAMED_SPEAKER,
      role: 'A woman from Tollard Lane, who asked us not to use her name',
    })
  })

  it('makes a claim of what they said after a second aside', () => {
    const claims = english(
      'A nurse who asked not to be named, because she still works there, said agency workers had covered more than half of all night shifts.',
    )
    expect(withText(claims, 'more than half').attribution.who).toBe(UNNAMED_SPEAKER)
  })
})

describe('a plain word describing plural speakers', () => {
  it('keeps "county officials" after a comma', () => {
    const claims = english(
      'The sports hall at Wendle Academy, one of two reception centres, is now full, county officials told us.',
    )
    expect(withText(claims, 'now full').attribution.who).toBe('county officials')
  })
})
