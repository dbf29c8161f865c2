import { describe, expect, it } from 'vitest'
import { english, french, withText } from './invented-sentences'

/**
 * Speakers read in round 28 of the ingest corpus (docs/ingest.md): a description and a name
 * after the claim, a name after "according to" and a description, a name with an age and an
 * aside, a plain title inside an aside, a rank with a title in lowercase, « a admis », and
 * someone unnamed after "according to". Every name and number is invented.
 */
describe('a description, then a name, after the claim', () => {
  it('gives the claim to the name, the description its role', () => {
    const claims = english(
      'The gust reached 91mph at 05:10, a service forecaster, Ilsa Marrow, said.',
      'The yard builds 4 boats a year, and its founder, Tomas Keel, says it employs 11 people.',
      'Households are owed £40, the regulator, the Water Standards Office, says.',
    )
    const gust = withText(claims, '91mph').attribution
    expect(gust.who).toBe('Ilsa Marrow')
    expect(gust.role).toBe('service forecaster')
    // The sentence gives two claims (what the yard builds, what its founder says): both his.
    const founder = claims.filter((claim) => claim.text.includes('11 people'))
    expect(founder.map((claim) => claim.attribution.who)).toEqual(['Tomas Keel', 'Tomas Keel'])
    expect(withText(claims, '£40').attribution.who).toBe('Water Standards Office')
  })
})

describe('"according to" a description, then a name', () => {
  it('is the name where the sentence ends with it, an organisation’s too', () => {
    const claims = english(
      'All 96 tenants kept their flats, according to the administrators, Quarry Lane Partners LLP.',
      'The site has permission for 820 homes, according to the developer, Harrowgate Homes.',
    )
    expect(withText(claims, '96 tenants').attribution.who).toBe('Quarry Lane Partners LLP')
    expect(withText(claims, '820 homes').attribution.who).toBe('Harrowgate Homes')
  })

  it('is not a sentence that goes on after the comma', () => {
    const claims = english(
      'According to the council, Brenford Library will close 3 days a week.',
      'According to the regulator, Calder Water Company, which supplies 300,000 homes, failed 3 tests.',
    )
    expect(withText(claims, '3 days').attribution.who).toBe('council')
    expect(withText(claims, '3 tests').attribution.who).not.toBe('Calder Water Company')
  })
})

describe('a name with an age, then an aside', () => {
  it('speaks, whatever the aside says', () => {
    const claims = english(
      'Morag Tennant, 67, from Upper Dunsby, said she waited 19 hours on a trolley.',
      'Ewan Pike, 71, a retired teacher, said 40 people had been moved.',
    )
    expect(withText(claims, '19 hours').attribution.who).toBe('Morag Tennant')
    const pike = withText(claims, '40 people').attribution
    expect(pike.who).toBe('Ewan Pike')
    expect(pike.role).toBe('retired teacher')
  })

  it('is not a number between commas after a thing', () => {
    const claims = english('The bridge, 120, was closed, officials said.')
    expect(withText(claims, 'bridge').attribution.who).toBe('officials')
  })
})

describe('a plain title inside an aside', () => {
  it('leaves the name to speak', () => {
    const claims = english(
      'His election agent, lawyer Rhodri Vance, said the campaign had found 160 late ballots.',
    )
    const vance = withText(claims, '160').attribution
    expect(vance.who).toBe('Rhodri Vance')
    expect(vance.role).toBe('election agent')
  })
})

describe('a rank with a title in lowercase', () => {
  it('is the person, before "of" an organisation and after the verb', () => {
    const claims = english(
      'Group manager Idris Tallow of Northfell Fire and Rescue Service said 12 people were treated.',
      '"We have now evacuated 130 homes," said group manager Ffion Barr at a briefing near the cordon.',
    )
    const tallow = withText(claims, '12 people').attribution
    expect(tallow.who).toBe('Idris Tallow')
    expect(tallow.role).toBe('Group manager of Northfell Fire and Rescue Service')
    expect(withText(claims, '130 homes').attribution.who).toBe('Ffion Barr')
  })
})

describe('« a admis »', () => {
  it('gives the claim to who admitted it', () => {
    const claims = french(
      "La réouverture des lits n'interviendra pas avant le 15 avril, a admis Mme Corvel dans la soirée.",
    )
    expect(withText(claims, '15 avril').attribution.who).toBe('Mme Corvel')
  })

  it('is not a service that took in patients', () => {
    const claims = french('Le service a admis 35 malades mardi.')
    expect(withText(claims, '35 malades').attribution.who).toBe('unknown')
  })
})

describe('"according to" someone unnamed', () => {
  it('is an unnamed speaker, their words the role', () => {
    const claims = english(
      'According to an official, 12 people were treated.',
      'According to a senior manager at Westdale who asked not to be named, the firm lost 3 contracts.',
    )
    const official = withText(claims, '12 people').attribution
    expect(official.who).toBe('unnamed speaker')
    expect(official.role).toBe('an official')
    expect(withText(claims, '3 contracts').attribution.who).toBe('unnamed speaker')
  })

  it('is not a document, which speaks for who wrote it (round 30)', () => {
    const claims = english('12 people were treated, according to a report by the council.')
    expect(withText(claims, '12 people').attribution).toMatchObject({
      who: 'council',
      where: 'report by the council',
    })
  })
})
