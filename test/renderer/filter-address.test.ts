import { describe, expect, it } from 'vitest'
import { readRoute } from '../../src/renderer/app/route'
import { NO_FILTER, type ClaimFilter } from '../../src/renderer/logic/claim-filter'
import { filterParams, readFilter, withFilter } from '../../src/renderer/logic/filter-address'

const DOSSIER = '#dossier=m_0123456789abcdef'

const busy: ClaimFilter = {
  status: 'disputed',
  query: 'boats #12 a+b',
  speaker: 'Mayor of São Brás',
  assignee: { kind: 'person', name: 'Bob & Co' },
  tag: 'flood',
  conflictsOnly: true,
  untrustedOnly: true,
  lostQuoteOnly: true,
  sort: 'changed',
}

describe('the claim filter in the address', () => {
  it('writes nothing for no filter and leaves the rest of the address alone', () => {
    expect(filterParams(NO_FILTER)).toEqual([])
    expect(withFilter(DOSSIER, NO_FILTER)).toBe(DOSSIER)
    expect(withFilter(`${DOSSIER}&status=disputed&q=x`, NO_FILTER)).toBe(DOSSIER)
    expect(withFilter('', NO_FILTER)).toBe('')
  })

  it('reads back every filter it writes', () => {
    expect(readFilter(withFilter(DOSSIER, busy))).toEqual(busy)
    const nobody = { ...NO_FILTER, assignee: { kind: 'nobody' } as const }
    expect(readFilter(withFilter(DOSSIER, nobody))).toEqual(nobody)
  })

  it('writes readable parameters after the dossier and version', () => {
    const hash = withFilter(`${DOSSIER}&version=v2`, {
      ...NO_FILTER,
      status: 'disputed',
      speaker: 'Interior ministry',
      query: 'boats sank',
      sort: 'status',
    })
    expect(hash).toBe(
      `${DOSSIER}&version=v2&status=disputed&q=boats%20sank&speaker=Interior%20ministry&sort=status`,
    )
    expect(readRoute(hash)).toEqual({
      kind: 'dossier',
      id: 'm_0123456789abcdef',
      version: 'v2',
    })
  })

  it('replaces the filter rather than adding to it', () => {
    const once = withFilter(DOSSIER, { ...NO_FILTER, status: 'confirmed' })
    const twice = withFilter(once, { ...NO_FILTER, status: 'retracted', tag: 'flood' })
    expect(twice).toBe(`${DOSSIER}&status=retracted&tag=flood`)
  })

  it('leaves out what it does not understand', () => {
    expect(readFilter(`${DOSSIER}&status=maybe&sort=colour&conflicts=yes&speaker=`)).toEqual(
      NO_FILTER,
    )
    expect(readFilter('')).toEqual(NO_FILTER)
    expect(readFilter('#q=%23')).toEqual({ ...NO_FILTER, query: '#' })
  })
})
