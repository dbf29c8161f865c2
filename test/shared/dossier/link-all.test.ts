import { describe, expect, it } from 'vitest'
import { DossierInputError } from '../../../src/shared/dossier'
import { alice, newDossier } from '../../support/dossier-fixtures'

const threeClaims = () => {
  const dossier = newDossier()
  const ids = dossier.addClaims(
    ['23 missing', '31 missing', '28 missing'].map((text) => ({
      text,
      attribution: { who: 'River authority' },
      kind: 'figure' as const,
    })),
    alice,
  )
  return { dossier, ids }
}

describe('adding many links at once', () => {
  it('adds them in order, in one change, each seen from both of its claims', () => {
    const { dossier, ids } = threeClaims()
    let changes = 0
    dossier.doc.on('update', () => changes++)
    const linked = dossier.linkAll(
      [
        { from: ids[1]!, to: ids[0]!, type: 'revises', note: '23 → 31' },
        { from: ids[2]!, to: ids[1]!, type: 'revises' },
      ],
      alice,
    )
    expect(changes).toBe(1)
    expect(linked).toHaveLength(2)
    expect(dossier.claim(ids[1]!)!.links.map((link) => [link.id, link.direction])).toEqual(
      [
        [linked[0], 'out'],
        [linked[1], 'in'],
      ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    )
    expect(dossier.claim(ids[0]!)!.links).toEqual([
      { id: linked[0], type: 'revises', direction: 'in', other: ids[1], note: '23 → 31' },
    ])
  })

  it('writes none of them when one is refused', () => {
    const { dossier, ids } = threeClaims()
    expect(() =>
      dossier.linkAll(
        [
          { from: ids[1]!, to: ids[0]!, type: 'revises' },
          { from: ids[2]!, to: 'c_notaclaim00', type: 'revises' },
        ],
        alice,
      ),
    ).toThrow(DossierInputError)
    expect(dossier.claim(ids[0]!)!.links).toEqual([])
    expect(dossier.claim(ids[1]!)!.links).toEqual([])
  })
})
