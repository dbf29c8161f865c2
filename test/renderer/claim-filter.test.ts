import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { Dossier } from '../../src/shared/dossier'
import { createDeviceKey, signerFromKey } from '../../src/shared/identity'
import {
  filterChoices,
  filterClaims,
  foldForSearch,
  isFiltering,
  lastChangeOf,
  NO_FILTER,
  type ClaimFilter,
} from '../../src/renderer/logic/claim-filter'
import { listWindow, scrollToReveal } from '../../src/renderer/logic/list-window'
import { alice, bob, newDossier } from '../support/dossier-fixtures'

const signer = signerFromKey(createDeviceKey('Test editor'))

const dossierWithClaims = () => {
  const dossier = Dossier.create(new Y.Doc(), {
    title: 'Test',
    sourceText: 'The harbour office said 30 boats sank. The mayor of São Brás denied it.',
  })
  const [boats, mayor, removed] = dossier.addClaims(
    [
      {
        text: '30 boats sank in the storm',
        attribution: { who: 'Harbour office', role: 'port authority' },
        kind: 'figure',
        figures: [{ value: 30, unit: 'boats', raw: '30 boats' }],
        tags: ['storm'],
      },
      {
        text: 'No boat sank',
        attribution: { who: 'Mayor of São Brás' },
        kind: 'denial',
      },
      { text: 'A claim taken back out', attribution: { who: 'Nobody' }, kind: 'other' },
    ],
    signer,
  )
  dossier.decide(boats!, { status: 'confirmed', rationale: 'photos' }, signer)
  dossier.editClaim(removed!, { removed: true }, signer)
  return { dossier, boats: boats!, mayor: mayor! }
}

const ids = (claims: readonly { id: string }[]) => claims.map((claim) => claim.id)

describe('filterClaims', () => {
  it('lists every claim still in the dossier when nothing is filtered', () => {
    const { dossier, boats, mayor } = dossierWithClaims()
    expect(ids(filterClaims(dossier.claims(), NO_FILTER))).toEqual([boats, mayor])
  })

  it('keeps only the chosen status', () => {
    const { dossier, boats, mayor } = dossierWithClaims()
    expect(ids(filterClaims(dossier.claims(), { ...NO_FILTER, status: 'confirmed' }))).toEqual([
      boats,
    ])
    expect(ids(filterClaims(dossier.claims(), { ...NO_FILTER, status: 'unverified' }))).toEqual([
      mayor,
    ])
    expect(filterClaims(dossier.claims(), { ...NO_FILTER, status: 'conflict' })).toEqual([])
  })

  it('finds words in the text, speaker, role, tags and figures, ignoring case and accents', () => {
    const { dossier, boats, mayor } = dossierWithClaims()
    const search = (query: string) => ids(filterClaims(dossier.claims(), { ...NO_FILTER, query }))
    expect(search('SAO BRAS')).toEqual([mayor])
    expect(search('port authority')).toEqual([boats])
    expect(search('storm')).toEqual([boats])
    expect(search('30 boats')).toEqual([boats])
    expect(search('boat')).toEqual([boats, mayor])
    expect(search('boat mayor')).toEqual([mayor])
    expect(search('volcano')).toEqual([])
  })

  it('finds a claim by its number', () => {
    const { dossier, mayor } = dossierWithClaims()
    expect(ids(filterClaims(dossier.claims(), { ...NO_FILTER, query: '#2' }))).toEqual([mayor])
  })

  it('combines the status filter and the search', () => {
    const { dossier } = dossierWithClaims()
    expect(
      filterClaims(dossier.claims(), { ...NO_FILTER, status: 'confirmed', query: 'mayor' }),
    ).toEqual([])
  })
})

describe('foldForSearch', () => {
  it('drops accents and case', () => {
    expect(foldForSearch('Ça Ñandú ÅNGSTRÖM')).toBe('ca nandu angstrom')
  })
})

/**
 * Twelve claims by three speakers: #3 disputed and assigned to Bob, #5 in conflict, #7 confirmed
 * then "re-decided" by a forged entry (set aside), #11 and #12 tagged; #1 mentions 12.
 */
const deskDossier = () => {
  const dossier = newDossier()
  const speakers = ['Interior ministry', 'Harbour office', 'Mayor of São Brás']
  const ids = dossier.addClaims(
    Array.from({ length: 12 }, (_, index) => ({
      text: index === 0 ? 'The harbour lost 12 boats' : `Claim about place ${index + 1}`,
      attribution: { who: speakers[index % 3]! },
      kind: 'other' as const,
      tags: index >= 10 ? ['flood'] : [],
    })),
    alice,
  )
  const id = (number: number) => ids[number - 1]!
  dossier.decide(id(3), { status: 'disputed', rationale: 'figures differ' }, alice)
  dossier.editClaim(id(3), { assignee: 'Bob' }, alice)
  dossier.editClaim(id(4), { assignee: 'Alice' }, alice)
  dossier.decide(id(5), { status: 'confirmed', rationale: 'photos' }, alice)
  dossier.decide(id(5), { status: 'retracted', rationale: 'withdrawn', supersedes: [] }, bob)
  const honest = dossier.decide(id(7), { status: 'confirmed', rationale: 'records' }, alice)
  dossier.doc.getArray('decisions').push([
    {
      ...honest,
      id: 'd_forgery00001',
      status: 'retracted',
      supersedes: [honest.id],
      at: '2030-01-01T00:00:00.000Z',
    },
  ])
  return { dossier, id }
}

