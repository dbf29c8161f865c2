import { describe, expect, it } from 'vitest'
import { UNNAMED_SPEAKER } from '../../../src/shared/ingest'
import { english, withText } from './invented-sentences'

/**
 * Who "he" or "she" is when the story has moved on: a speaker is carried on only until someone
 * new is introduced, and someone unnamed described at length is a speaker of their own. Every
 * name and noun below is invented and in no table.
 */
describe('carrying a speaker on', () => {
  it('stops at a person the story introduces as a subject after the last speaker', () => {
    const claims = english(
      'Pellworth Quarry, which is run by a separate company, said it had closed 3 of its 7 pits in May.',
      'Not everyone agrees. Ysolde Marrack, who ran the village smithy until 2018, believes the pits brought trade. The smithy shoed about 900 horses a year, she said.',
    )
    expect(withText(claims, '900 horses').attribution.who).toBe('Ysolde Marrack')
  })

  it('gives "he said" to a person introduced two sentences before, not to an earlier speaker', () => {
    const claims = english(
      'Councillor Bertil Oxnard said the ferry had carried 12,000 cars in June.',
      'Ambrose Tillet, one of the ferrymen, is a former lock keeper. Last week he was first at the slipway. He said the ramp had failed 4 times since March.',
    )
    expect(withText(claims, 'failed 4 times').attribution.who).toBe('Ambrose Tillet')
  })

  it('still carries the speaker on when nobody new is introduced', () => {
    const claims = english(
      'Harriet Quenby, the harbour master, said 14 moorings had been lost.',
      'She said repairs would cost £300,000.',
    )
    expect(withText(claims, '£300,000').attribution.who).toBe('Harriet Quenby')
  })
})

describe('someone unnamed described at length', () => {
  it('reads "a <noun> who …" as an unnamed speaker whatever the noun', () => {
    const claims = english(
      'A glassblower who asked not to be named because staff have been told not to speak to reporters said that 40 kilns had been idle since June.',
    )
    const claim = withText(claims, '40 kilns')
    expect(claim.attribution.who).toBe(UNNAMED_SPEAKER)
    expect(claim.attribution.role).toContain('A glassblower who asked not to be named')
  })

  it('gives the next "she said" to the unnamed speaker, not to the one before', () => {
    const claims = english(
      'Dr Imre Voskuijl, the works manager, said output had fallen 12 percent.',
      'A glassblower who asked not to be named said that 40 kilns had been idle since June. "Some weeks we light 3 of them," she said.',
    )
    expect(withText(claims, 'light 3').attribution.who).toBe(UNNAMED_SPEAKER)
  })

  it('reads someone introduced with "another …, a … who" as the next "he"', () => {
    const claims = english(
      'Dr Imre Voskuijl, the works manager, said output had fallen 12 percent.',
      'Another kiln hand, a stoker based at Wenmouth who has worked there for 31 years, described long shifts. He said his furnace had once stood cold for 9 days.',
    )
    expect(withText(claims, 'cold for 9 days').attribution).toMatchObject({
      who: UNNAMED_SPEAKER,
    })
  })

  it('does not take the hearer of a passive "was told" for a speaker', () => {
    const claims = english('Porters at Quillan Wharf were told on Monday that 2 cranes would go.')
    expect(claims.map((claim) => claim.attribution.who)).not.toContain(
      'Porters at Quillan Wharf were',
    )
  })
})
