import { describe, expect, it } from 'vitest'
import { english, withText } from './invented-sentences'

/**
 * Documents and the people who wrote them stating a finding, named by the shape of the
 * sentence rather than by a table of who may speak: an adverb between a document and its verb
 * is no part of its name ("The review also found"), "found that" reports a finding whoever
 * found it ("Inspectors found that …"), and a plural noun set off by commas as an
 * aside (", the assessors say,") is the source, as ", he says," would be. Every noun below is
 * invented or ordinary.
 */
describe('a document and its verb with an adverb between', () => {
  it('names the document without the adverb', () => {
    const claims = english(
      'The review also found that the trust signed off 14 payments above its limit.',
      'The review further concluded that 12 contracts were never tendered.',
      'The appraisal quietly lists 9 bridges as unsafe.',
    )
    expect(withText(claims, '14 payments').attribution.who).toBe('review')
    expect(withText(claims, '12 contracts').attribution.who).toBe('review')
    expect(withText(claims, '9 bridges').attribution.who).toBe('appraisal')
  })
})

describe('"found that"', () => {
  it('reports a finding whoever found it', () => {
    const claims = english(
      'Inspectors found that 19 cleaning logs had not been signed.',
      'Engineers also found that 4 bolts were missing.',
    )
    expect(withText(claims, '19 cleaning logs').attribution.who).toBe('Inspectors')
    expect(withText(claims, '4 bolts').attribution.who).toBe('Engineers')
  })

  it('keeps a person or group before a plain "found" no source', () => {
    const claim = withText(
      english('After inspectors found cracks in 3 beams, the bridge was shut.'),
      '3 beams',
    )
    expect(claim.attribution.who).toBe('unknown')
  })
})

describe('a plural noun as an aside between commas', () => {
  it('is the source of the claim it interrupts, whatever the noun', () => {
    const claim = withText(
      english('Of the total, the assessors say, £2.6 million cannot be traced to any invoice.'),
      '£2.6 million',
    )
    expect(claim.attribution.who).toBe('assessors')
  })

  it('needs a comma after the verb: a plural subject of its own clause is no aside', () => {
    const claim = withText(
      english('Of the total, the buildings say nothing about 40 missing invoices.'),
      'invoices',
    )
    expect(claim.attribution.who).toBe('unknown')
  })
})
