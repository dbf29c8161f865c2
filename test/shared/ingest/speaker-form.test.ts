import { describe, expect, it } from 'vitest'
import { english, withText } from './invented-sentences'

/**
 * The shape of the speaker an import gives, whatever the wording: never a possessive, never a
 * job glued to a name, never a lone common noun for an organisation the sentence names in full.
 * Every name and sentence below is invented.
 */
describe('a speaker an editor can use', () => {
  it('never ends in a possessive: the organisation, or the person it introduces', () => {
    const claims = english(
      "Harlow Borough Council's new parking system will cost millions more than planned, councillors heard on Monday.",
      'The council awarded the contract to Brisk Meters in 2023 at a cost of £2.1 million.',
      'When the contract was signed, the council said the system would open in May 2025.',
      "Fenwick District Council's leader, Tomas Reed, says the council will pay £40,000 towards repairs. It will be paid by 30 June, he said.",
    )
    const briefing = english(
      "15:10 – Marsh Water's supply director, Priya Holm, has just given a briefing. She said 4,000 homes were without supply.",
    )
    expect(withText(claims, '£2.1 million').attribution.who).toBe('Harlow Borough Council')
    expect(withText(claims, 'May 2025').attribution.who).toBe('Harlow Borough Council')
    expect(withText(claims, '£40,000').attribution.who).toBe('Tomas Reed')
    expect(withText(claims, '30 June').attribution.who).toBe('Tomas Reed')
    expect(withText(briefing, '4,000 homes').attribution.who).toBe('Priya Holm')
  })

  it('is never a weekday or a month with a possessive', () => {
    const claims = english(
      "Organisers Brightwater Live have confirmed that Saturday's concert is cancelled. Refunds will be paid within 10 days, the company said.",
    )
    const who = withText(claims, '10 days').attribution.who
    expect(who).not.toMatch(/['’]s$/u)
    expect(who).toBe('Brightwater Live')
  })

  it('is the name, not a job written before it as if part of it', () => {
    const claims = english(
      '"We are stretched," said Headteacher Ana Roebuck. Later Roebuck said 40 pupils were waiting for a place.',
      'Forecaster Ivo Lindgren said gusts of 110 km/h were likely overnight.',
      'Organisers Brightwater Live said 3,000 tickets had been sold.',
    )
    expect(withText(claims, '40 pupils').attribution.who).toBe('Ana Roebuck')
    expect(withText(claims, '110 km/h').attribution.who).toBe('Ivo Lindgren')
    expect(withText(claims, '3,000 tickets').attribution.who).toBe('Brightwater Live')
  })

  it('keeps a first name that ends like a job, and an organisation named by a place', () => {
    const claims = english(
      'Jennifer Ashcombe Vale said 12 homes were flooded.',
      'Brenmoor District Council said 80 roads were closed.',
    )
    expect(withText(claims, '12 homes').attribution.who).toBe('Jennifer Ashcombe Vale')
    expect(withText(claims, '80 roads').attribution.who).toBe('Brenmoor District Council')
  })

  it('is the organisation a description names in full, not its head noun alone', () => {
    const claims = english(
      'The Harwick hill walkers’ association says its members reported 14 rockfalls on the path last month.',
      'By noon the Ostmark regional flood management agency said 230 homes had been evacuated.',
    )
    expect(withText(claims, '14 rockfalls').attribution.who).toBe('Harwick hill walkers’ association')
    expect(withText(claims, '230 homes').attribution.who).toBe(
      'Ostmark regional flood management agency',
    )
  })

  it('is the company that spoke with a company’s role in the sentence before', () => {
    const claims = english(
      'The depot’s operator, Kestrel Haulage, said it had stopped all 30 lorries. In a statement, the company said its depot had passed an inspection in March.',
    )
    expect(withText(claims, 'passed an inspection').attribution.who).toBe('Kestrel Haulage')
  })
})
