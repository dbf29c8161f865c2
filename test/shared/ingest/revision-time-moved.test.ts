import { describe, expect, it } from 'vitest'
import type { ClaimCandidate } from '../../../src/shared/ingest'
import { english, french, withText } from './invented-sentences'

/**
 * A plan or a deadline given as a weekday, a month or a time of day (no date figure), then moved:
 * after a verb of moving ("moved to December", « repoussée à vendredi ») or after "now" and a
 * plan ("now expected at 3.30am", "now unlikely to be lifted before Monday"). The later claim
 * revises the latest earlier one that planned a time of the same kind about the same thing.
 * Every name and number is invented.
 */
const indexOf = (claims: readonly ClaimCandidate[], words: string): number =>
  claims.indexOf(withText(claims, words))

describe('a time of day, a weekday or a month moved', () => {
  it('links a declaration now expected later in the night', () => {
    const claims = english(
      'The returning officer, Ivo Brandt, said he expects a declaration around 2am.',
      'A recount was ordered in the Westgate ward.',
      'The declaration is now expected at 3.30am at the earliest, he said.',
    )
    expect(withText(claims, '3.30am').revisionOf).toBe(indexOf(claims, 'around 2am'))
  })

  it('links a notice now unlikely to be lifted before another weekday', () => {
    const claims = english(
      'Fenmoor Water said it expected to lift the boil notice by Saturday, after 14 clean samples.',
      'Engineers flushed the mains overnight.',
      'On Thursday evening the company said the notice was now unlikely to be lifted before Monday.',
    )
    expect(withText(claims, 'before Monday').revisionOf).toBe(indexOf(claims, 'by Saturday'))
  })

  it('links a deadline moved to another month, whatever the two sentences share', () => {
    const claims = english(
      'The trust promised to end waits of more than 52 weeks by the end of June.',
      'Its board met twice in the spring.',
      'A spokeswoman confirmed that the deadline had been moved to December.',
    )
    expect(withText(claims, 'to December').revisionOf).toBe(indexOf(claims, 'end of June'))
  })

  it('keeps a chain of three when a plan moved once is moved again', () => {
    const claims = french(
      'Fermée depuis 2023, la salle Brizeux devait rouvrir ses portes en juin 2025.',
      "La réouverture a d'abord été repoussée à septembre 2025 à cause de la charpente.",
      'Jeudi, le maire a reconnu que cette date ne serait pas tenue : la salle ne rouvrira désormais pas avant janvier 2026.',
    )
    const first = indexOf(claims, 'juin 2025')
    const second = indexOf(claims, 'septembre 2025')
    expect(claims[second]!.revisionOf).toBe(first)
    expect(withText(claims, 'janvier 2026').revisionOf).toBe(second)
  })

  it('links to the claim that gave the plan a French sentence names before moving it', () => {
    const claims = french(
      'La route départementale 512 restera fermée jusqu’à jeudi midi, a indiqué la préfecture.',
      'Les pompiers ont engagé 240 hommes.',
      "La réouverture de la RD 512, d'abord prévue jeudi midi, a été repoussée à vendredi matin.",
    )
    expect(withText(claims, 'vendredi matin').revisionOf).toBe(indexOf(claims, 'restera fermée'))
  })
})

describe('a weekday moved to a date', () => {
  it('links a street now not expected to reopen before a date', () => {
    const claims = english(
      'Quarry Lane is expected to reopen on Monday, the council said.',
      'Crews replaced 40 metres of main.',
      'The council said the lane is now not expected to reopen before 14 March.',
    )
    expect(withText(claims, '14 March').revisionOf).toBe(indexOf(claims, 'on Monday'))
  })

  it('links a plan put back "at the earliest", without "now"', () => {
    const claims = english(
      'The head teacher said the two schools would not reopen on Tuesday as planned.',
      'Classes are expected to resume on March 17 at the earliest.',
    )
    expect(withText(claims, 'March 17').revisionOf).toBe(indexOf(claims, 'on Tuesday'))
  })

  it('links « le report au » a date, a noun of moving', () => {
    const claims = french(
      'Le nouveau roulement des conducteurs devait entrer en vigueur le 1er avril, selon 3 syndicats.',
      "La direction a annoncé le report au 4 mai de l'entrée en vigueur du roulement.",
    )
    expect(withText(claims, '4 mai').revisionOf).toBe(indexOf(claims, '1er avril'))
  })
})

describe('a moved time that revises nothing', () => {
  it('does not revise a different plan when the sentence names the one it moves', () => {
    const claims = english(
      'The notice gave Harlin Storage until 30 June 2026 to repair 3 fire doors.',
      'Inspector Dana Kell said a follow-up visit planned for July had not taken place and had been rescheduled for December.',
    )
    expect(withText(claims, 'rescheduled for December').revisionOf).toBeUndefined()
  })

  it('does not revise a time that was no plan', () => {
    const claims = english(
      'The council met on Tuesday and approved 12 new crossings.',
      'A parents’ group said the first crossing is now expected on Friday.',
    )
    expect(withText(claims, 'on Friday').revisionOf).toBeUndefined()
  })

  it('does not revise a plan about something else, far back and sharing no word', () => {
    const claims = english(
      'The ferry company expects the new timetable to start on Monday.',
      'Dock workers voted on a pay offer.',
      'Harbour cranes were inspected.',
      'A union official said the strike ballot result is now expected on Wednesday.',
    )
    expect(withText(claims, 'on Wednesday').revisionOf).toBeUndefined()
  })

  it('does not revise the same time said again', () => {
    const claims = english(
      'The returning officer said he expects a declaration around 2am.',
      'He said later that the declaration is now expected around 2am.',
    )
    expect(withText(claims, 'later that').revisionOf).toBeUndefined()
  })
})
