import { describe, expect, it } from 'vitest'
import { english } from './invented-sentences'

/**
 * A second checkable claim inside one sentence, the class every blind measurement so far shows as
 * the largest source of missed claims on unseen stories (docs/ingest.md, Round 9). Each shape
 * below yields the whole sentence for its first claim and the second clause in the source's own
 * words, in the sentence's voice. Every name and noun below is invented and in no table.
 */
describe('a second report after "and that" with nothing to count on the first side', () => {
  it('quotes "and that …" after a verb of speech when the second side gives a figure', () => {
    const claims = english(
      'Mirela Dost said the council would reopen the Fenwold library and that three branch libraries would close on Sundays.',
    )
    expect(claims).toHaveLength(2)
    expect(claims[1]!.text).toBe('that three branch libraries would close on Sundays.')
    expect(claims[1]!.attribution.who).toBe('Mirela Dost')
  })

  it('quotes it when the second side gives a time to check', () => {
    const claims = english(
      'A spokesman for Quarrendon Rail said the signals had failed near Ashby Cross, and that the first train did not leave until after 9 a.m.',
    )
    expect(claims).toHaveLength(2)
    expect(claims[1]!.text).toBe('that the first train did not leave until after 9 a.m.')
    expect(claims[1]!.attribution.who).toBe(claims[0]!.attribution.who)
  })

  it('keeps a second report with nothing to check of its own inside the one claim', () => {
    // "and that it was co-operating fully": most labels list such a sentence as one claim.
    const claims = english(
      'Tarnby Freight said the warehouse had been inspected in March and that it was co-operating fully with the inquiry.',
    )
    expect(claims).toHaveLength(1)
  })

  it('needs a verb of speech before "and that"', () => {
    const claims = english(
      'The barrier was built to hold back the river and that was enough until 2019.',
    )
    expect(claims).toHaveLength(1)
  })
})

describe('a consequence after a comma', () => {
  it('quotes ", leaving …" with a figure of its own as a second claim', () => {
    const claims = english(
      'The Harlan weir gave way at about 3 a.m. on Sunday, leaving roughly 80 homes in Pellow without drinking water.',
    )
    expect(claims).toHaveLength(2)
    expect(claims[1]!.text).toBe('leaving roughly 80 homes in Pellow without drinking water.')
  })

  it('opens the second claim at the last participle of a run, so the first stays whole', () => {
    // The dead stay with the first claim, which a later "raised the toll" revises.
    const claims = english(
      'A gas blast tore through a bakery in Corvain on Monday, killing at least four people and injuring more than 25, the regional fire service said.',
    )
    expect(claims).toHaveLength(2)
    expect(claims[1]!.text).toBe('injuring more than 25, the regional fire service said.')
    expect(claims[1]!.attribution.who).toBe('regional fire service')
  })

  it('quotes a consequence that reads as a revision ("cutting … to") in its own words', () => {
    const claims = english(
      'Ms. Arnott said Dellow Energy had shut down the substation at 4:15 p.m., cutting electricity to about 9,000 customers.',
    )
    expect(claims).toHaveLength(2)
    expect(claims[0]!.text).toContain('shut down the substation')
    expect(claims[1]!.text).toBe('cutting electricity to about 9,000 customers.')
    expect(claims[1]!.attribution.who).toBe(claims[0]!.attribution.who)
  })

  it('keeps ", bringing the toll to …" as one claim: it revises what the sentence counts', () => {
    const claims = english(
      'Rescuers recovered 9 bodies from the Marrin quarry on Tuesday.',
      'On Wednesday the county said a driver pulled from the quarry had died in hospital, bringing the toll to 10.',
    )
    expect(claims).toHaveLength(2)
    expect(claims[1]!.text).toContain('bringing the toll to 10')
    expect(claims[1]!.revisionOf).toBe(0)
  })
})

describe('a second report after ", adding that"', () => {
  it('quotes ", adding that …" with a figure of its own as a second claim', () => {
    const claims = english(
      'The coastguard said 23 people had been lifted from the water near Orlay, adding that six people had died in hospital.',
    )
    expect(claims).toHaveLength(2)
    expect(claims[1]!.text).toBe('that six people had died in hospital.')
    expect(claims[1]!.attribution.who).toBe('coastguard')
  })

  it('does not read a verb after a name in commas as a second report', () => {
    // "the director, Ann Lee, wrote that …": the comma closes a name, and there is one report.
    const claims = english(
      'In a letter dated 3 May, the museum director, Halden Cray, wrote that the east wing would not reopen before 2028.',
    )
    expect(claims).toHaveLength(1)
  })
})

describe('a second claim after ", after …"', () => {
  it('quotes ", after …" with a figure of its own as a second claim', () => {
    const claims = english(
      'The survey counted 412 nesting pairs, up from 350 the year before, after the trust fenced off 14 more islets.',
    )
    expect(claims).toHaveLength(2)
    expect(claims[1]!.text).toBe('the trust fenced off 14 more islets.')
  })
})
