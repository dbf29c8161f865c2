import { describe, expect, it } from 'vitest'
import { english, withText } from './invented-sentences'

/**
 * Revisions read in round 33 of the ingest corpus (docs/ingest.md): a correction that names the
 * wrong figure after "not the". Every name and number is invented.
 */
describe('"57.3%, not the 54.1% in the original paper"', () => {
  it('revises the claim that gave the wrong figure, not the latest percentage', () => {
    const claims = english(
      'The board paper says only 54.1% of patients waited less than 18 weeks.',
      'The office estimates that the number of patients is about 8% lower.',
      'Its corrected figure is 57.3% of patients seen within 18 weeks, not the 54.1% in the original paper.',
    )
    expect(withText(claims, '57.3%').revisionOf).toBe(
      claims.indexOf(withText(claims, 'only 54.1%')),
    )
  })
})
