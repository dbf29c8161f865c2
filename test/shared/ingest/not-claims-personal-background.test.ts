import { describe, expect, it } from 'vitest'
import { english } from './invented-sentences'

/**
 * A feature tells who someone is: "She is 93.", "He has lived in the harbour for 40 years." Told
 * with a personal pronoun, an age or the years someone has lived or worked somewhere is
 * background, as "Wenna Trask, 71," and ", who has worked there for 22 years," already were,
 * and makes no claim on its own. Everything else about the same person stays a claim, and so does
 * a span of days or hours, or anything said about an organisation. Every sentence is invented.
 */
const has = (claims: readonly { text: string }[], words: string): boolean =>
  claims.some((claim) => claim.text.includes(words))

describe('a person’s age and years told with a pronoun', () => {
  it('is no claim as an age after "is" or "was"', () => {
    const claims = english(
      'Orla Penwarden keeps the ferry log at the quay.',
      'She is 87. He was fifty-two and had never sailed further than the lighthouse.',
    )
    expect(has(claims, 'She is 87')).toBe(false)
    expect(has(claims, 'fifty-two')).toBe(false)
  })

  it('is no claim as the years someone has lived or worked somewhere', () => {
    const claims = english(
      'Orla Penwarden keeps the ferry log at the quay.',
      'She has worked on the crossing for twenty-three years.',
      'He is thirty and has mended nets at the harbour for nine years.',
    )
    expect(has(claims, 'twenty-three years')).toBe(false)
    expect(has(claims, 'nine years')).toBe(false)
  })

  it('stays a claim with a figure about the world beside it', () => {
    const claims = english(
      'Orla Penwarden keeps the ferry log at the quay.',
      'She has counted 412 crossings cancelled since January.',
      'She was detained for three days after the protest.',
    )
    expect(has(claims, '412 crossings')).toBe(true)
    expect(has(claims, 'three days')).toBe(true)
  })

  it('stays a claim when an organisation is the subject', () => {
    const claims = english('The Penwarden Ferry Company has run the crossing for 60 years.')
    expect(has(claims, '60 years')).toBe(true)
  })
})
