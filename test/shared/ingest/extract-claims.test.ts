import { describe, expect, it } from 'vitest'
import { UNNAMED_SPEAKER, extractClaims, parseDocument } from '../../../src/shared/ingest'
import type { ClaimCandidate } from '../../../src/shared/ingest'
import { FLOOD_TEXT } from './stories'

const source = parseDocument(FLOOD_TEXT).sourceText
const claims = extractClaims(source, { language: 'en' })

/** The candidate whose text contains `words`; fails the test if there is not exactly one. */
const claim = (words: string, list: readonly ClaimCandidate[] = claims): ClaimCandidate => {
  const found = list.filter((candidate) => candidate.text.includes(words))
  expect(found, `one candidate with "${words}"`).toHaveLength(1)
  return found[0]!
}

describe('extractClaims on a flood story', () => {
  it('finds the checkable sentences with their speakers and kinds, in order', () => {
    expect(claims.map((candidate) => [candidate.attribution.who, candidate.kind])).toEqual([
      ['provincial health ministry', 'figure'],
      ['provincial health ministry', 'figure'],
      ['Tomas Varga', 'quote'],
      ['Elsa Maric', 'denial'],
      ['Elsa Maric', 'figure'],
      ['Elsa Maric', 'quote'],
      ['national water agency', 'figure'],
      ['Pavel Ruus', 'blame'],
      ['Orsa Hydro', 'denial'],
      ['provincial health ministry', 'figure'],
      ['Red Cross', 'figure'],
      ['Red Cross', 'figure'],
      ['Ivo Dren', 'figure'],
      ['Ivo Dren', 'figure'],
    ])
  })

  it('quotes each sentence exactly where it stands in the source', () => {
    for (const candidate of claims) {
      expect(source.slice(candidate.start, candidate.end)).toBe(candidate.text)
    }
  })

  it('resolves roles from titles and appositions on either side of the name', () => {
    expect(claim('would not hold').attribution).toEqual({
      who: 'Tomas Varga',
      role: 'head of the aid group Dry Feet',
    })
    expect(claim('rejected the criticism').attribution).toEqual({
      who: 'Elsa Maric',
      role: 'Governor',
    })
    expect(claim('Opposition lawmaker').attribution.role).toBe('Opposition lawmaker')
    expect(claim('spillway had been opened').attribution).toEqual({
      who: 'Orsa Hydro',
      role: 'reservoir operator',
    })
  })

  it('resolves "she", "it" and a bare surname to the speaker named before', () => {
    const she = claim('She told')
    expect(she.attribution.who).toBe('Elsa Maric')
    expect(she.attribution.where).toBe('the regional broadcaster RTM')
    expect(she.cues).toContain('she→Elsa Maric')
    expect(claim('300 households').attribution.who).toBe('Red Cross')
    expect(claim('Maric tweeted').attribution).toEqual({
      who: 'Elsa Maric',
      role: 'Governor',
      where: 'Twitter',
      when: 'Tuesday',
    })
  })

  it('resolves "the ministry" to the ministry named earlier and keeps when it spoke', () => {
    expect(claims[0]!.attribution).toEqual({ who: 'provincial health ministry', when: 'Monday' })
    expect(claim('revised the toll to 19').attribution.who).toBe('provincial health ministry')
  })

  it('links a toll revised across sentences, each revision to the one before', () => {
    const first = claims.indexOf(claim('at least 14 people died'))
    const second = claims.indexOf(claim('revised the toll to 19'))
    const third = claim('risen to 23')
    expect(claims[second]!.revisionOf).toBe(first)
    expect(third.revisionOf).toBe(second)
    expect(claims[first]!.figures).toEqual([
      { value: 14, unit: 'died', raw: 'at least 14 people died' },
    ])
    expect(claims[second]!.figures).toEqual([{ value: 19, unit: 'died', raw: '19' }])
    expect(third.figures.map((figure) => figure.value)).toEqual([23, 1200])
  })

  it("splits a figure revised in the same sentence into two claims, each in the source's words", () => {
    const original = claim('three injured workers')
    const revised = claims.find((candidate) => candidate.text === 'then lowered that to two')!
    expect(revised.revisionOf).toBe(claims.indexOf(original))
    expect(original.text).toMatch(/^A spokesman.*lowered that to two\.$/)
    expect(source.slice(original.start, original.end)).toBe(original.text)
    expect(revised.text).toBe('then lowered that to two')
    expect(source.slice(revised.start, revised.end)).toBe('then lowered that to two')
    expect(original.figures).toEqual([{ value: 3, unit: 'injured', raw: 'three injured' }])
    expect(revised.figures).toEqual([{ value: 2, unit: 'injured', raw: 'two' }])
    expect(revised.attribution).toEqual(original.attribution)
    expect(original.attribution.role).toBe('spokesman for Orsa Hydro')
  })

  it('records distances, heights and dates as figures, and venues as where', () => {
    const agency = claim('peaked at 6.1 metres')
    expect(agency.figures).toEqual([
      { value: 6.1, unit: 'm', raw: '6.1 metres' },
      { value: 35, unit: 'km', raw: '35 kilometres' },
    ])
    expect(agency.attribution.where).toBe('statement')
    expect(claim('She told').figures.map((figure) => [figure.value, figure.unit])).toEqual([
      [2019, 'year'],
      [2.4, 'm'],
      [6, 'hours'],
    ])
  })

  it('lists the words that made each candidate', () => {
    expect(claim('accused the governor').cues).toEqual(['accused'])
    expect(claim('rejected the criticism').cues).toEqual(['rejected'])
    expect(claim('risen to 23').cues).toContain('the toll had risen to')
  })
})

