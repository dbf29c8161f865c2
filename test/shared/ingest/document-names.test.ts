import { describe, expect, it } from 'vitest'
import { english, withText } from './invented-sentences'

/**
 * A document that opens the sentence named by everything up to its verb, and a document whose
 * author is named with capitals. Every name and noun below is invented and in no table.
 */
describe('a document named up to its verb', () => {
  it('keeps what follows "of" whole, less a time right after a noun', () => {
    const claims = english(
      'Minutes of a Wendlebury parish council meeting in June 2022 show councillors approved 1.8 million crowns for the sea wall.',
    )
    expect(withText(claims, '1.8 million').attribution.who).toBe(
      'Minutes of a Wendlebury parish council meeting',
    )
  })

  it('keeps a participle and its time ("held in October 2025")', () => {
    const claims = english(
      'Minutes of the trustees meeting held in October 2025 show that the roof needed replacing, at a cost of £385,000.',
    )
    expect(withText(claims, '£385,000').attribution.who).toBe(
      'Minutes of the trustees meeting held in October 2025',
    )
  })

  it('keeps a period after "for" and reads "show" as the verb before a pronoun', () => {
    const claims = english(
      'The guild’s budget papers for 2026-27 show it expects to save £1.1 million a year.',
    )
    expect(withText(claims, '£1.1 million').attribution.who).toBe(
      'guild’s budget papers for 2026-27',
    )
  })

  it('reads "record that" as the minutes stating a claim without a figure', () => {
    const claims = english(
      'The minutes of that meeting record that the trustees voted to close the lido.',
    )
    expect(withText(claims, 'close the lido').attribution.who).toBe('minutes of that meeting')
  })
})

describe('the author of a document', () => {
  it('names an author written with capitals: "A survey by Quellmark Research"', () => {
    const claims = english(
      'A survey by Quellmark Research for this newspaper, published eight days before the vote, had the mayor ahead by six points.',
    )
    expect(withText(claims, 'six points').attribution.who).toBe('Quellmark Research')
  })

  it('keeps the document when its author is a description', () => {
    const claims = english(
      'A report by the office of the county ferries ombudsman, published in May, found that the guild had missed 3 audits.',
    )
    expect(withText(claims, '3 audits').attribution.who).toBe(
      'report by the office of the county ferries ombudsman',
    )
  })
})

describe('a record that is a value, not a document', () => {
  it('does not make "the previous record" a speaker', () => {
    const claims = english(
      'The Pellow Flood Authority said the gauge at Orrin Bridge read 5.8 metres at 6 a.m.',
      'The previous record, 5.1 metres, was set in January 2014.',
    )
    expect(withText(claims, '5.1 metres').attribution.who).not.toBe('previous record')
  })
})
