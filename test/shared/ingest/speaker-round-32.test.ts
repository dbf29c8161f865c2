import { describe, expect, it } from 'vitest'
import { english, withText } from './invented-sentences'

/**
 * Speakers read in round 32 of the ingest corpus (docs/ingest.md): a release's letterhead names
 * its issuer, and an acronym stands for the name the story introduced it with. Every name and
 * number is invented.
 */
describe('a release’s letterhead', () => {
  it('names the issuer of what the release states without a source', () => {
    const claims = english(
      'Harlow Young Carers Trust\nUnit 7, Mill Lane, Harlow HW3 2RT\nwww.harlowcarers.example',
      'HALF OF YOUNG CARERS MISS SCHOOL, SURVEY FINDS',
      'The survey gathered responses from 2,140 young people aged 8 to 18.',
    )
    expect(withText(claims, '2,140 young people').attribution.who).toBe('Harlow Young Carers Trust')
  })

  it('is no letterhead without a website or an email: a headline may name a council', () => {
    const claims = english(
      'Dunmere City Council approves 4% rise in fees',
      'Parking charges will rise to £3.20 an hour from April.',
    )
    expect(withText(claims, '£3.20').attribution.who).toBe('unknown')
  })
})

describe('an acronym', () => {
  it('is the name the story introduced it with in brackets', () => {
    const claims = english(
      'A train operated by the Kelso Rail Company (KRC) left the rails near Ostrel.',
      'KRC said the track had last been inspected on 28 September and 4 faults were found.',
    )
    expect(withText(claims, '4 faults').attribution.who).toBe('Kelso Rail Company')
  })

  it('stays itself when the bracket after a name is not its initials', () => {
    const claims = english(
      'The Kelso Rail Company (BNR) runs the line.',
      'BNR said 4 faults were found.',
    )
    expect(withText(claims, '4 faults').attribution.who).toBe('BNR')
  })
})
