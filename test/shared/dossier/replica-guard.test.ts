import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Dossier } from '../../../src/shared/dossier'
import { ClientSession, encodeSyncUpdate } from '../../../src/shared/protocol'
import { alice, bob, newDossier } from '../../support/dossier-fixtures'

/** A replica's session fed by a host we do not trust; records what it refused. */
const replicaOf = (source: Dossier) => {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(source.doc))
  const refused: string[] = []
  const errors: string[] = []
  const session = new ClientSession({
    doc,
    send: () => undefined,
    onRefusedUpdate: (reason) => refused.push(reason),
    onProtocolError: (reason) => errors.push(reason),
  })
  session.start()
  return { doc, session, refused, errors }
}

const decided = () => {
  const dossier = newDossier()
  const claimId = dossier.addClaim(
    { text: '23 missing', attribution: { who: 'Authority' }, kind: 'figure' },
    alice,
  )
  dossier.decide(claimId, { status: 'confirmed', rationale: 'Called them' }, alice)
  return { dossier, claimId }
}

describe('a replica refuses what the host should never send', () => {
  it('refuses an erasure from the host and reports it; honest updates still apply', () => {
    const { dossier, claimId } = decided()
    const replica = replicaOf(dossier)
    const before = Y.encodeStateVector(dossier.doc)
    dossier.doc.getArray('decisions').delete(0, 1)
    replica.session.receive(encodeSyncUpdate(Y.encodeStateAsUpdate(dossier.doc, before)))
    expect(replica.refused).toEqual(['deletes decisions entries, which are append-only'])
    expect(replica.errors[0]).toMatch(/^refused an update from the host/)
    expect(replica.doc.getArray('decisions').length).toBe(1)

    const honest = newDossier()
    const fresh = replicaOf(honest)
    const mark = Y.encodeStateVector(honest.doc)
    honest.addComment(
      honest.addClaim({ text: 'x', attribution: { who: 'y' }, kind: 'other' }, bob),
      'ok',
      bob,
    )
    fresh.session.receive(encodeSyncUpdate(Y.encodeStateAsUpdate(honest.doc, mark)))
    expect(fresh.refused).toEqual([])
    expect(Dossier.open(fresh.doc).claims()).toHaveLength(1)
    expect(claimId).toMatch(/^c_/)
  })

  it('checks an update kept pending for a missing change once that change arrives', () => {
    const { dossier, claimId } = decided()
    const replica = replicaOf(dossier)
    const start = Y.encodeStateVector(dossier.doc)
    dossier.addComment(claimId, 'first', bob)
    const first = Y.encodeStateAsUpdate(dossier.doc, start)
    const middle = Y.encodeStateVector(dossier.doc)
    // After the comment, in the comments log, a shared type: only its origin says where it goes.
    const comments = dossier.doc.getArray('comments')
    comments.insert(comments.length, [new Y.Map()])
    const second = Y.encodeStateAsUpdate(dossier.doc, middle)

    replica.session.receive(encodeSyncUpdate(second))
    expect(replica.refused).toEqual([])
    replica.session.receive(encodeSyncUpdate(first))
    expect(replica.refused).toEqual(['writes something other than entries into comments'])
    expect(replica.doc.getArray('comments').length).toBe(0)
  })
})
