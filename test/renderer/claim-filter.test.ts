import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { Dossier } from '../../src/shared/dossier'
import { createDeviceKey, signerFromKey } from '../../src/shared/identity'
import { filterClaims, foldForSearch, NO_FILTER } from '../../src/renderer/logic/claim-filter'

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
    expect(ids(filterClaims(dossier.claims(), { status: 'confirmed', query: '' }))).toEqual([boats])
    expect(ids(filterClaims(dossier.claims(), { status: 'unverified', query: '' }))).toEqual([
      mayor,
    ])
    expect(filterClaims(dossier.claims(), { status: 'conflict', query: '' })).toEqual([])
  })

  it('finds words in the text, speaker, role, tags and figures, ignoring case and accents', () => {
    const { dossier, boats, mayor } = dossierWithClaims()
    const search = (query: string) => ids(filterClaims(dossier.claims(), { status: 'all', query }))
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
    expect(ids(filterClaims(dossier.claims(), { status: 'all', query: '#2' }))).toEqual([mayor])
  })

  it('combines the status filter and the search', () => {
    const { dossier } = dossierWithClaims()
    expect(filterClaims(dossier.claims(), { status: 'confirmed', query: 'mayor' })).toEqual([])
  })
})

describe('foldForSearch', () => {
  it('drops accents and case', () => {
    expect(foldForSearch('Ça Ñandú ÅNGSTRÖM')).toBe('ca nandu angstrom')
  })
})
