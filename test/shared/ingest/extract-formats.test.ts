import { describe, expect, it } from 'vitest'
import { extractClaims, parseDocument } from '../../../src/shared/ingest'
import type { ClaimCandidate } from '../../../src/shared/ingest'
import { ELECTION_MARKDOWN, FERRY_HTML } from './stories'

const read = (text: string, filename: string) => {
  const { sourceText } = parseDocument(text, { filename })
  return { sourceText, claims: extractClaims(sourceText) }
}

const withText = (claims: readonly ClaimCandidate[], words: string): ClaimCandidate => {
  const found = claims.find((candidate) => candidate.text.includes(words))
  expect(found, `a candidate with "${words}"`).toBeDefined()
  return found!
}

describe('claims from a Markdown story', () => {
  const { sourceText, claims } = read(ELECTION_MARKDOWN, 'halden.md')

  it('attributes claims made in formatted text and quotes', () => {
    expect(withText(claims, 'turnout').attribution).toEqual({
      who: 'electoral commission',
      when: 'Friday',
    })
    expect(withText(claims, 'won by 312 votes')).toMatchObject({
      kind: 'denial',
      attribution: { who: 'Oskar Brandt', role: 'Mayor' },
    })
    expect(withText(claims, 'fishing expedition').attribution).toEqual({
      who: 'Oskar Brandt',
      role: 'Mayor',
      where: 'reporters',
    })
    expect(withText(claims, 'no irregularities')).toMatchObject({
      kind: 'quote',
      attribution: { who: 'Fair Count', role: 'monitoring NGO', where: 'Twitter' },
    })
  })

  it('splits "1,400 ballots ..., a figure it later revised to 900" into two linked claims', () => {
    const original = withText(claims, '1,400 ballots')
    const revised = claims.find((claim) => claim.text === 'a figure it later revised to 900')!
    expect(original.text).toMatch(/^The Lind campaign said 1,400 ballots.*revised to 900/)
    expect(sourceText.slice(original.start, original.end)).toBe(original.text)
    expect(revised.text).toBe('a figure it later revised to 900')
    expect(revised.revisionOf).toBe(claims.indexOf(original))
    expect(sourceText.slice(revised.start, revised.end)).toBe('a figure it later revised to 900')
    expect(revised.figures).toEqual([{ value: 900, unit: 'ballots', raw: '900' }])
  })

  it('keeps an unattributed figure as a claim by an unknown speaker', () => {
    const recount = withText(claims, '14 polling stations')
    expect(recount.attribution.who).toBe('unknown')
    expect(recount.figures.map((figure) => figure.value)).toEqual([14, 512])
  })
})

describe('claims from an HTML story', () => {
  const { sourceText, claims } = read(FERRY_HTML, 'ferry.html')

  it('finds claims only in article text, never in scripts, hidden parts or comments', () => {
    const all = claims.map((candidate) => candidate.text).join(' ')
    expect(all).not.toMatch(/99 dead|500 dead|not article text/)
    expect(claims).toHaveLength(7)
  })

  it('reads speakers through decoded entities, titles and appositions', () => {
    expect(withText(claims, 'weather warnings').attribution).toEqual({
      who: 'Jon Hale',
      role: "ministry's spokesman",
      where: 'the state broadcaster',
    })
    expect(withText(claims, 'overloaded')).toMatchObject({
      kind: 'denial',
      attribution: { who: 'Nordlys Lines', role: 'ferry operator' },
    })
    // The honorific is no part of the name (docs/ingest.md, Round 6); the apposition is the role.
    expect(withText(claims, 'children').attribution).toEqual({
      who: 'Lena Ost',
      role: 'doctor with the U.N. refugee agency',
      when: '10 a.m. on Wednesday',
    })
  })

  it('links the raised toll to the first one', () => {
    const first = withText(claims, '8 people had died')
    const raised = claims.find((claim) => claim.text === 'a toll that was later raised to 11')!
    expect(first.text).toBe(sourceText.slice(first.start, first.end))
    expect(raised.text).toBe('a toll that was later raised to 11')
    expect(raised.revisionOf).toBe(claims.indexOf(first))
    expect(raised.attribution).toEqual({ who: 'Rosa Ekdahl', role: 'Transport Minister' })
    expect(sourceText.slice(first.start, first.end)).toBe(
      'Transport Minister Rosa Ekdahl said 8 people had died, a toll that was later raised to 11.',
    )
  })

  it('reads nautical miles as a distance', () => {
    expect(withText(claims, 'coast guard').figures).toEqual([
      { value: 31, unit: 'rescued', raw: '31 passengers were rescued' },
      { value: 12, unit: 'nmi', raw: '12 nautical miles' },
    ])
  })
})
