import { describe, expect, it } from 'vitest'
import { english, withText } from './invented-sentences'

/**
 * Speakers read in round 33 of the ingest corpus (docs/ingest.md): "the official" nobody named,
 * "&" inside a name, an acronym read from a name's initials, and a month that published nothing.
 * Every name and number is invented.
 */
describe('"the official", named nowhere', () => {
  it('is someone the story does not name, the noun kept as the role', () => {
    const claims = english(
      'A port official, who asked not to be named, spoke to reporters.',
      '"The ferry had been held back twice this week," the official said, adding that 41 people were aboard.',
    )
    expect(withText(claims, '41 people').attribution).toMatchObject({
      who: 'unnamed speaker',
      role: 'official',
    })
  })
})

describe('a name with "&"', () => {
  it('is whole: "Ridgeline Power & Light"', () => {
    const claims = english('Kestle Power & Light says it has cut power to 9,600 customers.')
    expect(withText(claims, '9,600').attribution.who).toBe('Kestle Power & Light')
  })
})

describe('an acronym the story never spells out in brackets', () => {
  it('is the one name the story writes whose initials it is', () => {
    const claims = english(
      'According to the Regional Housing Statistics Office, 41,870 homes were empty in March.',
      'The RHSO data shows 1,146 had been empty for more than two years.',
    )
    expect(withText(claims, '1,146').attribution).toMatchObject({
      who: 'Regional Housing Statistics Office',
      where: 'RHSO data',
    })
  })

  it('stays itself when two names have its initials', () => {
    const claims = english(
      'The Regional Housing Statistics Office and the Rural Health Safety Organisation both publish data.',
      'The RHSO data shows 1,146 homes had been empty for more than two years.',
    )
    expect(withText(claims, '1,146').attribution.who).toBe('RHSO data')
  })
})

describe('a document "for" a month', () => {
  it('was not published by the month', () => {
    const claims = english('The trust’s board paper for April says 54.1% of patients were seen.')
    expect(withText(claims, '54.1%').attribution.who).not.toBe('April')
  })
})
