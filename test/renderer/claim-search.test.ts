import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { Dossier, type ClaimView } from '../../src/shared/dossier'
import { createDeviceKey, signerFromKey } from '../../src/shared/identity'
import { filterClaims, NO_FILTER, type ClaimFilter } from '../../src/renderer/logic/claim-filter'
import { ClaimSearch, narrows, narrowsBut } from '../../src/renderer/logic/claim-search'

const signer = signerFromKey(createDeviceKey('Test editor'))

const SPEAKERS = ['Harbour office', 'Mayor of São Brás', 'Interior ministry']
const WORDS = ['harbour workers', 'boats sank', 'ministry figures', 'storm damage', 'São Brás']

/** A dossier of `size` claims whose text, speakers and tags vary, and some claim numbers in it. */
const dossierOf = (size: number) => {
  const dossier = Dossier.create(new Y.Doc(), { title: 'Search', sourceText: 'Source.' })
  dossier.addClaims(
    Array.from({ length: size }, (_, at) => ({
      text: `${WORDS[at % WORDS.length]} ${at * 7} reported`,
      attribution: { who: SPEAKERS[at % SPEAKERS.length]! },
      kind: 'figure' as const,
      tags: at % 4 === 0 ? ['storm'] : [],
    })),
    signer,
  )
  return dossier
}

const ids = (claims: readonly ClaimView[]) => claims.map((claim) => claim.id)

/** Runs `filter` through the search and checks it answers what filterClaims answers. */
const agrees = (search: ClaimSearch, claims: readonly ClaimView[], filter: ClaimFilter) => {
  const shown = search.run(claims, filter)
  expect(ids(shown)).toEqual(ids(filterClaims(claims, filter)))
  return shown
}

describe('ClaimSearch', () => {
  it('answers what filterClaims answers while a query is typed and taken back, key by key', () => {
    const dossier = dossierOf(60)
    const claims = dossier.claims()
    const search = new ClaimSearch()
    const query = 'harbour workers 1'
    for (let end = 0; end <= query.length; end++)
      agrees(search, claims, { ...NO_FILTER, query: query.slice(0, end) })
    for (let end = query.length; end >= 0; end--)
      agrees(search, claims, { ...NO_FILTER, query: query.slice(0, end) })
  })

  it('treats numbers as numbers: "1" then "12" is not a narrower "1", and "#12" names one claim', () => {
    const dossier = dossierOf(40)
    const claims = dossier.claims()
    const search = new ClaimSearch()
    for (const query of ['1', '12', '#1', '#12', '#12 storm', '3', '35', 'sank 3', 'sank 35'])
      agrees(search, claims, { ...NO_FILTER, query })
    expect(ids(search.run(claims, { ...NO_FILTER, query: '#12' }))).toEqual([claims[11]!.id])
  })

  it('follows other filters and the order alongside the search', () => {
    const dossier = dossierOf(50)
    const claims = dossier.claims()
    const search = new ClaimSearch()
    const steps: ClaimFilter[] = [
      { ...NO_FILTER, query: 'ha' },
      { ...NO_FILTER, query: 'har', speaker: 'Harbour office' },
      { ...NO_FILTER, query: 'harb', speaker: 'Harbour office', sort: 'speaker' },
      { ...NO_FILTER, query: 'harbo', tag: 'storm', sort: 'speaker' },
      { ...NO_FILTER, query: 'harbo', tag: 'storm' },
      { ...NO_FILTER, query: '', status: 'disputed' },
      { ...NO_FILTER, query: 's', assignee: { kind: 'nobody' } },
    ]
    for (const filter of steps) agrees(search, claims, filter)
  })

  it('tests again only what changed when claims change, and still agrees', () => {
    const dossier = dossierOf(80)
    const search = new ClaimSearch()
    const filter: ClaimFilter = { ...NO_FILTER, query: 'boats', status: 'unverified' }
    agrees(search, dossier.claims(), filter)
    const [first, second, third] = dossier.claims().filter((claim) => claim.text.includes('boats'))
    dossier.decide(first!.id, { status: 'disputed', rationale: 'Figures differ.' }, signer)
    agrees(search, dossier.claims(), filter)
    dossier.editClaim(second!.id, { text: 'Nothing about ships' }, signer)
    dossier.editClaim(dossier.claims()[1]!.id, { text: 'Now about boats too' }, signer)
    agrees(search, dossier.claims(), filter)
    dossier.editClaim(third!.id, { removed: true }, signer)
    dossier.addClaim(
      { text: 'New boats claim', attribution: { who: 'Port' }, kind: 'figure' },
      signer,
    )
    agrees(search, dossier.claims(), filter)
  })

  it('gives back the same array while the same claims are listed, so the list need not render', () => {
    const dossier = dossierOf(30)
    const claims = dossier.claims()
    const search = new ClaimSearch()
    const storm = search.run(claims, { ...NO_FILTER, query: 'storm' })
    expect(search.run(claims, { ...NO_FILTER, query: 'storm ' })).toBe(storm)
    expect(search.run(claims, { ...NO_FILTER, query: 'storm d' })).toBe(storm)
    const other = search.run(claims, { ...NO_FILTER, query: 'storm d', sort: 'speaker' })
    expect(other).not.toBe(storm)
    expect([...other].sort((a, b) => a.index - b.index)).toEqual(storm)
    // A change to a claim the filter leaves out does not change what is listed.
    const hidden = claims.find((claim) => !storm.includes(claim))!
    dossier.decide(hidden.id, { status: 'confirmed', rationale: 'Checked.' }, signer)
    const after = search.run(dossier.claims(), { ...NO_FILTER, query: 'storm d', sort: 'speaker' })
    expect(after).toBe(other)
    // A change to a listed claim lists its new view.
    dossier.decide(storm[0]!.id, { status: 'confirmed', rationale: 'Checked.' }, signer)
    const changed = search.run(dossier.claims(), {
      ...NO_FILTER,
      query: 'storm d',
      sort: 'speaker',
    })
    expect(changed).not.toBe(other)
    expect(changed).toContain(dossier.claim(storm[0]!.id))
    expect(changed).not.toContain(storm[0])
  })

  it('asks the lost quotes again when they change and the filter uses them', () => {
    const dossier = dossierOf(10)
    const claims = dossier.claims()
    const search = new ClaimSearch()
    const filter: ClaimFilter = { ...NO_FILTER, lostQuoteOnly: true }
    expect(search.run(claims, filter, new Set())).toEqual([])
    const lost = new Set([claims[3]!.id, claims[5]!.id])
    expect(ids(search.run(claims, filter, lost))).toEqual([claims[3]!.id, claims[5]!.id])
    expect(ids(search.run(claims, { ...filter, query: 'a' }, new Set([claims[5]!.id])))).toEqual(
      ids(filterClaims(claims, { ...filter, query: 'a' }, new Set([claims[5]!.id]))),
    )
  })
})

