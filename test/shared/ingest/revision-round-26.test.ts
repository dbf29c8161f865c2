import { describe, expect, it } from 'vitest'
import { english, withText } from './invented-sentences'

/**
 * Revisions read in round 26 of the ingest corpus (docs/ingest.md): a figure restated "now"
 * whose count is named by a different word than the earlier one's. Every name and number is
 * invented.
 */
describe('a figure restated now, counted by another word', () => {
  it('links "340 homes have been evacuated" to "85 homes in the valley"', () => {
    const claims = english(
      'Police said 85 homes in the Orle valley have been evacuated.',
      'Police now say 340 homes have been evacuated.',
    )
    const first = claims.indexOf(withText(claims, '85 homes'))
    expect(withText(claims, '340 homes').revisionOf).toBe(first)
  })

  it('does not link a count of people to any earlier count of people', () => {
    const claims = english(
      'The plant employs about 140 people.',
      'The hospital now says 7 people have been treated.',
    )
    expect(withText(claims, '7 people').revisionOf).toBeUndefined()
  })
})
