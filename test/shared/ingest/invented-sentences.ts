import { expect } from 'vitest'
import { extractClaims } from '../../../src/shared/ingest'
import type { ClaimCandidate } from '../../../src/shared/ingest'

/**
 * Helpers of the rule tests that feed the extractor invented sentences: stories made of the
 * paragraphs given, in English or French, and the one claim that holds some words.
 */
export const english = (...paragraphs: string[]): ClaimCandidate[] =>
  extractClaims(paragraphs.join('\n\n'), { language: 'en' })

export const french = (...paragraphs: string[]): ClaimCandidate[] =>
  extractClaims(paragraphs.join('\n\n'), { language: 'fr' })

/** The one claim whose text holds `words`; fails the test if none or several do. */
export const withText = (claims: readonly ClaimCandidate[], words: string): ClaimCandidate => {
  const found = claims.filter((claim) => claim.text.includes(words))
  expect(found, `one claim with "${words}"`).toHaveLength(1)
  return found[0]!
}
