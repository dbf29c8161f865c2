import { describe, expect, it } from 'vitest'
import { english, withText } from './invented-sentences'

/**
 * Speakers and revisions read in round 27 of the ingest corpus (docs/ingest.md): a dataset's
 * publisher, a document by a body named in plain words, figures published by the sentence's
 * subject, and an estimate "marked down" or "nudged". Every name and number is invented.
 */
describe('a dataset', () => {
  it('is published data: its publisher speaks', () => {
    const claims = english(
      'Across the county, 12 per cent of roads are unsafe, according to the latest quarterly dataset published by the Pellam Roads Agency.',
    )
    expect(withText(claims, '12 per cent').attribution.who).toBe('Pellam Roads Agency')
  })
})

describe('a document by a body named in plain words', () => {
  it('is that body’s claim', () => {
    const claims = english(
      'A 2021 inspection report by the regional bridge safety board found that three of the nine piers needed new bearings.',
    )
    expect(withText(claims, 'nine piers').attribution.who).toBe('regional bridge safety board')
  })

  it('stays the document’s when the words describe someone’s office', () => {
    const claims = english(
      'A report by the office of the county board found that 14 streets were flooded.',
    )
    expect(withText(claims, '14 streets').attribution.who).toBe(
      'report by the office of the county board',
    )
  })
})

describe('figures the subject published', () => {
  it('are the subject’s ("it published revised figures putting …"), and revise its count', () => {
    const claims = english(
      'The Dunmere Water Board said 900 homes had no supply.',
      'On Monday it published revised figures putting the number at 1,350 homes.',
    )
    const revised = withText(claims, '1,350 homes')
    expect(revised.attribution.who).toBe('Dunmere Water Board')
    expect(revised.revisionOf).toBe(claims.indexOf(withText(claims, '900 homes')))
  })

  it('leave a possessive’s published report as it was', () => {
    const claims = english(
      'The survey’s published report putting the cost at 5 million was leaked.',
    )
    expect(withText(claims, '5 million').attribution.who).toBe('survey’s published report')
  })
})

describe('an estimate marked down or nudged', () => {
  it('is a revision by whoever marked it', () => {
    const claims = english(
      'The Lorne Fisheries Institute put the stock at 84,000 tonnes in May.',
      'In August the institute marked it down to 71,000 tonnes.',
      'In October the institute nudged the estimate to 76,000 tonnes.',
    )
    const first = claims.indexOf(withText(claims, '84,000'))
    const second = withText(claims, '71,000')
    expect(second.attribution.who).toBe('Lorne Fisheries Institute')
    expect(second.revisionOf).toBe(first)
    expect(withText(claims, '76,000').revisionOf).toBe(claims.indexOf(second))
  })

  it('is not a day marked with speeches', () => {
    const claims = english('The mayor marked the anniversary with 3 speeches.')
    expect(claims.every((claim) => claim.revisionOf === undefined)).toBe(true)
    expect(claims.every((claim) => claim.attribution.who !== 'mayor')).toBe(true)
  })
})

describe('an organisation named with its place', () => {
  it('speaks, not its place ("… at Port Ellery, which advises …, put")', () => {
    const claims = english(
      'The Institute for Coastal Studies at Port Varrow, which advises the ministry, put the stock at 118,000 tonnes.',
      'The Weather Office at Dunmere said 80mm of rain fell.',
    )
    expect(withText(claims, '118,000').attribution.who).toBe('Institute for Coastal Studies')
    expect(withText(claims, '80mm').attribution.who).toBe('Weather Office')
  })

  it('leaves people with their place', () => {
    const claims = english('Residents in Marrow Ford said 40 homes flooded.')
    expect(withText(claims, '40 homes').attribution.who).toBe('Residents in Marrow Ford')
  })
})

describe('"the institute" for a name whose last word could name a document', () => {
  it('is the "Institute for Coastal Research" named before', () => {
    const claims = english(
      'The Institute for Coastal Research put the stock at 118,000 tonnes in May.',
      'In August the institute marked it down to 96,000 tonnes.',
    )
    expect(withText(claims, '96,000').attribution.who).toBe('Institute for Coastal Research')
  })

  it('is not a document named before', () => {
    const claims = english(
      'The trust’s own research found 40 beds were unused.',
      'The trust said 12 wards would close.',
    )
    expect(withText(claims, '12 wards').attribution.who).not.toMatch(/research/i)
  })
})
