import { describe, expect, it } from 'vitest'
import { diffDossiers } from '../../../src/main/host/library/version-diff'
import { alice, bob, newDossier, replicaOf, syncBoth } from '../../support/dossier-fixtures'

describe('diffDossiers', () => {
  it('finds nothing between a dossier and itself', () => {
    const dossier = newDossier()
    dossier.addClaim({ text: 'a', attribution: { who: 'x' }, kind: 'other' }, alice)
    expect(diffDossiers(dossier, dossier)).toEqual({
      title: null,
      added: [],
      removed: [],
      statusChanged: [],
      textChanged: [],
    })
  })

  it('reports a conflict as a status, and rewording as a text change', () => {
    const before = newDossier()
    const id = before.addClaim(
      { text: 'about 40 died', attribution: { who: 'x' }, kind: 'figure' },
      alice,
    )
    const after = replicaOf(before)
    const other = replicaOf(before)
    after.decide(id, { status: 'confirmed', rationale: 'a' }, alice)
    other.decide(id, { status: 'retracted', rationale: 'b' }, bob)
    syncBoth(after, other)
    after.editClaim(id, { text: 'about 41 died' }, alice)
    const diff = diffDossiers(before, after)
    expect(diff.statusChanged).toEqual([
      { claim: expect.objectContaining({ id, number: 1 }), from: 'unverified', to: 'conflict' },
    ])
    expect(diff.textChanged).toEqual([
      { claim: expect.objectContaining({ id }), from: 'about 40 died', to: 'about 41 died' },
    ])
    expect(diffDossiers(after, before).statusChanged[0]).toMatchObject({
      from: 'conflict',
      to: 'unverified',
    })
  })
})
