import { describe, expect, it } from 'vitest'
import type { ClaimCandidate } from '../../../src/shared/ingest'
import { english, french, withText } from './invented-sentences'

/**
 * The newest figure first and the ones it replaced told after it, marked as older: the
 * original, a forecast, one someone gave or had announced. The claim of the newest figure
 * revises the newest of them, and they revise each other oldest first, so the links point
 * forward in the text. A figure of another measure, a period ("the previous quarter") or a
 * marker that belongs to another noun links nothing. Every name and number is invented.
 */
const indexOf = (claims: readonly ClaimCandidate[], words: string): number =>
  claims.indexOf(withText(claims, words))

describe('revisions told backwards', () => {
  it('orders a chain of three by what the text says: original, forecast, newest', () => {
    const claims = english(
      'The Pellworth Harbour Trust said on Monday that its annual accounts show a loss of £3.6 million.',
      'The loss is wider than the £2.8 million forecast in the trust’s half-year update, and well above the £2.2 million in the original budget approved in 2023.',
    )
    const newest = withText(claims, '£3.6 million')
    const forecast = indexOf(claims, 'The loss is wider than the £2.8 million')
    const original = claims.findIndex((claim) => claim.text.startsWith('well above the £2.2'))
    expect(newest.revisionOf).toBe(forecast)
    expect(claims[forecast]!.revisionOf).toBe(original)
    expect(claims[original]!.revisionOf).toBeUndefined()
  })

  it('links the number of posts a firm first announced to the cut it now makes', () => {
    const claims = english(
      'Halcombe Textiles will cut 310 jobs at its Marsh Lane mill, the company said on Thursday.',
      'Sales fell by a fifth last year.',
      'When it first announced a review in February, Halcombe said up to 220 posts could go.',
    )
    expect(withText(claims, '310 jobs').revisionOf).toBe(indexOf(claims, 'up to 220 posts'))
  })

  it('links a known figure someone gave, however far the sentence runs on', () => {
    // The sentence names "said" far from the figures and "gave" five words after the older
    // one: the look at the text before its words are read must still find it.
    const claims = english(
      'Tarnhold Rowing Club said on Friday that the repairs to its boathouse will cost £640,000.',
      'The cost is above the figure of about £510,000 that the building committee gave in May, a member who spoke for the club at the meeting said.',
    )
    expect(withText(claims, '£640,000').revisionOf).toBe(indexOf(claims, 'about £510,000'))
  })

  it('links a French figure the mayor had announced', () => {
    const claims = french(
      'La piscine municipale de Sorvens a accueilli 61 000 visiteurs en 2025, selon le bilan présenté jeudi.',
      'En mars, le maire avait pourtant annoncé « près de 90 000 entrées ».',
    )
    expect(withText(claims, '61 000 visiteurs').revisionOf).toBe(indexOf(claims, '90 000 entrées'))
  })

  it('links nothing for a period, another noun or a forecast of what is to come', () => {
    const period = english(
      'Bus journeys in Carrowby rose to 4.2 million in the spring, the operator said.',
      'The tally is higher than the 3.9 million in the previous quarter.',
    )
    expect(withText(period, '4.2 million').revisionOf).toBeUndefined()
    const another = english(
      'The county now says about 5,400 people must leave their homes.',
      'An official said the earlier list had wrongly included around 1,900 residents of Tolby.',
    )
    expect(withText(another, 'about 5,400 people').revisionOf).toBeUndefined()
    const ahead = english(
      'The college ended the year with a deficit of £1.4 million, its accounts show.',
      'Its budget for next year, approved in June, forecast a deficit of £700,000.',
    )
    expect(withText(ahead, '£1.4 million').revisionOf).toBeUndefined()
  })
})
