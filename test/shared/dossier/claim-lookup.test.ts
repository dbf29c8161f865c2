import { describe, expect, it } from 'vitest'
import { findClaim } from '../../../src/shared/dossier'
import { alice, newDossier } from '../../support/dossier-fixtures'

const addClaim = (dossier: ReturnType<typeof newDossier>, text: string): string =>
  dossier.addClaim({ text, attribution: { who: 'River authority' }, kind: 'figure' }, alice)

describe('findClaim', () => {
  it('finds claims by number, id and unique prefix', () => {
    const dossier = newDossier()
    const id = addClaim(dossier, '23 people missing')
    const other = addClaim(dossier, 'another')
    expect(findClaim(dossier, '1')).toMatchObject({ id })
    expect(findClaim(dossier, '2')).toMatchObject({ id: other })
    expect(findClaim(dossier, id)).toMatchObject({ id })
    expect(findClaim(dossier, id.slice(0, 8))).toMatchObject({ id })
    expect(findClaim(dossier, id.slice(2, 10))).toMatchObject({ id })
    expect(findClaim(dossier, '99')).toBeUndefined()
    expect(findClaim(dossier, '0')).toBeUndefined()
    expect(findClaim(dossier, 'zzz')).toBeUndefined()
    expect(findClaim(dossier, 'c_')).toBe('ambiguous')
  })
})
