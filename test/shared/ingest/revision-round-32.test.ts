import { describe, expect, it } from 'vitest'
import { english, withText } from './invented-sentences'

/**
 * Revisions read in round 32 of the ingest corpus (docs/ingest.md): a plan put back "until at
 * least" a later date. Every name and number is invented.
 */
describe('a plan put back "until at least" a date', () => {
  it('revises the date planned before', () => {
    const claims = english(
      'The hosepipe ban was due to be lifted on 30 September.',
      'On Friday Orrin Water said it would stay in place until at least 31 December.',
    )
    expect(withText(claims, '31 December').revisionOf).toBe(
      claims.indexOf(withText(claims, '30 September')),
    )
  })

  it('revises nothing when no date was planned before', () => {
    const claims = english(
      'The ban began on 30 September.',
      'Orrin Water said it would stay in place until at least 31 December.',
    )
    expect(withText(claims, '31 December').revisionOf).toBeUndefined()
  })
})