describe('narrows', () => {
  it('is true only when every claim the new query finds, the old one found', () => {
    expect(narrows('', 'h')).toBe(true)
    expect(narrows('harb', 'harbour')).toBe(true)
    expect(narrows('harbour', 'harbour workers')).toBe(true)
    expect(narrows('harbour wor', 'harbour workers')).toBe(true)
    expect(narrows('#harb', 'harbour')).toBe(true)
    expect(narrows('harbour', 'harb')).toBe(false)
    expect(narrows('harbour workers', 'harbour')).toBe(false)
    expect(narrows('1', '12')).toBe(false)
    expect(narrows('#1', '#12')).toBe(false)
    expect(narrows('12', '12 storm')).toBe(true)
    expect(narrows('storm', 'storm12')).toBe(true)
  })

  it('lets a number that grew narrow too, but for the one claim it now names', () => {
    expect(narrowsBut('harbour workers 3', 'harbour workers 37')).toEqual([37])
    expect(narrowsBut('#3', '#37')).toEqual([37])
    expect(narrowsBut('37', '370')).toEqual([370])
    expect(narrowsBut('harb 3', 'harbour 3')).toEqual([])
    expect(narrowsBut('3', '#37')).toBeNull()
    expect(narrowsBut('37', '3')).toBeNull()
    expect(narrowsBut('3', 'storm')).toBeNull()
  })
})

describe('ClaimSearch with a figure typed digit by digit', () => {
  it('answers what filterClaims answers, the claim a grown number names included', () => {
    const dossier = dossierOf(400)
    const claims = dossier.claims()
    const search = new ClaimSearch()
    const queries = ['s', 'sank', 'sank 3', 'sank 35', 'sank 350', 'sank 35', '#3', '#35', '', '2']
    for (const query of queries) agrees(search, claims, { ...NO_FILTER, query })
    // Claim 24 says "storm damage 161": no 2 in it, so "2" did not find it; "24" names it.
    expect(ids(search.run(claims, { ...NO_FILTER, query: '2' }))).not.toContain(claims[23]!.id)
    expect(ids(agrees(search, claims, { ...NO_FILTER, query: '24' }))).toContain(claims[23]!.id)
  })
})
