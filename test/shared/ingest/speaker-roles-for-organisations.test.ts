import { describe, expect, it } from 'vitest'
import { english, withText } from './invented-sentences'

/**
 * People who hold a role for an organisation (a titled name with "of", a spokesperson "for" a
 * body named in full, by "the …", by "its" or by nothing) and organisations found again by a
 * shorter description. A spokesperson's claim is the organisation's, the role kept as the role.
 * Every name and noun below is invented and in no table.
 */
const filler = (count: number): string[] =>
  Array.from({ length: count }, (_, index) => `The ferry ran late on day ${index + 1}.`)

describe('a title, a name and an organisation', () => {
  it('names the person, keeping the title and the organisation as role', () => {
    const claims = english(
      'The barn burned down at about 17:45, Chief Fire Officer Hannah Oyelowo-Prest of the Wendle County Fire and Rescue Service said at a briefing.',
      'Oyelowo-Prest said 4 engines were lost.',
    )
    expect(withText(claims, 'about 17:45').attribution).toMatchObject({
      who: 'Hannah Oyelowo-Prest',
      role: 'Chief Fire Officer of the Wendle County Fire and Rescue Service',
    })
    expect(withText(claims, '4 engines').attribution.who).toBe('Hannah Oyelowo-Prest')
  })
})

describe('a spokesperson for an organisation', () => {
  it('names "the office" after "spokesman for" as the office named before', () => {
    const claims = english(
      'The Wendle County flood response office now says 620 people have left. A spokesman for the office said 40 homes were empty.',
    )
    expect(withText(claims, '40 homes').attribution).toMatchObject({
      who: 'Wendle County flood response office',
      role: 'spokesman',
    })
  })

  it('names "the company" after "spokesman for" as the sentence’s own subject', () => {
    const claims = english(
      'Quillby Harbour Services raised its estimate to 40 boats, a spokesman for the company said.',
    )
    expect(withText(claims, '40 boats').attribution).toMatchObject({
      who: 'Quillby Harbour Services',
      role: 'spokesman',
    })
  })

  it('is a person, so the next "he" is the spokesperson, speaking for the organisation', () => {
    const claims = english(
      'A spokesperson for Quillby Harbour Services said 12 boats sank. He said 4 moorings were lost.',
    )
    for (const text of ['12 boats', '4 moorings'])
      expect(withText(claims, text).attribution).toMatchObject({
        who: 'Quillby Harbour Services',
        role: 'spokesperson',
      })
  })

  it('reads "Its spokesperson" as the spokesperson for the organisation "it" is', () => {
    const claims = english(
      'Quillby Harbour Services denied the claim.',
      'Its spokesperson said 34 percent of shifts were filled by agency staff.',
    )
    expect(withText(claims, '34 percent').attribution).toMatchObject({
      who: 'Quillby Harbour Services',
      role: 'spokesperson',
    })
  })

  it('reads a bare "A spokeswoman said" as speaking for the organisation that just spoke', () => {
    const claims = english(
      'The Ostwick regional ferry service said 14 sailings were cancelled. A spokeswoman said 2 ferries had been counted twice.',
    )
    expect(withText(claims, '2 ferries').attribution).toMatchObject({
      who: 'Ostwick regional ferry service',
      role: 'spokeswoman',
    })
  })

  it('keeps a later "the service" as the organisation, not its spokeswoman', () => {
    const claims = english(
      'The Ostwick regional ferry service said 14 sailings were cancelled. A spokeswoman said 2 ferries had been counted twice.',
      'Four crossings are still suspended, according to the service.',
    )
    expect(withText(claims, 'Four crossings').attribution.who).toBe(
      'Ostwick regional ferry service',
    )
  })
})

describe('an organisation found again by a shorter description', () => {
  it('finds "the county flood response office" however far back it was named', () => {
    const claims = english(
      'The Wendle County flood response office said 620 people had left.',
      ...filler(14),
      'About 400 homes were empty, the county flood response office said.',
    )
    expect(withText(claims, '400 homes').attribution.who).toBe(
      'Wendle County flood response office',
    )
  })

  it('finds "the company" as the organisation an apposition called a company', () => {
    const claims = english(
      'The lodge is run by Quillby Harbour Services, a company owned by the district.',
      ...filler(14),
      'The company moved the closing date to 30 June.',
    )
    expect(withText(claims, '30 June').attribution.who).toBe('Quillby Harbour Services')
  })

  it('makes "the company" a name with a word of a company in it, of two words or three', () => {
    const ferries = english(
      'Tessaly Ferries said 40 sailings were cancelled. The company said 212 passengers were stranded.',
    )
    expect(withText(ferries, '212 passengers').attribution.who).toBe('Tessaly Ferries')
    const airline = english(
      'Northwind Regional Airlines said 40 flights were cancelled. The company said 212 passengers were stranded.',
    )
    expect(withText(airline, '212 passengers').attribution.who).toBe('Northwind Regional Airlines')
    const systems = english(
      'In a statement, Tolvane Systems said the scope had grown by 30 per cent. The company said it had absorbed 12 per cent of the cost.',
    )
    expect(withText(systems, '12 per cent').attribution.who).toBe('Tolvane Systems')
    const shipping = english(
      'Calder Sound Shipping said 40 sailings were cancelled. The company said 212 passengers were stranded.',
    )
    expect(withText(shipping, '212 passengers').attribution.who).toBe('Calder Sound Shipping')
  })

  it('leaves "the company" alone when no organisation was called one', () => {
    const claims = english(
      'The Brackwater Tenants’ League says rents rose by 40 percent. The company denies this.',
    )
    expect(withText(claims, 'denies this').attribution.who).toBe('company')
  })

  it('makes a definite subject the source of a figure only when it names an organisation met before', () => {
    const named = english(
      'The Wendle County flood response office said 620 people had left.',
      'The flood response office put the number of people affected at 750 later.',
    )
    expect(withText(named, 'at 750').attribution.who).toBe('Wendle County flood response office')
    const unnamed = english('The harbour office put the number of boats lost at 75.')
    expect(withText(unnamed, 'at 75').attribution.who).toBe('unknown')
  })

  it('makes a public authority the source of its estimate though the story never named it', () => {
    const claims = english(
      'Late on Friday the fisheries ministry put the number of boats lost at 75.',
    )
    expect(withText(claims, 'at 75').attribution.who).toBe('fisheries ministry')
  })
})

describe('"the company" some sentences after a company spoke', () => {
  it('is the company whose name says so: a utility, a ferry operator', () => {
    const water = english(
      'Fenmoor Water said 3,100 homes were told to boil their water.',
      'Engineers flushed the mains overnight.',
      'The company said 40 engineers were at work.',
    )
    expect(withText(water, '40 engineers').attribution.who).toBe('Fenmoor Water')
    const ferries = english(
      'Calloway Sound Ferries said 14 sailings would be lost.',
      'The Glen Orrin needs a new propeller.',
      'The company said 1,140 bookings had been affected.',
    )
    expect(withText(ferries, '1,140 bookings').attribution.who).toBe('Calloway Sound Ferries')
  })

  it('is not a person who spoke before', () => {
    const claims = english(
      'Tamsin Orrell said 3,100 homes were told to boil their water.',
      'Engineers flushed the mains overnight.',
      'The company said 40 engineers were at work.',
    )
    expect(withText(claims, '40 engineers').attribution.who).not.toBe('Tamsin Orrell')
  })
})
