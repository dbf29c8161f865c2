import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/shared/ingest'
import { english } from './invented-sentences'

/**
 * Junk claims removed in round 31 of the ingest corpus (docs/ingest.md): a page's publication
 * and update times, a French byline, and a note's number alone. Every name and number is
 * invented.
 */
describe('page furniture', () => {
  it('drops the line that says when the page was published and updated, and a French byline', () => {
    const story = [
      'Hospital waits rise again',
      'Patients waited more than 12 hours on 1,240 occasions in March.',
      '9 April 2025, 16:42 · Updated 10 April 2025, 11:05',
      'Par Claire Montbrun Publié le 18 mars 2025 à 19 h 40',
    ].join('\n\n')
    const { sourceText } = parseDocument(story)
    expect(sourceText).toContain('1,240 occasions')
    for (const line of ['Updated 10 April', 'Par Claire']) expect(sourceText).not.toContain(line)
  })

  it('keeps a story’s own sentences that open with the same words, not taken for a dateline', () => {
    const story = [
      'Ferry services resume',
      'Sailings restarted at dawn.',
      'Published figures show 3,100 passengers travelled on Monday.',
      'Par précaution, la préfecture a fermé 4 routes.',
    ].join('\n\n')
    const { sourceText } = parseDocument(story)
    expect(sourceText).toContain('3,100 passengers')
    expect(sourceText).toContain('Par précaution')
  })
})

describe('a note’s number alone', () => {
  it('is no claim; the note it numbers is one', () => {
    const claims = english(
      'Notes to editors',
      '1. The survey asked 2,400 adults in June.\n2. The agency employs 310 people.',
    )
    expect(claims.map((claim) => claim.text)).not.toContain('1.')
    expect(claims.map((claim) => claim.text)).not.toContain('2.')
    expect(claims.some((claim) => claim.text.includes('2,400 adults'))).toBe(true)
  })
})