describe('extractClaims on short texts', () => {
  it('leaves sentences without a source, figure or accusation alone', () => {
    expect(extractClaims('The river is wide and brown. Children played on the bank.')).toEqual([])
  })

  it('records an unnamed speaker when "he" has nobody to refer to', () => {
    const [agency, he] = extractClaims(
      'The water agency said the dam held. Rain fell all week.\n\nHe said 40 homes flooded.',
    )
    expect(agency?.attribution.who).toBe('water agency')
    expect(he?.attribution).toEqual({ who: UNNAMED_SPEAKER })
    expect(he?.cues).toContain(`he→${UNNAMED_SPEAKER}`)
  })

  it('does not reach back further than a few sentences for a pronoun', () => {
    const text = [
      'Mayor Ida Holm said the bridge was closed.',
      'Rain fell. The river rose. Roads flooded. Schools shut.',
      'She said 30 homes were lost.',
    ].join('\n\n')
    const last = extractClaims(text).at(-1)
    expect(last?.attribution.who).toBe(UNNAMED_SPEAKER)
  })

  it('takes the name a speaker gives itself in its own quotation', () => {
    const [quote] = extractClaims(
      'Officials blamed the militia. "We at the Green Valley Front (an armed group) deny any attack," it said.',
    ).slice(-1)
    expect(quote?.attribution).toEqual({ who: 'Green Valley Front', role: 'an armed group' })
    expect(quote?.kind).toBe('denial')
  })

  it('reads "according to" and inverted attributions', () => {
    const [according, inverted] = extractClaims(
      'According to the Meteorological Office, 180 mm of rain fell. "Nobody warned us," said Aino Lehto.',
    )
    expect(according?.attribution.who).toBe('Meteorological Office')
    expect(according?.cues).toEqual(['according to'])
    expect(inverted?.attribution.who).toBe('Aino Lehto')
  })

  it('treats "the group said" as the group named before', () => {
    const claims = extractClaims(
      'The Free Valley Movement posted a video on Monday. The group said 12 of its fighters were killed.',
    )
    expect(claims.at(-1)?.attribution.who).toBe('Free Valley Movement')
  })

  it('falls back to English rules for a language without its own table', () => {
    const text = 'The ministry said 12 people were killed, then lowered that to nine.'
    expect(extractClaims(text, { language: 'xx-YY' })).toEqual(
      extractClaims(text, { language: 'en' }),
    )
    expect(extractClaims(text)).toHaveLength(2)
  })
})
