import { describe, expect, it } from 'vitest'
import { english, withText } from './invented-sentences'

/**
 * The current figure stated first and the one it replaced told after it, marked as the earlier
 * one ("The first tally had given", "An earlier statement gave the number of … as"): the claim
 * before revises the one told after, so its link points forward. Vague units, a figure with no
 * mark, or another event's figure ("the previous record") link nothing. Every name and number is
 * invented.
 */
describe('the figure replaced, told after the one that replaced it', () => {
  it('links an open revision to the earlier figure told after it', () => {
    const claims = english(
      'Councillor Mina Threlkeld kept her seat in Oxbury Lane after a second tally cut her majority to 58 votes, the borough returning officer said.',
      'She finished with 2,914 votes against 2,856 for her nearest rival.',
      'The first tally, finished late on Thursday, had given her a majority of 97 votes.',
    )
    expect(withText(claims, '58 votes').revisionOf).toBe(
      claims.indexOf(withText(claims, '97 votes')),
    )
    expect(withText(claims, '2,914 votes').revisionOf).toBeUndefined()
  })

  it('links the only claim that counts what a correction note names', () => {
    const claims = english(
      'At the peak of the blaze, around 65 firefighters were at the Kestrel Road depot, the brigade said.',
      'The cause of the fire is not yet known.',
      'An earlier statement issued on Friday gave the number of firefighters at the scene as 40.',
    )
    expect(withText(claims, 'around 65 firefighters').revisionOf).toBe(
      claims.indexOf(withText(claims, 'as 40')),
    )
  })

  it('links nothing to another event, nor without a mark', () => {
    const record = english(
      'The gauge at Millby Weir read 4.9 metres at dawn, the river agency said.',
      'The previous record, 4.2 metres, was set in March 2016.',
    )
    expect(withText(record, '4.9 metres').revisionOf).toBeUndefined()
    const unmarked = english(
      'Around 65 firefighters were at the Kestrel Road depot, the brigade said.',
      'A statement issued on Friday gave the number of firefighters at the scene as 40.',
    )
    expect(withText(unmarked, 'Around 65 firefighters').revisionOf).toBeUndefined()
  })
})
