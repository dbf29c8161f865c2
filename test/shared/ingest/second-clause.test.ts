import { describe, expect, it } from 'vitest'
import { english, withText } from './invented-sentences'

/**
 * A sentence with a clause of its own after a comma and "and", "because" or "though", and a
 * figure worth checking on each side, makes two claims: the whole sentence, and the clause in
 * its own words. Every name and noun below is invented and in no table.
 */
describe('a second claim in one sentence', () => {
  it('quotes the clause after ", because" as a claim of its own, in the sentence’s voice', () => {
    const claims = english(
      'Ysolde Brackwater said classes would resume on March 17, because the Tollard school is sheltering about 180 people.',
    )
    const clause = withText(claims, 'because the Tollard school')
    expect(claims).toHaveLength(2)
    expect(claims[1]!.text).toBe('the Tollard school is sheltering about 180 people.')
    expect(clause.text).toContain('March 17')
    expect(claims[1]!.attribution.who).toBe('Ysolde Brackwater')
  })

  it('gives the clause its own speaker when its subject is one', () => {
    const claims = english(
      'The fair’s organisers, the Wendle Harvest Guild, said 12,000 people attended, though the police put the crowd at about 8,000.',
    )
    expect(claims).toHaveLength(2)
    expect(claims[0]!.attribution.who).toBe('Wendle Harvest Guild')
    expect(claims[1]!.attribution.who).toBe('police')
  })

  it('leaves a sentence with one figure worth checking as one claim', () => {
    const claims = english(
      'Temperatures in Tollard reached 36C, and the wind dropped in the evening.',
    )
    expect(claims).toHaveLength(1)
  })

  // ", and that …" after a verb of speech was kept as one claim here until round 8; it is two
  // reports now (second-reports.test.ts).
})
