import { describe, expect, it } from 'vitest'
import { english } from './invented-sentences'

/**
 * "What the records show", "What the council says": a heading over a section of a post or a
 * release, a few words with no closing stop, states nothing; the section under it does. A line
 * with its stop, or a long one, is a sentence and is read as one. Every sentence below is
 * invented.
 */
const has = (claims: readonly { text: string }[], words: string): boolean =>
  claims.some((claim) => claim.text.includes(words))

describe('a section heading', () => {
  it('is not a claim', () => {
    const claims = english(
      'What the records show',
      'The inspection records show that 212 of the 640 street lamps were out in May.',
      'What the council says',
      'The council said 90 of them had been repaired by June.',
    )
    expect(has(claims, 'What the records show')).toBe(false)
    expect(has(claims, 'What the council says')).toBe(false)
    expect(has(claims, '212 of the 640')).toBe(true)
    expect(has(claims, '90 of them')).toBe(true)
  })

  it('stays a claim when it is a sentence', () => {
    const claims = english(
      'The council said 90 lamps had been repaired by June.',
      'What the council said was that 40 more would be fixed by August.',
    )
    expect(has(claims, '40 more')).toBe(true)
  })
})
