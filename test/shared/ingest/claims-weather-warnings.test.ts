import { describe, expect, it } from 'vitest'
import { english, french } from './invented-sentences'

/**
 * A coloured warning an agency issued, extended or lifted ("an amber snow warning", "la
 * vigilance rouge") is an official level on the agency's record: a claim, with no figure or
 * speaker needed. A warning with no colour is a word of advice. Every sentence below is
 * invented.
 */
const has = (claims: readonly { text: string }[], words: string): boolean =>
  claims.some((claim) => claim.text.includes(words))

describe('a coloured warning', () => {
  it('is a claim in English', () => {
    const claims = english(
      'The forecasters had put the Tarn hills under a yellow snow warning.',
      'The agency has extended its red flood warning for the lower valley.',
    )
    expect(has(claims, 'yellow snow warning')).toBe(true)
    expect(has(claims, 'red flood warning')).toBe(true)
  })

  it('is a claim in French, the colour after the warning', () => {
    const claims = french('La préfecture a placé le département en vigilance rouge.')
    expect(has(claims, 'vigilance rouge')).toBe(true)
  })

  it('is not a claim without a colour', () => {
    const claims = english('Neighbours gave the family a warning about the river.')
    expect(has(claims, 'a warning about')).toBe(false)
  })
})
