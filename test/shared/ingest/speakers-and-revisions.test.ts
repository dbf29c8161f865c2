import { describe, expect, it } from 'vitest'
import { UNNAMED_SPEAKER, extractClaims, parseDocument } from '../../../src/shared/ingest'
import { withText } from './invented-sentences'

describe('speakers that are not a named person before "said"', () => {
  it('takes documents and records as sources, and published data as its publisher’s', () => {
    const claims = extractClaims(
      [
        "The port was warned in 2023 that two cranes were unsafe, according to the port's own safety audit.",
        'Maintenance records released by the port show that the weld was not repaired until June 2025.',
        'Around 18,000 vehicles used the road, according to data published by the Coastal Roads Board.',
        "The board's figures show that 1,870 drivers waited more than an hour.",
      ].join(' '),
    )
    expect(withText(claims, 'cranes').attribution.who).toBe("port's own safety audit")
    expect(withText(claims, 'weld').attribution.who).toBe('Maintenance records')
    expect(withText(claims, '18,000').attribution.who).toBe('Coastal Roads Board')
    expect(withText(claims, '1,870').attribution.who).toBe('Coastal Roads Board')
  })

  it('reads a titled speaker after the verb and a name before its apposition', () => {
    const claims = extractClaims(
      [
        '"Every defect was fixed," said port director Helena Voss on Wednesday.',
        'Klaara Vinter, a spokeswoman for Clearspring Waters, the company that runs the plant, denied that it had exceeded its licence.',
        'The landlord, Bramwell Property Group, said in a statement that it had spent 250,000 pounds.',
      ].join(' '),
    )
    expect(withText(claims, 'Every defect').attribution).toEqual({
      who: 'Helena Voss',
      role: 'port director',
      when: 'Wednesday',
    })
    expect(withText(claims, 'exceeded').attribution).toMatchObject({
      who: 'Klaara Vinter',
      role: 'spokeswoman for Clearspring Waters',
    })
    expect(withText(claims, '250,000').attribution).toMatchObject({
      who: 'Bramwell Property Group',
      role: 'landlord',
    })
  })

  it('keeps an organisation with a plural possessive whole', () => {
    const [claim] = extractClaims(
      "The Independent Miners' Union of Voronets claims that inspections were cut to one a year.",
    )
    expect(claim!.attribution.who).toBe("Independent Miners' Union of Voronets")
  })

  it('records someone unnamed as an unnamed speaker, with how the story introduced them', () => {
    const claims = extractClaims(
      [
        'A nurse who has lived on the fourth floor since 2016 said her son had been admitted to hospital three times.',
        'She said she had sent the landlord 11 emails.',
        'Our reporter spoke to a man who had driven his family out through the smoke.',
        'He said he could see flames from his window at 4pm.',
      ].join('\n\n'),
    )
    expect(withText(claims, 'three times').attribution).toEqual({
      who: UNNAMED_SPEAKER,
      role: 'A nurse who has lived on the fourth floor since 2016',
    })
    expect(withText(claims, '11 emails').attribution.role).toBe(
      'A nurse who has lived on the fourth floor since 2016',
    )
    expect(withText(claims, 'flames').attribution).toEqual({
      who: UNNAMED_SPEAKER,
      role: 'Our reporter spoke to a man who had driven his family out through the smoke.',
    })
  })

  it('goes on in a quoted speaker’s voice for a quotation standing alone after them', () => {
    const claims = extractClaims(
      '"Brekka has the harbour we were looking for," said Chief Executive Officer Sigrid Halvorsen. "This is the largest investment in our 90-year history."',
    )
    expect(withText(claims, 'largest investment').attribution.who).toBe('Sigrid Halvorsen')
  })
})

describe('revisions in later sentences', () => {
  it('chains a count revised twice, a corrected percentage and a moved date', () => {
    const claims = extractClaims(
      [
        'The district health office first reported 37 cases of measles on Monday.',
        'On Tuesday the office revised the figure to 52 after two clinics submitted their records.',
        'By Thursday it had lowered the count again, to 49.',
        'The vaccination rate was 81 percent last year, the office said.',
        'In a correction, the office said the rate was 78 percent, not 81 percent.',
        'The office had said the campaign would start on March 2.',
        'It later moved the start of the campaign to March 16.',
      ].join('\n\n'),
    )
    const at = (words: string): number => claims.indexOf(withText(claims, words))
    expect(claims[at('revised the figure to 52')]!.revisionOf).toBe(at('37 cases'))
    expect(claims[at('to 49')]!.revisionOf).toBe(at('revised the figure to 52'))
    expect(claims[at('to 49')]!.attribution.who).toBe('district health office')
    expect(claims[at('78 percent')]!.revisionOf).toBe(at('was 81 percent last year'))
    expect(claims[at('March 16')]!.revisionOf).toBe(at('March 2'))
    expect(claims[at('revised the figure to 52')]!.figures).toEqual([
      { value: 52, unit: 'cases', raw: '52' },
    ])
  })
})

describe('boilerplate', () => {
  it('never becomes source text: bylines, copyright, contacts, release markers, navigation', () => {
    const { sourceText, title } = parseDocument(
      [
        'FOR IMMEDIATE RELEASE',
        'Halvorsen Foods to open a plant in Brekka',
        'By Lena Farr, local reporter',
        'Home · Local · Sport · Weather',
        'The plant will employ 350 people, the company said.',
        'Media contact:\nPress office\npress@halvorsen.example',
        '(Reporting by Aina Sorensen; Editing by Karl Berg)',
        '© 2026 The Valley Courier. All rights reserved.',
        '###',
      ].join('\n\n'),
      { filename: 'release.txt' },
    )
    expect(title).toBe('Halvorsen Foods to open a plant in Brekka')
    expect(sourceText).toBe('The plant will employ 350 people, the company said.')
  })

  it('keeps a story’s own sentence that starts like a byline', () => {
    const { sourceText } = parseDocument(
      'Floods\n\nBy Thursday the river had risen by 2 metres, officials said.',
    )
    expect(sourceText).toBe('By Thursday the river had risen by 2 metres, officials said.')
  })
})
