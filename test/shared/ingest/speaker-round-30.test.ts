import { describe, expect, it } from 'vitest'
import { english, french, withText } from './invented-sentences'

/**
 * Speakers read in round 30 of the ingest corpus (docs/ingest.md): bodies a desk meets named by
 * their common noun, a finding closing its sentence, and a document that speaks for who
 * published it. Every name and number is invented.
 */
describe('bodies named by their common noun', () => {
  it('in French: the rectorate, the grid operator, the unions together', () => {
    const claims = french(
      'Les écoles de neuf communes resteront fermées lundi, a annoncé le rectorat.',
      "Près de 7 400 foyers restaient privés d'électricité, selon le gestionnaire du réseau.",
      "Une nouvelle grève est prévue le 12 mars, a annoncé l'intersyndicale.",
    )
    expect(withText(claims, 'neuf communes').attribution.who).toBe('rectorat')
    expect(withText(claims, '7 400 foyers').attribution.who).toBe('gestionnaire du réseau')
    expect(withText(claims, '12 mars').attribution.who).toBe('intersyndicale')
  })

  it('in French: what a union claims, « revendique », now or then', () => {
    const claims = french(
      "L'intersyndicale revendique 64 % de grévistes parmi les conducteurs.",
      'À midi, le syndicat revendiquait 1 200 manifestants.',
    )
    expect(withText(claims, '64 %').attribution.who).toBe('intersyndicale')
    expect(withText(claims, '1 200').attribution.who).toBe('syndicat')
  })

  it('in English: a regulator, a watchdog, a coastguard after "according to"', () => {
    const claims = english(
      'About 3,100 homes had no water on Tuesday, according to the regulator.',
      'Complaints rose to 812 in the first quarter, according to the watchdog.',
    )
    expect(withText(claims, '3,100 homes').attribution.who).toBe('regulator')
    expect(withText(claims, '812').attribution.who).toBe('watchdog')
  })
})

describe('a finding that closes its sentence', () => {
  it('"…, the audit found." is the audit’s, as "the audit showed" is', () => {
    const claims = english('The backlog reached 2,640 cases in March, the audit found.')
    expect(withText(claims, '2,640 cases').attribution.who).toBe('audit')
  })

  it('is no one’s when who "found" is no document', () => {
    const claims = english('The river had risen 2 metres by dawn, residents found.')
    expect(withText(claims, '2 metres').attribution.who).toBe('unknown')
  })
})

describe('a document that names who published it', () => {
  it('speaks for its publisher, kept as where it was said, and so does "the report" after it', () => {
    const claims = english(
      'Rents in Dunmore rose 9.4 percent in a year, according to a report released Monday by the Dunmore Office of Rental Research.',
      'The median rent reached $1,870 a month, the report found.',
    )
    const first = withText(claims, '9.4 percent')
    expect(first.attribution).toMatchObject({
      who: 'Dunmore Office of Rental Research',
      where: 'report released Monday by the Dunmore Office of Rental Research',
    })
    expect(withText(claims, '$1,870').attribution.who).toBe('Dunmore Office of Rental Research')
  })

  it('by the one body the story names in full, or in French by the body it names', () => {
    const claims = english(
      'The Kelbrook Students’ Union runs two food banks.',
      'A survey of 1,900 students conducted by the union in May found that 38 percent skipped meals.',
    )
    expect(withText(claims, '38 percent').attribution.who).toBe('Kelbrook Students’ Union')
    const french_ = french(
      "D'après le plan de circulation publié mardi soir par l'exploitant, 2 lignes sur 6 roulaient.",
    )
    expect(withText(french_, '2 lignes').attribution.who).toBe('exploitant')
  })

  it('is not who saw it or was sent it', () => {
    const claims = english(
      'Engineers found 31 cracks in the spillway, according to an inspection report seen by the Harlow Gazette.',
    )
    expect(withText(claims, '31 cracks').attribution.who).toBe(
      'inspection report seen by the Harlow Gazette',
    )
  })
})

describe('a body named short', () => {
  it('"the Authority" in a release is the one authority it names in full, also named shorter', () => {
    const claims = english(
      'Dunford Vale Health Authority has confirmed 31 cases of mumps.',
      'Parents should call the Health Authority helpline before visiting.',
      'Data held by the Authority show that 4 schools had fewer than 80 per cent of pupils vaccinated.',
    )
    expect(withText(claims, '4 schools').attribution.who).toBe('Dunford Vale Health Authority')
  })

  it('"Police" after a day that opens the sentence names the force, not the day', () => {
    const claims = english(
      'On Monday Kelham Police closed the bridge.',
      'Police said 212 homes had been evacuated.',
    )
    expect(withText(claims, '212 homes').attribution.who).toBe('Kelham Police')
  })

  it('"Provost Ada Merrow" is Ada Merrow, the provost', () => {
    const claims = english('Provost Ada Merrow said enrolment fell 6 per cent.')
    expect(withText(claims, '6 per cent').attribution).toMatchObject({
      who: 'Ada Merrow',
      role: 'Provost',
    })
  })
})

describe('a release marked for immediate release', () => {
  it('is issued by the body its lede names, not by its marker', () => {
    const claims = english(
      '# Boil water notice extended',
      'PRESS RELEASE – FOR IMMEDIATE RELEASE\nSaturday 15 June 2024',
      'Kesworth Water has today confirmed that the notice will stay in place.',
      'The notice covers about 7,900 households.',
    )
    expect(withText(claims, '7,900 households').attribution.who).toBe('Kesworth Water')
  })
})
