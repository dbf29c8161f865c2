import { describe, expect, it } from 'vitest'
import { english, withText } from './invented-sentences'

/**
 * A person introduced by a description and an apposition as the subject of a revision, and
 * people found again by their bare surname wherever the story first named them. Every name and
 * noun below is invented and in no table.
 */
describe('a description, a name, then a verb that is not a verb of speech', () => {
  const story = english(
    'The pier trust said 12 boats had sunk.',
    'By late afternoon the harbour warden, Odalys Trevenick-Moor, had raised the count to 23, after divers reached the outer moorings. She said 4 divers were hurt.',
    'Trevenick-Moor said the pier would reopen on Friday.',
  )

  it('makes the name the speaker of the revision, with the description as role', () => {
    expect(withText(story, 'raised the count to 23').attribution).toMatchObject({
      who: 'Odalys Trevenick-Moor',
      role: 'harbour warden',
    })
  })

  it('gives the next "she" to that person, not to an earlier speaker', () => {
    expect(withText(story, '4 divers').attribution.who).toBe('Odalys Trevenick-Moor')
  })

  it('finds the hyphenated surname alone later as the full name', () => {
    expect(withText(story, 'reopen on Friday').attribution.who).toBe('Odalys Trevenick-Moor')
  })

  it('does not make the person the speaker of a result stated about them', () => {
    const claims = english(
      'The third candidate, Ysolde Brackwater, a former lock keeper, finished third with 6,517.',
    )
    expect(withText(claims, '6,517').attribution.who).toBe('unknown')
  })
})

describe('a bare surname', () => {
  it('finds a person the story named in full only as an object', () => {
    const claims = english(
      'Hesper Quillon polled 31,806 votes to 28,892 for Oswin Brackwater of the Fenland Pact.',
      'Brackwater said 1,140 ballots had been set aside.',
    )
    expect(withText(claims, '1,140 ballots').attribution.who).toBe('Oswin Brackwater')
  })

  it('as a subject introduces that person for the next "he"', () => {
    const claims = english(
      'Hesper Quillon polled 31,806 votes to 28,892 for Oswin Brackwater of the Fenland Pact.',
      'Turnout was 52.1 percent, the count officer said.',
      'Brackwater did not concede on Friday. He told reporters that his agent had asked for a recount of 9,400 postal votes.',
    )
    expect(withText(claims, '9,400 postal votes').attribution.who).toBe('Oswin Brackwater')
  })

  it('stays as written when nobody of that surname was named', () => {
    const claims = english('Quillon said 40 stalls had closed.')
    expect(withText(claims, '40 stalls').attribution.who).toBe('Quillon')
  })
})

describe('a subject after a part of the day', () => {
  it('is found after "In the evening" with no comma, as after "By late afternoon"', () => {
    const claims = english(
      'A landslide buried the depot at Quarrow on Monday.',
      'In the evening the mining ministry raised the death toll to 17.',
    )
    expect(withText(claims, 'toll to 17').attribution.who).toBe('mining ministry')
  })

  it('makes "it" the rail company that spoke just before', () => {
    const claims = english(
      'Pellory Rail Infrastructure, which owns the track, said 140 services had been cancelled on Tuesday.',
      'By the evening it had raised that to 212.',
    )
    expect(withText(claims, 'to 212').attribution.who).toBe('Pellory Rail Infrastructure')
  })
})
