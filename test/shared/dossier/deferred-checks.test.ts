import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { AsyncSignatureCheck, Dossier, Decision } from '../../../src/shared/dossier'
import { verifySignature } from '../../../src/shared/identity'
import { alice, bob, newDossier, replicaOf } from '../../support/dossier-fixtures'

/**
 * A real Ed25519 check whose answers wait until the test lets them go, as a verify worker's
 * answers arrive a few milliseconds after the page asked.
 */
const heldCheck = () => {
  const held: (() => void)[] = []
  let asked = 0
  const check: AsyncSignatureCheck = (key, message, signature) => {
    asked++
    return new Promise((resolve) =>
      held.push(() => resolve(verifySignature(key, message, signature))),
    )
  }
  return {
    check,
    asked: () => asked,
    release: async () => {
      for (const answer of held.splice(0)) answer()
      // The answers settle, then the batch of results is reported in a microtask.
      await new Promise((resolve) => setTimeout(resolve, 0))
    },
  }
}

/** Desk A, which defers its checks, and remote editor B's replica of the same dossier. */
const deskAndRemote = () => {
  const desk = newDossier()
  const claimId = desk.addClaim(
    { text: '23 missing', attribution: { who: 'Authority' }, kind: 'figure' },
    alice,
  )
  const first = desk.decide(claimId, { status: 'disputed', rationale: 'Unclear' }, alice)
  const remote = replicaOf(desk)
  const held = heldCheck()
  desk.claims()
  desk.deferSignatureChecks(held.check)
  return { desk, remote, claimId, first, held }
}

const sync = (from: Dossier, to: Dossier): void =>
  Y.applyUpdate(to.doc, Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(to.doc)))

/** `decision` rewritten without the author's key: the signature no longer fits. */
const forgedFrom = (decision: Decision): Decision => ({
  ...decision,
  id: 'd_forged0000001',
  rationale: 'Changed after signing',
})

describe('signature checks deferred off the thread', () => {
  it('a remote head counts once its check answers yes, and the list is told then', async () => {
    const { desk, remote, claimId, first, held } = deskAndRemote()
    const changes: string[][] = []
    desk.onChange((change) => changes.push([...change.claims]))
    const second = remote.decide(claimId, { status: 'confirmed', rationale: 'Records' }, bob)
    sync(remote, desk)

    const pending = desk.claim(claimId)!
    expect(pending.label).toBe('disputed')
    expect(pending.state.heads.map((head) => head.id)).toEqual([first.id])
    // Waiting for its check is not failing it.
    expect(pending.ignoredDecisions).toBe(0)
    expect(held.asked()).toBe(1)

    changes.length = 0
    await held.release()
    expect(changes).toEqual([[claimId]])
    expect(desk.claim(claimId)!.label).toBe('confirmed')
    expect(desk.claim(claimId)!.state.heads.map((head) => head.id)).toEqual([second.id])
    expect(desk.counts()).toMatchObject({ confirmed: 1, disputed: 0 })
  })

  it('a forged head whose check answers no is set aside as tampered', async () => {
    const { desk, claimId, first, held } = deskAndRemote()
    desk.doc
      .getArray('decisions')
      .push([{ ...forgedFrom(first), status: 'retracted', supersedes: [first.id] }])
    expect(desk.claim(claimId)!.ignoredDecisions).toBe(0)
    await held.release()
    const claim = desk.claim(claimId)!
    expect(claim.label).toBe('disputed')
    expect(claim.ignoredDecisions).toBe(1)
  })

  it('a decision made while a remote head is pending supersedes it too: no accidental conflict', () => {
    const { desk, remote, claimId, first, held } = deskAndRemote()
    const second = remote.decide(claimId, { status: 'confirmed', rationale: 'Records' }, bob)
    sync(remote, desk)
    expect(desk.claim(claimId)!.state.heads.map((head) => head.id)).toEqual([first.id])

    const mine = desk.decide(claimId, { status: 'retracted', rationale: 'Withdrawn' }, alice)
    expect(mine.supersedes).toEqual([second.id])
    expect(desk.claim(claimId)!.label).toBe('retracted')
    expect(desk.claim(claimId)!.state.kind).not.toBe('conflict')
    // The check already in flight answers later and changes nothing.
    return held.release().then(() => expect(desk.claim(claimId)!.label).toBe('retracted'))
  })

  it('undoing my decision sees a remote head that is still being checked', async () => {
    const { desk, remote, claimId, held } = deskAndRemote()
    const history = desk.undoHistory()
    desk.decide(claimId, { status: 'confirmed', rationale: 'Records' }, alice)
    sync(desk, remote)
    remote.decide(claimId, { status: 'retracted', rationale: 'Withdrawn' }, bob)
    sync(remote, desk)
    // Bob decided since: undo says so rather than reverting over a decision it has not seen.
    const result = history.undo(alice)
    expect(result.done).toBe(false)
    expect(result.message).toMatch(/Bob Okafor/)
    await held.release()
    expect(desk.claim(claimId)!.label).toBe('retracted')
  })

  it('with no deferred check, a new head is checked on the spot as before', () => {
    const { desk, remote, claimId, held } = deskAndRemote()
    desk.deferSignatureChecks(null)
    remote.decide(claimId, { status: 'confirmed', rationale: 'Records' }, bob)
    sync(remote, desk)
    expect(desk.claim(claimId)!.label).toBe('confirmed')
    expect(held.asked()).toBe(0)
  })
})
