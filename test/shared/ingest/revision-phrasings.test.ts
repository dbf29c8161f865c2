import { describe, expect, it } from 'vitest'
import { UNNAMED_SPEAKER, extractClaims, parseDocument } from '../../../src/shared/ingest'
import type { ClaimCandidate } from '../../../src/shared/ingest'

const withText = (claims: readonly ClaimCandidate[], words: string): ClaimCandidate => {
  const found = claims.filter((claim) => claim.text.includes(words))
  expect(found, `one claim with "${words}"`).toHaveLength(1)
  return found[0]!
}
const indexOf = (claims: readonly ClaimCandidate[], words: string): number =>
  claims.indexOf(withText(claims, words))

describe('revisions phrased without "to"', () => {
  it('links "lowering its earlier figure" to the same speaker’s earlier count', () => {
    const claims = extractClaims(
      [
        'The regional health board said 310 patients had been moved to other hospitals.',
        'A ferry operator said 12 crossings were cancelled.',
        'The regional health board now says 270 patients were moved, lowering its earlier figure after a recount.',
      ].join(' '),
    )
    const revised = withText(claims, '270 patients')
    expect(revised.attribution.who).toBe('regional health board')
    expect(revised.revisionOf).toBe(indexOf(claims, '310 patients'))
  })

  it('links a correction naming the wrong figure, "nine, not seven", to the claim that gave it', () => {
    const claims = extractClaims(
      [
        "Inspectors closed the school's east wing after finding damp in seven of its classrooms, the city's education office said.",
        'The caretaker, Ole Brandt, said the roof had leaked for two winters.',
        'Parents were told on Friday that lessons would move to the sports hall.',
        'A local charity offered 40 laptops to pupils.',
        'The education office later corrected its count, saying nine of the classrooms were damp, not seven.',
      ].join(' '),
    )
    expect(withText(claims, 'nine of the classrooms').revisionOf).toBe(
      indexOf(claims, 'seven of its classrooms'),
    )
  })

  it('reads a colon as "to" in French: "a corrigé son chiffre : 31 %"', () => {
    const claims = extractClaims(
      [
        'Seuls 22 % des bus circulaient lundi, selon la régie des transports de Morlanne.',
        'Le syndicat affirme que 70 % des chauffeurs sont en grève.',
        'La régie a ensuite corrigé son chiffre : 31 % des bus circulaient lundi, a-t-elle précisé.',
      ].join('\n\n'),
      { language: 'fr' },
    )
    const corrected = withText(claims, '31 %')
    expect(corrected.attribution.who).toBe('régie')
    expect(corrected.revisionOf).toBe(indexOf(claims, '22 %'))
  })
})

describe('speakers the tables missed', () => {
  it('reads "centre", "engineer", "councillor", "expects" and "now" between speaker and verb', () => {
    const claims = extractClaims(
      [
        'Queues at the border reached 9 kilometres on Sunday, the national customs centre said.',
        '"The pier will hold for another 20 years," said harbour engineer Lisa Orm.',
        'Councillor Amir Sadik said the repairs would cost 3 million crowns.',
        'The meteorological service has issued a yellow warning and expects 80 millimetres of rain.',
        'The fire brigade now says 14 homes were damaged.',
      ].join(' '),
    )
    expect(withText(claims, '9 kilometres').attribution.who).toBe('national customs centre')
    expect(withText(claims, 'pier will hold').attribution.who).toBe('Lisa Orm')
    expect(withText(claims, '3 million').attribution.who).toBe('Amir Sadik')
    expect(withText(claims, '80 millimetres').attribution.who).toBe('meteorological service')
    expect(withText(claims, '14 homes').attribution.who).toBe('fire brigade')
  })

  it('finds the unnamed subject after a live blog’s time stamp', () => {
    const { sourceText } = parseDocument(
      [
        '# Flood live',
        '',
        '09:40 — A nurse at the St Clare clinic told reporters she had treated 11 people for hypothermia.',
        '',
        '10:15 — The harbour office said 3 boats were still searching.',
      ].join('\n'),
      { filename: 'live.md' },
    )
    const claims = extractClaims(sourceText)
    expect(withText(claims, '11 people').attribution.who).toBe(UNNAMED_SPEAKER)
    expect(withText(claims, '3 boats').attribution.who).toBe('harbour office')
  })

  it('gives "a-t-elle" to the sentence’s own subject, not to the last speaker', () => {
    const claims = extractClaims(
      [
        'Le syndicat affirme que 60 % des agents sont en grève.',
        'La mairie a ensuite fermé 4 écoles, a-t-elle indiqué dans un communiqué.',
      ].join('\n\n'),
      { language: 'fr' },
    )
    expect(withText(claims, '4 écoles').attribution.who).toBe('mairie')
  })
})
