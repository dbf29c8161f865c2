import { describe, expect, it } from 'vitest'
import { english } from './invented-sentences'

/**
 * When an incident was first reported, to the minute ("The blaze was reported at 9:15"), is a
 * fact a desk checks against the call log, with no speaker or count in the sentence. Reported
 * on a day, or at a meeting, it states nothing checkable alone. Every sentence below is invented.
 */
const has = (claims: readonly { text: string }[], words: string): boolean =>
  claims.some((claim) => claim.text.includes(words))

describe('an incident reported at a time of day', () => {
  it('is a claim with the clock time written either way', () => {
    const claims = english(
      'A grass fire was reported at 14:35 on the slope above Carrow Mill.',
      'The smoke was reported shortly after 6.20am by a dog walker.',
      'The leak was reported at 11 p.m. by the night porter.',
    )
    expect(has(claims, 'reported at 14:35')).toBe(true)
    expect(has(claims, 'shortly after 6.20am')).toBe(true)
    expect(has(claims, 'reported at 11 p.m.')).toBe(true)
  })

  it('is not a claim reported on a day or at a meeting', () => {
    const claims = english(
      'The damage was reported on Monday.',
      'The crack was reported at the parish meeting.',
    )
    expect(has(claims, 'on Monday')).toBe(false)
    expect(has(claims, 'parish meeting')).toBe(false)
  })
})
