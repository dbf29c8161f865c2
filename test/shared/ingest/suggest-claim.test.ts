import { describe, expect, it } from 'vitest'
import { extractClaims, suggestClaim, UNKNOWN_SPEAKER } from '../../../src/shared/ingest'

const STORY = [
  'Harbour officials said 14 containers fell into the bay on Monday night.',
  'The shipping company denied that the crane had been overloaded.',
  'Councillor Ines Barros blamed the port authority for the delays.',
  'Fog lay over the water all morning.',
  '',
  'Barros said the inquiry would report in March.',
].join(' ')

const spanOf = (text: string, part: string): { start: number; end: number } => {
  const start = text.indexOf(part)
  if (start < 0) throw new Error(`"${part}" is not in the text`)
  return { start, end: start + part.length }
}

describe('suggestClaim', () => {
  it('names the speaker and kind the import gives a selected sentence', () => {
    const harbour = suggestClaim(STORY, spanOf(STORY, '14 containers fell into the bay'))
    expect(harbour?.attribution.who).toBe('Harbour officials')
    expect(harbour?.kind).toBe('figure')
    expect(harbour?.sentence.text).toBe(
      'Harbour officials said 14 containers fell into the bay on Monday night.',
    )

    const denial = suggestClaim(STORY, spanOf(STORY, 'The shipping company denied'))
    expect(denial?.attribution.who).toBe('shipping company')
    expect(denial?.kind).toBe('denial')

    const blame = suggestClaim(STORY, spanOf(STORY, 'blamed the port authority'))
    expect(blame?.attribution.who).toBe('Ines Barros')
    expect(blame?.kind).toBe('blame')
  })

  it('agrees with the import on every candidate sentence', () => {
    for (const candidate of extractClaims(STORY)) {
      const suggestion = suggestClaim(STORY, candidate)
      expect(suggestion?.attribution).toEqual(candidate.attribution)
      expect(suggestion?.kind).toBe(candidate.kind)
    }
  })

  it('resolves a bare surname from earlier in the story, as the import does', () => {
    const text = STORY.replace(' Barros said', '\n\nBarros said')
    const later = suggestClaim(text, spanOf(text, 'the inquiry would report'))
    expect(later?.attribution.who).toBe('Ines Barros')
  })

  it('gives an unknown speaker to a sentence nobody is said to have said', () => {
    const fog = suggestClaim(STORY, spanOf(STORY, 'Fog lay over the water'))
    expect(fog?.attribution).toEqual({ who: UNKNOWN_SPEAKER })
    expect(fog?.kind).toBe('other')
    expect(fog?.sentence.text).toBe('Fog lay over the water all morning.')
  })

  it('has nothing to suggest outside the text', () => {
    expect(suggestClaim('', { start: 0, end: 0 })).toBeNull()
    expect(suggestClaim('One.\n\n\nTwo.', { start: 5, end: 6 })).toBeNull()
  })
})
