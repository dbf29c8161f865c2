import { describe, expect, it } from 'vitest'
import { english, french } from './invented-sentences'

/**
 * A quotation with nothing outside it but a short attribution, in the speaker's own or the
 * listener's words ("I", "my", "you", "je", "vous"), with no figure, time, denial or accusation,
 * tells how someone feels: a fact-checker would not list it. A quotation about the world stays a
 * claim, and so does a quotation with anything to check. Every sentence below is invented.
 */
const has = (claims: readonly { text: string }[], words: string): boolean =>
  claims.some((claim) => claim.text.includes(words))

describe('a quoted feeling', () => {
  it('is not a claim in the first or second person', () => {
    const claims = english(
      'Wenna Trask, who runs the Saltby café, said 14 stalls had closed.',
      '"I sit at the window and count the empty tables," she said.',
      '"You could hear the gulls and nothing else," she says.',
    )
    expect(has(claims, 'empty tables')).toBe(false)
    expect(has(claims, 'gulls')).toBe(false)
    expect(has(claims, '14 stalls')).toBe(true)
  })

  it('is not a claim in French either', () => {
    const claims = french(
      'Lucie Varenne, commerçante, a indiqué que 14 boutiques avaient fermé.',
      '« Je ne dors plus la nuit », a-t-elle confié.',
    )
    expect(has(claims, 'Je ne dors plus')).toBe(false)
  })

  it('stays a claim with a figure, a time, a denial, or a longer attribution', () => {
    const claims = english(
      'Wenna Trask, who runs the Saltby café, said 14 stalls had closed.',
      '"I lost 40 customers a day," she said.',
      '"I never saw the letter," she said on Friday.',
      '"I did not sign anything and I deny taking the money," she said.',
      '"I sit by the window," said Trask, who has run the café on the harbour since the flood.',
    )
    expect(has(claims, '40 customers')).toBe(true)
    expect(has(claims, 'never saw the letter')).toBe(true)
    expect(has(claims, 'deny taking')).toBe(true)
    expect(has(claims, 'sit by the window')).toBe(true)
  })

  it('stays a claim when the quotation speaks of the world, not of the speaker', () => {
    const claims = english(
      'Wenna Trask, who runs the Saltby café, said 14 stalls had closed.',
      '"Our meters are read by the harbour board itself," she said.',
    )
    expect(has(claims, 'Our meters')).toBe(true)
  })
})
