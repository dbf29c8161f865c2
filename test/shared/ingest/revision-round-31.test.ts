import { describe, expect, it } from 'vitest'
import { english, withText } from './invented-sentences'

/**
 * Revisions read in round 31 of the ingest corpus (docs/ingest.md): "the correct figure" with no
 * unit of its own, a sentence's own chain whose first figure revises one told before, a deadline
 * pushed, and a plan made new by "now expects" far before its date. Every name and number is
 * invented.
 */
describe('"the correct figure", "the right figure"', () => {
  it('corrects the latest count before it, whatever that counted', () => {
    const claims = english(
      'Patients waited more than 12 hours on 1,380 occasions in May, the Dunmere trust said.',
      'A spokesman later said the correct figure was 1,830, blaming a spreadsheet.',
    )
    const first = withText(claims, '1,380 occasions')
    expect(withText(claims, '1,830').revisionOf).toBe(claims.indexOf(first))
  })

  it('"the right figure, it said, is 12.6%"', () => {
    const claims = english(
      'The lab report said 16.2% of the samples were over the limit.',
      'The right figure, it said, is 12.6%.',
    )
    expect(withText(claims, '12.6%').revisionOf).toBe(claims.indexOf(withText(claims, '16.2%')))
  })

  it('is no correction of a span of time, nor of a count too far back', () => {
    const claims = english(
      'The trust reported 610 long waits in April.',
      'The board met on Monday.',
      'Its members asked questions.',
      'They adjourned until Friday.',
      'The correct figure was 640, a union official said.',
    )
    expect(withText(claims, '640').revisionOf).toBeUndefined()
    const hours = english(
      'Most of the 12-hour waits were at night.',
      'The correct figure was 95, a spokesman said.',
    )
    expect(withText(hours, '95').revisionOf).toBeUndefined()
  })

  it('leaves "right" that qualifies no figure alone', () => {
    const claims = english(
      'The union counted 44 members at the meeting.',
      'It said 52 members had the right to vote.',
    )
    expect(withText(claims, '52 members').revisionOf).toBeUndefined()
  })
})

describe('a chain in one sentence whose first figure revises one told before', () => {
  it('"raised that figure to 44 …, revised again, to 47" links 44 back to the first count', () => {
    const claims = english(
      'Kelso Holdings initially said 38 miners were underground.',
      'The ministry raised that figure to 44 on Tuesday, and on Wednesday a ministry spokeswoman, Irina Vasko, said the number had been revised again, to 47.',
    )
    const first = withText(claims, '38 miners')
    const raised = claims.filter((claim) => claim.text.startsWith('The ministry raised'))
    expect(raised).toHaveLength(1)
    expect(raised[0]!.revisionOf).toBe(claims.indexOf(first))
  })
})

describe('a plan moved', () => {
  it('"agreed to push that deadline to March 3"', () => {
    const claims = english(
      'The auditor originally gave the district until Jan. 15 to file its plan.',
      'The state agreed to push that deadline to March 3.',
    )
    expect(withText(claims, 'March 3').revisionOf).toBe(claims.indexOf(withText(claims, 'Jan. 15')))
  })

  it('"now expects" makes the plan new, however far its date comes after', () => {
    const claims = english(
      'On Thursday, Orrin Water said it expected to lift the notice by Sunday 9 March.',
      'The company now expects the notice to remain in place until at least Tuesday 11 March.',
    )
    expect(withText(claims, '11 March').revisionOf).toBe(
      claims.indexOf(withText(claims, '9 March')),
    )
  })
})
