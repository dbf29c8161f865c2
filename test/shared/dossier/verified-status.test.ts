import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Dossier } from '../../../src/shared/dossier'
import type { Decision } from '../../../src/shared/dossier'
import { alice, bob, newDossier, replicaOf, syncBoth } from '../../support/dossier-fixtures'

const withClaim = () => {
  const dossier = newDossier()
  const claimId = dossier.addClaim(
    { text: '23 missing', attribution: { who: 'Authority' }, kind: 'figure' },
    alice,
  )
  return { dossier, claimId }
}

/** `decision` rewritten by someone without the author's key: the old signature no longer fits. */
const forged = (decision: Decision, change: Partial<Decision>): Decision => ({
  ...decision,
  ...change,
})

const verificationsOf = (dossier: Dossier, claimId: string) =>
  Object.fromEntries(
    dossier
      .timeline(claimId)
      .flatMap((item) =>
        item.kind === 'decision' ? [[item.decision.id, item.verification] as const] : [],
      ),
  )

describe('only verified decisions decide', () => {
  it('a forged decision claiming another editor’s key is kept and shown, never a status', () => {
    const { dossier, claimId } = withClaim()
    const honest = dossier.decide(claimId, { status: 'disputed', rationale: 'Unclear' }, alice)
    const forgery = forged(honest, {
      id: 'd_forgery00001',
      status: 'confirmed',
      supersedes: [honest.id],
      at: '2026-11-02T00:00:00.000Z',
    })
    dossier.doc.getArray('decisions').push([forgery])
    const claim = dossier.claim(claimId)!
    expect(claim.label).toBe('disputed')
    expect(claim.state.heads.map((head) => head.id)).toEqual([honest.id])
    expect(claim.ignoredDecisions).toBe(1)
    expect(claim.decisionCount).toBe(2)
    expect(dossier.counts()).toMatchObject({ disputed: 1, confirmed: 0 })
    expect(verificationsOf(dossier, claimId)).toEqual({
      [honest.id]: 'signed',
      d_forgery00001: 'tampered',
    })
  })

  it('an unsigned decision never sets a status, even on a claim with no other decision', () => {
    const { dossier, claimId } = withClaim()
    const { sig: _sig, ...unsigned } = dossier.decide(
      claimId,
      { status: 'confirmed', rationale: 'x' },
      alice,
    )
    const other = withClaim()
    other.dossier.doc
      .getArray('decisions')
      .push([{ ...unsigned, id: 'd_unsigned0001', claimId: other.claimId }])
    expect(other.dossier.claim(other.claimId)).toMatchObject({
      label: 'unverified',
      ignoredDecisions: 1,
    })
  })

  it('a decision made after a forged head supersedes only the verified heads', () => {
    const { dossier, claimId } = withClaim()
    const first = dossier.decide(claimId, { status: 'confirmed', rationale: 'a' }, alice)
    dossier.doc
      .getArray('decisions')
      .push([forged(first, { id: 'd_forgery00002', status: 'retracted', supersedes: [] })])
    expect(dossier.claim(claimId)!.label).toBe('confirmed')
    const next = dossier.decide(claimId, { status: 'disputed', rationale: 'b' }, bob)
    expect(next.supersedes).toEqual([first.id])
    expect(dossier.claim(claimId)!.label).toBe('disputed')
  })

  it.each(['shadow first', 'original first'])(
    'a same-id shadow never hides the signed original (%s)',
    (order) => {
      const { dossier, claimId } = withClaim()
      const original = dossier.decide(claimId, { status: 'disputed', rationale: 'Unclear' }, alice)
      const replica = replicaOf(dossier)
      // Sorts before the original by content, which alone used to decide which one is kept.
      const shadow = forged(original, { status: 'confirmed', at: '2000-01-01T00:00:00.000Z' })
      const doc = new Y.Doc()
      if (order === 'shadow first') {
        doc.getArray('decisions').push([shadow])
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(dossier.doc))
      } else {
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(dossier.doc))
        doc.getArray('decisions').push([shadow])
      }
      const attacked = Dossier.open(doc)
      expect(attacked.decisions(claimId)).toEqual([original])
      expect(attacked.claim(claimId)!.label).toBe('disputed')
      expect(attacked.quarantine()).toEqual([
        expect.objectContaining({ collection: 'decisions', id: original.id }),
      ])
      syncBoth(attacked, replica)
      expect(replica.decisions(claimId)).toEqual([original])
    },
  )

  it('incremental views agree with a fresh derivation after forged and honest decisions', () => {
    const { dossier, claimId } = withClaim()
    const second = dossier.addClaim({ text: 'b', attribution: { who: 'c' }, kind: 'other' }, bob)
    expect(dossier.counts()).toMatchObject({ unverified: 2 })
    const honest = dossier.decide(claimId, { status: 'confirmed', rationale: 'a' }, alice)
    dossier.doc
      .getArray('decisions')
      .push([forged(honest, { id: 'd_forgery00003', claimId: second, supersedes: [] })])
    expect(dossier.counts()).toMatchObject({ confirmed: 1, unverified: 1 })
    const fresh = new Y.Doc()
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(dossier.doc))
    const reopened = Dossier.open(fresh)
    expect(reopened.counts()).toEqual(dossier.counts())
    expect(reopened.claims()).toEqual(dossier.claims())
  })
})