describe('the desk filters', () => {
  const numbers = (filter: Partial<ClaimFilter>) => {
    const { dossier } = deskDossier()
    return filterClaims(dossier.claims(), { ...NO_FILTER, ...filter }).map(
      (claim) => claim.index + 1,
    )
  }

  it('takes "#12" as claim 12 only, and a bare 12 as claim 12 or any text holding 12', () => {
    expect(numbers({ query: '#12' })).toEqual([12])
    expect(numbers({ query: '12' })).toEqual([1, 12])
    expect(numbers({ query: '#1' })).toEqual([1])
    expect(numbers({ query: '#99' })).toEqual([])
    expect(numbers({ query: '#place 12' })).toEqual([12])
  })

  it('keeps one speaker, with or without a status', () => {
    expect(numbers({ speaker: 'Mayor of São Brás' })).toEqual([3, 6, 9, 12])
    expect(numbers({ speaker: 'Mayor of São Brás', status: 'disputed' })).toEqual([3])
    expect(numbers({ speaker: 'Nobody at all' })).toEqual([])
  })

  it('keeps one assignee, or the claims nobody is assigned to', () => {
    expect(numbers({ assignee: { kind: 'person', name: 'Bob' } })).toEqual([3])
    expect(numbers({ assignee: { kind: 'nobody' } })).toEqual([1, 2, 5, 6, 7, 8, 9, 10, 11, 12])
  })

  it('keeps one tag', () => {
    expect(numbers({ tag: 'flood' })).toEqual([11, 12])
  })

  it('keeps only conflicts', () => {
    expect(numbers({ conflictsOnly: true })).toEqual([5])
    expect(numbers({ conflictsOnly: true, status: 'disputed' })).toEqual([])
  })

  it('keeps claims whose status had to set aside a tampered or unsigned decision', () => {
    expect(numbers({ untrustedOnly: true })).toEqual([7])
    const { dossier, id } = deskDossier()
    expect(dossier.claim(id(7))!.label).toBe('confirmed')
  })

  it('sorts by number, status (conflicts first), speaker and last change', () => {
    expect(numbers({})).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    expect(numbers({ sort: 'status' })).toEqual([5, 1, 2, 4, 6, 8, 9, 10, 11, 12, 7, 3])
    expect(numbers({ sort: 'speaker' })).toEqual([2, 5, 8, 11, 1, 4, 7, 10, 3, 6, 9, 12])
    // The latest decisions first (#7 after #5: the forgery does not count), then the rest by number.
    expect(numbers({ sort: 'changed' }).slice(0, 3)).toEqual([7, 5, 3])
  })

  it('dates a claim by its latest deciding decision, or its creation', () => {
    const { dossier, id } = deskDossier()
    const seven = dossier.claim(id(7))!
    expect(lastChangeOf(seven)).toBe(seven.state.heads[0]!.at)
    const one = dossier.claim(id(1))!
    expect(lastChangeOf(one)).toBe(one.createdAt)
  })

  it('offers the speakers, assignees and tags the claims have', () => {
    const { dossier } = deskDossier()
    expect(filterChoices(dossier.claims())).toEqual({
      speakers: ['Harbour office', 'Interior ministry', 'Mayor of São Brás'],
      assignees: ['Alice', 'Bob'],
      unassigned: true,
      tags: ['flood'],
    })
  })

  it('tells a narrowing filter from an order alone', () => {
    expect(isFiltering(NO_FILTER)).toBe(false)
    expect(isFiltering({ ...NO_FILTER, sort: 'speaker' })).toBe(false)
    expect(isFiltering({ ...NO_FILTER, query: '  ' })).toBe(false)
    expect(isFiltering({ ...NO_FILTER, tag: 'flood' })).toBe(true)
    expect(isFiltering({ ...NO_FILTER, assignee: { kind: 'nobody' } })).toBe(true)
  })
})

describe('the window of a long list', () => {
  it('renders the rows in view and a few on either side', () => {
    expect(listWindow(0, 500, 100, 10_000, 3)).toEqual({ start: 0, end: 8 })
    expect(listWindow(1_050, 500, 100, 10_000, 3)).toEqual({ start: 7, end: 19 })
    expect(listWindow(999_500, 500, 100, 10_000, 3)).toEqual({ start: 9_992, end: 10_000 })
    expect(listWindow(0, 500, 100, 0, 3)).toEqual({ start: 0, end: 0 })
  })

  it('scrolls as little as needed to show a row', () => {
    expect(scrollToReveal(2, 0, 500, 100)).toBeNull()
    expect(scrollToReveal(4, 0, 500, 100)).toBeNull()
    expect(scrollToReveal(5, 0, 500, 100)).toBe(100)
    expect(scrollToReveal(9_999, 0, 500, 100)).toBe(999_500)
    expect(scrollToReveal(3, 1_000, 500, 100)).toBe(300)
  })
})
