import { describe, expect, it } from 'vitest'
import { english, french, withText } from './invented-sentences'

/**
 * "put the cost at £9.5 million" is how a report, a plan or a team gives an estimate: its
 * subject is the claim's source. "put" is a verb of estimate only with a determiner or a plain
 * noun (no particle: "put out") opening its object and "at" and a figure (no clock time) after it. A clause opening with "When", "While"
 * or "Because" and its comma, or a set phrase of time ("At first", "Au départ"), is stepped over
 * to find the subject. Every name is invented.
 */
describe('a figure given with "put … at"', () => {
  it('is the claim of the document or group that puts it', () => {
    const claims = english(
      'When the board approved the scheme in May 2021, its spending plan put the cost of the bridge at £9.5 million.',
      'The assessors put the shortfall at £4.9 million.',
    )
    expect(withText(claims, '£9.5 million').attribution.who).toBe('spending plan')
    expect(withText(claims, '£4.9 million').attribution.who).toBe('assessors')
  })

  it('is no estimate without a determiner before the object or with a clock time', () => {
    const claims = english(
      'Firefighters put out the blaze at 4 a.m. on Sunday, after 30 engines attended.',
      'The council put 40 new bins at the station.',
    )
    expect(withText(claims, '30 engines').attribution.who).toBe('unknown')
    expect(withText(claims, '40 new bins').attribution.who).toBe('unknown')
  })
})

describe('an opening clause with "when", "while" or "because"', () => {
  it('is stepped over to the subject that speaks', () => {
    const claim = withText(
      english('While the pier was shut, the Kessock ferry board said it lost £12,000 a week.'),
      '£12,000',
    )
    expect(claim.attribution.who).toBe('Kessock ferry board')
  })
})

describe('a set phrase of time before the subject', () => {
  it('is stepped over to the subject that speaks', () => {
    const claims = english(
      'At first the assessors put the shortfall at £4.9 million.',
      'At the time, the Kessock ferry board said 40 berths were empty.',
    )
    expect(withText(claims, '£4.9 million').attribution.who).toBe('assessors')
    expect(withText(claims, '40 berths').attribution.who).toBe('Kessock ferry board')
  })

  it('is stepped over in French', () => {
    const claim = withText(
      french('Au départ, la Compagnie fluviale de Sarn a annoncé 40 suppressions de postes.'),
      '40 suppressions',
    )
    expect(claim.attribution.who).toBe('Compagnie fluviale de Sarn')
  })
})

describe('an estimate whose object has no article', () => {
  it('is the document’s that puts it: "A workforce paper puts nursing vacancies at 276"', () => {
    const claims = english(
      'A workforce paper presented to the Tolby hospital board last week puts nursing vacancies at 276.',
    )
    expect(withText(claims, '276').attribution.who).toBe('workforce paper')
  })

  it('is a described document’s own, named before or not', () => {
    const claims = english(
      'The audit report puts that number at 112, most of them part-time staff.',
    )
    expect(withText(claims, '112').attribution.who).toBe('audit report')
  })

  it('is no estimate after a verb with a particle: "put out the fire at 4 a.m."', () => {
    const claims = english('Crews from Tolby put out the fire at 4 a.m. after 9 hours.')
    expect(withText(claims, '9 hours').attribution.who).toBe('unknown')
  })
})
