import { describe, expect, it } from 'vitest'
import type { ClaimCandidate } from '../../../src/shared/ingest'
import { english, french, withText } from './invented-sentences'

/**
 * Revisions read in round 25 of the ingest corpus (docs/ingest.md): a word of time after a
 * figure that is not what it counts, a chain told in one sentence after the newest figure, a
 * French date moved "au", a cut "trimmed", a speech verb used as the noun revised, "the true
 * figure", and "the number of spills last year". Every name and number is invented.
 */
/** The claim a revision split off its sentence: the one whose text starts with `words`. */
const startingWith = (claims: readonly ClaimCandidate[], words: string): ClaimCandidate => {
  const found = claims.filter((claim) => claim.text.startsWith(words))
  expect(found, `one claim starting "${words}"`).toHaveLength(1)
  return found[0]!
}

describe('a word of time after a revised figure', () => {
  it('splits "then raised the toll to nine shortly after midday" into a revision', () => {
    const claims = english(
      'The Ostrel coastguard had initially said four people had died, then raised the toll to seven shortly after midday.',
    )
    const first = claims.indexOf(startingWith(claims, 'The Ostrel coastguard'))
    expect(startingWith(claims, 'then raised the toll to seven').revisionOf).toBe(first)
  })

  it('reads "58 once the hospitals had reported" as a count of what was revised', () => {
    const claims = english(
      'The Ostrel coastguard said 31 people were injured.',
      'The coastguard later revised the number to 44 once two hospitals had reported their admissions.',
    )
    expect(withText(claims, 'revised the number to 44').revisionOf).toBe(0)
  })
})

describe('a chain told in one sentence after the newest figure', () => {
  it('links the newest figure to the last link of the chain', () => {
    const claims = english(
      'At least 13 people were killed when a coach left the road near Pellan, police said on Friday.',
      'Police had initially said five people had died, then raised the toll to eight before dawn.',
    )
    const newest = withText(claims, 'At least 13 people')
    expect(newest.revisionOf).toBe(claims.indexOf(startingWith(claims, 'then raised the toll')))
  })

  it('does not link to a figure the story marked as an older one itself', () => {
    const claims = english(
      'Officials initially put the number of displaced at 1200.',
      'Rain fell all afternoon on the lower quay.',
      'Officials initially put the number of displaced at 3400, but it rose to 3600 by evening.',
    )
    expect(withText(claims, 'at 1200').revisionOf).toBeUndefined()
  })
})

describe('more revision verbs and objects', () => {
  it('links a date "repoussée au" another within one French sentence', () => {
    const claims = french(
      'La réunion publique, qui devait se tenir le 12 octobre, est repoussée au 9 novembre.',
    )
    const planned = claims.indexOf(startingWith(claims, 'La réunion publique'))
    expect(startingWith(claims, 'est repoussée au 9 novembre').revisionOf).toBe(planned)
  })

  it('links a budget "trimmed" to the one it cuts', () => {
    const claims = english(
      'In June the Vellmoor cabinet raised the capital programme to £31 million.',
      'In September a review trimmed the capital programme to £27 million.',
    )
    expect(withText(claims, '£27 million').revisionOf).toBe(0)
  })

  it('reads "raised that forecast to 41C" as a revision of the forecast', () => {
    const claims = english(
      'On Monday the Karst weather service had forecast a peak of 37C for the city.',
      'It raised that forecast to 40C on Tuesday morning.',
    )
    expect(withText(claims, '40C').revisionOf).toBe(0)
  })

  it('reads "the true figure was" as a restatement', () => {
    const claims = english(
      'Orlwell Water said on Monday that its reservoirs were at 52 per cent of capacity.',
      'On Wednesday Orlwell Water said a faulty gauge had overstated levels and that the true figure was 47 per cent.',
    )
    expect(withText(claims, '47 per cent').revisionOf).toBe(0)
  })

  it('does not count "last year" as what "the number of spills" counts', () => {
    const claims = english(
      'The report said inspections of treatment sites had fallen from 900 in 2019 to 450 in 2023.',
      'The authority said the true number of spills last year was 31,200.',
    )
    expect(withText(claims, '31,200').revisionOf).toBeUndefined()
  })
})

describe('a first figure given by a participle that opens the sentence or an aside', () => {
  it('splits « Présenté à 30 millions …, le projet est désormais chiffré à 36 millions »', () => {
    const claims = french(
      'Présenté à 30 millions d’euros lors de l’appel d’offres, le projet est désormais chiffré à 36 millions d’euros.',
    )
    const restated = startingWith(claims, 'le projet est désormais chiffré à 36 millions')
    expect(restated.revisionOf).toBe(claims.indexOf(startingWith(claims, 'Présenté à 30')))
    // What was revised is no speaker.
    expect(restated.attribution.who).toBe('unknown')
  })

  it('reads « en réalité » after an aside as the figure that held', () => {
    const claims = french(
      'Le coût de la halle, présenté en 2021 à 2,8 millions d’euros hors taxes, s’élève en réalité à 3,3 millions d’euros.',
    )
    expect(startingWith(claims, 's’élève en réalité à 3,3 millions').revisionOf).toBe(0)
  })

  it('splits "Budgeted at £4 million in 2022, the repairs finally cost £4.9 million"', () => {
    const claims = english(
      'Budgeted at £4 million in 2022, the repairs to the Ostrel lido finally cost £4.9 million.',
    )
    expect(startingWith(claims, 'finally cost £4.9 million').revisionOf).toBe(0)
  })
})

describe('a date moved in one sentence', () => {
  it('links "was put back to 4 July" to the date set before', () => {
    const claims = english(
      'The hearing had been set for 12 June but was put back to 4 July so that a report could be prepared.',
    )
    expect(startingWith(claims, 'but was put back to 4 July').revisionOf).toBe(0)
  })

  it('links a month to the year "originally scheduled" some words before', () => {
    const claims = english(
      'The Ostrel sports hall, originally scheduled to open in autumn 2025, will now open in March 2026.',
    )
    expect(startingWith(claims, 'will now open in March 2026').revisionOf).toBe(0)
  })
})

describe('what a figure counts, past an adverb', () => {
  it('reads "21 people had now been treated" as a count of the treated', () => {
    const claims = english('The health board said 21 people had now been treated for injuries.')
    expect(withText(claims, '21 people').figures[0]).toMatchObject({ value: 21, unit: 'treated' })
  })
})
