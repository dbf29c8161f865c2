import { describe, expect, it } from 'vitest'
import { english, withText } from './invented-sentences'

/**
 * Speakers read in round 31 of the ingest corpus (docs/ingest.md): a body the story names in
 * full, met again as a possessive description, with its words the other way round, or with a
 * lowercase word before its name. Every name and number is invented.
 */
describe('a body the story names in full', () => {
  it('"the sheriff\'s office" is the Orland County Sheriff\'s Office', () => {
    const claims = english(
      "The Orland County Sheriff's Office ordered the evacuation of Pine Flat.",
      "By early evening the sheriff's office had raised its estimate of the number of people evacuated to 2,950.",
    )
    expect(withText(claims, '2,950').attribution.who).toBe("Orland County Sheriff's Office")
  })

  it('"the forestry department" is the Department of Forestry and Fire Protection', () => {
    const claims = english(
      'The fire had burned 8,200 acres by noon, the forestry department said.',
      'Crews from the Department of Forestry and Fire Protection were sent north.',
    )
    expect(withText(claims, '8,200 acres').attribution.who).toBe(
      'Department of Forestry and Fire Protection',
    )
  })

  it('"the state Department of Roads" is the Department of Roads, written so elsewhere', () => {
    const claims = english(
      'The Department of Roads closed the pass on Monday.',
      'The slide covered 300 metres of road, according to the state Department of Roads.',
    )
    expect(withText(claims, '300 metres').attribution.who).toBe('Department of Roads')
  })

  it('keeps a lowercase word before a name of one word', () => {
    const claims = english(
      'The slide covered 300 metres of road, according to the state Legislature.',
    )
    expect(withText(claims, '300 metres').attribution.who).toBe('state Legislature')
  })
})
