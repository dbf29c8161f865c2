import { describe, expect, it } from 'vitest'
import { english } from './invented-sentences'

/**
 * "X said that A, and that B": a speaker who reports two things in one sentence, each with a
 * figure worth checking and the second counting something of its own, makes two claims: the
 * whole sentence, and the second report in its own words, both in the speaker's voice. Round 5
 * kept these as one; by round 8 three development stories listed the second report apart
 * (docs/ingest.md, Round 8). A second figure that goes on counting the first ("the other 9")
 * stays inside one claim. Every name and noun below is invented and in no table.
 */
describe('a second report after "and that"', () => {
  it('quotes ", and that …" after a verb of speech as a claim of its own', () => {
    const claims = english(
      'Corrin Vale said that 14 kilns had been relit at the brickworks, and that the new chimney stood 6 metres taller than the plans allowed.',
    )
    expect(claims).toHaveLength(2)
    expect(claims[1]!.text).toBe(
      'that the new chimney stood 6 metres taller than the plans allowed.',
    )
    expect(claims[1]!.attribution.who).toBe('Corrin Vale')
  })

  it('reads "and that" after an earlier "said that" as a second report without a comma', () => {
    const claims = english(
      'The Pellory Mill Company said that wool prices had fallen by 30 per cent and that two of its looms had stood idle for 18 months.',
    )
    expect(claims).toHaveLength(2)
    expect(claims[1]!.text).toBe('that two of its looms had stood idle for 18 months.')
    expect(claims[1]!.attribution.who).toBe('Pellory Mill Company')
  })

  it('keeps a second figure that goes on counting the first inside one claim', () => {
    const claims = english(
      'Corrin Vale said that 40 kilns had been relit, and that the other 9 would follow in spring.',
    )
    expect(claims).toHaveLength(1)
  })

  it('leaves "and that" without a comma as one claim when no verb of speech opened a "that"', () => {
    // "so fast that … and that …" is no report: the "and" joins two things that happened.
    const claims = english(
      'The flood rose so fast that 40 cars were lost and that 12 shops closed for a week.',
    )
    expect(claims).toHaveLength(1)
  })

  it('leaves a second report without a figure of its own inside the one claim', () => {
    const claims = english(
      'Corrin Vale said that 14 kilns had been relit at the brickworks, and that the others would follow.',
    )
    expect(claims).toHaveLength(1)
  })
})
