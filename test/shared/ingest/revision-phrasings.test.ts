import { describe, expect, it } from 'vitest'
import { UNNAMED_SPEAKER, extractClaims, parseDocument } from '../../../src/shared/ingest'
import type { ClaimCandidate } from '../../../src/shared/ingest'
import { english, french, withText } from './invented-sentences'

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
    // Round 7: "la régie" is the régie named in full before, as "the department" is in English.
    expect(corrected.attribution.who).toBe('régie des transports de Morlanne')
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

describe('revisions of the same quantity across paragraphs', () => {
  it('chains a count revised twice, past claims in between that count something else', () => {
    const claims = extractClaims(
      [
        'About 2,300 homes in Tarnby were left without gas on Monday, Ostmark Energy said.',
        'The company said engineers had found a leak in three of the seven pressure valves.',
        'By Tuesday night the company had increased the number of affected homes to 3,100, saying the fault had spread.',
        'Local schools stayed open.',
        'In a statement on Wednesday, the company revised the total again, to 2,850 homes, after removing empty properties.',
      ].join('\n\n'),
    )
    const first = indexOf(claims, '2,300 homes')
    const second = indexOf(claims, '3,100')
    expect(claims[second]!.revisionOf).toBe(first)
    expect(claims[second]!.figures[0]).toMatchObject({ value: 3100, unit: 'homes' })
    expect(withText(claims, '2,850 homes').revisionOf).toBe(second)
  })

  it('links a correction phrased "rather than" or "instead of" to the claim that gave the old figure', () => {
    const claims = extractClaims(
      [
        'The port authority said 41 containers fell overboard.',
        'Divers searched the channel all week.',
        'The authority later said 37 containers had been lost rather than 41.',
      ].join('\n\n'),
    )
    expect(withText(claims, '37 containers').revisionOf).toBe(indexOf(claims, '41 containers'))
  })

  it('links a count stated again with "now" or "désormais" to the last count of the same thing', () => {
    const claims = extractClaims(
      [
        'The regional council said 18 bridges were closed.',
        'The council says 9 ferries are running.',
        'The council now says 23 bridges are closed.',
        'It now says 9 ferries are running.',
      ].join('\n\n'),
    )
    expect(withText(claims, '23 bridges').revisionOf).toBe(indexOf(claims, '18 bridges'))
    // The same figure again is not a revision.
    expect(withText(claims, 'It now says 9 ferries').revisionOf).toBeUndefined()
  })

  it('does not take a span of time for the figure revised', () => {
    const claims = extractClaims(
      [
        'The relief agency said 1,200 families had been displaced.',
        'Three days later it raised its estimate to 1,900 families.',
      ].join('\n\n'),
    )
    const raised = claims.filter((claim) => claim.text.includes('1,900'))
    expect(raised).toHaveLength(1)
    expect(raised[0]!.revisionOf).toBe(indexOf(claims, '1,200 families'))
    expect(raised[0]!.attribution.who).toBe('relief agency')
  })
})

describe('French revisions', () => {
  it('reads "revoit son bilan à la hausse :" and "et non" at the end of a sentence', () => {
    const claims = extractClaims(
      [
        "La société Aquanord indique que 12 500 abonnés sont privés d'eau.",
        'La préfecture a ouvert 4 points de distribution.',
        'Aquanord revoit son bilan à la hausse : 14 800 abonnés sont désormais concernés.',
        'Aquanord précise finalement que 13 900 abonnés ont été privés d’eau, et non 14 800.',
      ].join('\n\n'),
      { language: 'fr' },
    )
    const first = indexOf(claims, '12 500')
    const second = indexOf(claims, '14 800 abonnés')
    expect(claims[second]!.revisionOf).toBe(first)
    expect(claims[second]!.attribution.who).toBe('Aquanord')
    expect(withText(claims, '13 900').revisionOf).toBe(second)
    expect(withText(claims, '13 900').figures.map((figure) => figure.value)).toEqual([
      13_900, 14_800,
    ])
  })

  it('takes what is counted from "le nombre de …" before the verb, over "personnes"', () => {
    const claims = extractClaims(
      [
        'Au moins 11 personnes ont été blessées, selon la mairie.',
        'Un entrepôt de 3 étages a été détruit.',
        'Le nombre de blessés a été revu à la hausse dans la nuit : 14 personnes ont été soignées.',
      ].join('\n\n'),
      { language: 'fr' },
    )
    const revised = withText(claims, '14 personnes')
    expect(revised.revisionOf).toBe(indexOf(claims, '11 personnes'))
    expect(revised.figures[0]).toMatchObject({ value: 14, unit: 'blessés' })
  })

  it('takes what is counted from "le nombre de …", noun first, and reads "millions d’euros"', () => {
    const claims = extractClaims(
      [
        'La mairie a recensé 320 logements inondés.',
        'La mairie a ensuite porté le nombre de logements sinistrés à 410.',
        'Les dégâts sont estimés à 3 millions d’euros, au lieu de 2 millions annoncés lundi.',
      ].join('\n\n'),
      { language: 'fr' },
    )
    expect(withText(claims, '410').figures[0]).toMatchObject({ value: 410, unit: 'logements' })
    expect(withText(claims, '410').revisionOf).toBe(indexOf(claims, '320 logements'))
    expect(withText(claims, '3 millions').figures[0]).toMatchObject({
      value: 3_000_000,
      unit: 'EUR',
    })
  })
})

describe('revisions within one sentence, in either order', () => {
  it('reads "to 18 percent from 23 percent" with the old figure after the new one', () => {
    const claims = extractClaims(
      'The Brookfell water board said 30 percent of its mains were over 80 years old. The board revised its leak estimate downward to 18 percent from 23 percent.',
    )
    const revised = claims.filter((claim) => claim.revisionOf !== undefined)
    expect(revised.map((claim) => claim.text)).toEqual([
      'revised its leak estimate downward to 18 percent',
    ])
    expect(claims[revised[0]!.revisionOf!]!.figures[0]).toMatchObject({ value: 23, unit: '%' })
  })

  it('links a date said to be the first to the one that now replaces it', () => {
    const claims = extractClaims(
      'The inquest, initially scheduled for 9 April, will now open on 23 April, the coroner said.',
    )
    const moved = claims.filter((claim) => claim.revisionOf !== undefined)
    expect(moved.map((claim) => claim.text)).toEqual(['will now open on 23 April'])
    expect(claims[moved[0]!.revisionOf!]!.figures[0]).toMatchObject({ raw: '9 April' })
    // Two counts of different things are not one revised.
    const apart = extractClaims(
      'Earlier in the day 5 people were rescued, and now 12 boats are searching the bay.',
    )
    expect(apart.every((claim) => claim.revisionOf === undefined)).toBe(true)
  })
})

describe('a perimeter widened', () => {
  it('links a cordon widened to a larger radius', () => {
    const claims = english(
      'Police first set a cordon of 400 metres around the Brindmoor depot.',
      'Smoke drifted over the ring road.',
      'The cordon was widened to 800 metres at lunchtime after the wind turned.',
    )
    expect(withText(claims, '800 metres').revisionOf).toBe(
      claims.indexOf(withText(claims, '400 metres')),
    )
  })

  it('links « élargi à » in French', () => {
    const claims = french(
      'Le périmètre de sécurité autour du dépôt de Kerbrat était de 300 mètres.',
      "Il a été élargi à 600 mètres dans l'après-midi.",
    )
    expect(withText(claims, '600 mètres').revisionOf).toBe(
      claims.indexOf(withText(claims, '300 mètres')),
    )
  })
})
