import { describe, expect, it } from 'vitest'
import type { DossierSummaryWire } from '../../src/shared/protocol'
import { arrangeDossiers, isLibrarySort } from '../../src/renderer/logic/library-order'

const counts = { unverified: 0, confirmed: 0, disputed: 0, retracted: 0, conflict: 0 }
const dossier = (
  id: string,
  title: string,
  claims: number,
  updated: string,
  story = '',
): DossierSummaryWire => ({ id, title, story, claims, counts, updated })

const LIBRARY = [
  dossier('d_aaaaaaaa', 'Flood in Zürich', 12, '2026-11-02T10:00:00.000Z', 'River levels'),
  dossier('d_bbbbbbbb', 'budget vote', 40, '2026-11-03T09:00:00.000Z'),
  dossier('d_cccccccc', 'Port strike', 7, '2026-11-01T08:00:00.000Z', 'Dockers and the harbour'),
  dossier('d_dddddddd', 'Ballot count', 40, '2026-10-30T08:00:00.000Z'),
]

const titles = (list: readonly DossierSummaryWire[]) => list.map((item) => item.title)

describe('arrangeDossiers', () => {
  it('sorts by last change, newest first', () => {
    expect(titles(arrangeDossiers(LIBRARY, '', 'updated'))).toEqual([
      'budget vote',
      'Flood in Zürich',
      'Port strike',
      'Ballot count',
    ])
  })

  it('sorts by title whatever the case, and by claims with ties in title order', () => {
    expect(titles(arrangeDossiers(LIBRARY, '', 'title'))).toEqual([
      'Ballot count',
      'budget vote',
      'Flood in Zürich',
      'Port strike',
    ])
    expect(titles(arrangeDossiers(LIBRARY, '', 'claims'))).toEqual([
      'Ballot count',
      'budget vote',
      'Flood in Zürich',
      'Port strike',
    ])
  })

  it('finds every word of the query in the title, story line or id, ignoring case and accents', () => {
    expect(titles(arrangeDossiers(LIBRARY, 'zurich', 'updated'))).toEqual(['Flood in Zürich'])
    expect(titles(arrangeDossiers(LIBRARY, 'HARBOUR strike', 'updated'))).toEqual(['Port strike'])
    expect(titles(arrangeDossiers(LIBRARY, 'd_bbbb', 'updated'))).toEqual(['budget vote'])
    expect(arrangeDossiers(LIBRARY, 'strike flood', 'updated')).toEqual([])
  })

  it('leaves the list it was given alone', () => {
    const before = titles(LIBRARY)
    arrangeDossiers(LIBRARY, '', 'title')
    expect(titles(LIBRARY)).toEqual(before)
  })

  it('knows its sort names', () => {
    expect(isLibrarySort('claims')).toBe(true)
    expect(isLibrarySort('size')).toBe(false)
  })
})
