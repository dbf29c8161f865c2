import { describe, expect, it } from 'vitest'
import { english } from './invented-sentences'

/**
 * A decision a body took by vote ("The parish council voted to sell the field") is a matter of
 * record a desk checks in the minutes, with no figure or speaker in the sentence. How someone
 * voted, said in an aside ("who voted against the plan"), is not a claim of its own. Every
 * sentence below is invented.
 */
const has = (claims: readonly { text: string }[], words: string): boolean =>
  claims.some((claim) => claim.text.includes(words))

describe('a vote to do something', () => {
  it('is a claim, with words between the vote and what it decided', () => {
    const claims = english(
      'The parish council voted to sell the old school field.',
      'The harbour trust voted unanimously in March to scrap the mooring levy.',
    )
    expect(has(claims, 'voted to sell')).toBe(true)
    expect(has(claims, 'scrap the mooring levy')).toBe(true)
  })

  it('is not a claim as an aside about who voted how', () => {
    const claims = english('Ruth Penhale, who voted to keep the levy, left the meeting early.')
    expect(has(claims, 'voted to keep')).toBe(false)
  })
})
