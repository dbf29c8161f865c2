import { describe, expect, it } from 'vitest'
import { english, withText } from './invented-sentences'

/**
 * "found" is a document's verb only: a review, a report or research that opens the sentence
 * (across its aside, past a year) speaks with it, and so does "It" standing for one; a person
 * or a group before it does not. Every name and noun below is invented and in no table.
 */
describe('"found" said of documents only', () => {
  it('makes a document that opens the sentence, with a year and an aside, the source', () => {
    const claim = withText(
      english(
        'A 2023 review by the Ovel county auditor’s office, which was read out in court, found that the trust paid $2.4 million in fees.',
      ),
      'fees',
    )
    expect(claim.attribution.who).toBe('review by the Ovel county auditor’s office')
  })

  it('gives "It also found" to the document before it', () => {
    const claims = english(
      'The surveyors’ report found that the dyke had sunk along 210 metres. It also found that nobody had inspected it between 2011 and 2020.',
    )
    expect(withText(claims, 'nobody had inspected').attribution.who).toBe('surveyors’ report')
  })

  it('makes nobody the source when people found something', () => {
    const claim = withText(
      english('After divers found cracks in 2019, the Brasklund pier was shut for 3 months.'),
      'divers',
    )
    expect(claim.attribution.who).toBe('unknown')
  })
})

describe('a plan as a document, after an opening phrase with "For"', () => {
  it('steps over "For the first time," to the document that speaks', () => {
    const claim = withText(
      english(
        'For the first time, the revised plan says that the council will not rebuild the Ovel dyke.',
      ),
      'rebuild',
    )
    expect(claim.attribution.who).toBe('revised plan')
  })
})
