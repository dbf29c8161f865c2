import { describe, expect, it } from 'vitest'
import { english, french, withText } from './invented-sentences'

/**
 * A date or an amount moved within one sentence, the new one first ("…, later than the …
 * date", "…, up from the original …", "which had been planned for …, will now …"); a count
 * restated with "now" in a live blog written newest entry first; and "bringing the toll to".
 * Every name and noun below is invented and in no table.
 */
describe('a figure moved within its sentence, the new one first', () => {
  it('links a new date to the later-than date it replaces', () => {
    const claims = english(
      'The Ulvane lido will open on 9 May 2027, later than the 2 May 2027 date announced last year.',
    )
    expect(claims).toHaveLength(2)
    expect(claims[1]!.text).toBe('The Ulvane lido will open on 9 May 2027')
    expect(claims[1]!.revisionOf).toBe(0)
  })

  it('links a new amount to the original one after "up from"', () => {
    const claims = english(
      'The Tarnwick footbridge now has a £9.1 million budget, up from the original estimate of £8.4 million.',
    )
    expect(claims).toHaveLength(2)
    expect(claims[1]!.revisionOf).toBe(0)
  })

  it('leaves "up from" between two times alone', () => {
    const claims = english(
      'Unemployment in Ovelby was 5.1 percent in June, up from 4.8 percent a year before.',
    )
    expect(claims).toHaveLength(1)
  })

  it('links a plan "had been" for a date to the date it "will now" take', () => {
    const claims = english(
      'Friends’ tasting days, which had been planned for 11 and 12 April, will now take place on 6 and 7 June.',
    )
    expect(claims).toHaveLength(2)
    expect(claims[1]!.text).toContain('now take place on 6 and 7 June')
    expect(claims[1]!.revisionOf).toBe(0)
  })
})

describe('a live blog written newest entry first', () => {
  it('links a count restated with "désormais" to the older entry further down', () => {
    const claims = french(
      '16:20 — Le bilan s’alourdit. La préfecture fait désormais état de 17 personnes intoxiquées.',
      '11:05 — Les routes autour de Brelande sont fermées.',
      '09:40 — Six personnes ont été intoxiquées, a indiqué le centre de secours de Brelande.',
    )
    const later = withText(claims, '17 personnes')
    expect(claims[later.revisionOf!]!.text).toContain('Six personnes')
  })

  it('looks forward only when the entries’ times run backwards', () => {
    const claims = french(
      '09:40 — Six personnes ont été intoxiquées, a indiqué le centre de secours de Brelande.',
      '11:05 — Les routes autour de Brelande sont fermées.',
      '16:20 — La préfecture fait désormais état de 17 personnes intoxiquées.',
      '16:45 — Plus tard, 40 personnes ont été intoxiquées selon un riverain.',
    )
    const restated = withText(claims, '17 personnes')
    expect(claims.indexOf(restated)).toBeGreaterThan(0)
    // Never the later entry's 40: oldest first, what a restatement revises is above it.
    expect(restated.revisionOf ?? -1).toBeLessThan(claims.indexOf(restated))
  })
})

describe('"bringing the toll to"', () => {
  it('revises the toll, as "brought" does', () => {
    const claims = english(
      'The Ovel fire service said 9 people had died in the blaze.',
      'On Sunday the county hospital said a tenth victim had died, bringing the toll to 10.',
    )
    expect(withText(claims, 'bringing the toll').revisionOf).toBe(0)
  })
})
