import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CLOSE_REFUSED_UPDATE, encodeSyncUpdate } from '../../../src/shared/protocol'
import { Dossier, SCHEMA_VERSION } from '../../../src/shared/dossier'
import { alice, bob, tickingClock } from '../../support/dossier-fixtures'
import { eventually } from './support/eventually'
import { startHub } from './support/hub-fixture'
import type { HubFixture } from './support/hub-fixture'
import { honestPair } from './support/honest'
import { rawSocket, syncUrl, wsReplica } from './support/replicas'

/** A hub whose dossier holds one claim with a signed decision, evidence and a comment. */
const hubWithDecision = async (): Promise<HubFixture & { hubDoc: Y.Doc; decisionId: string }> => {
  const fixture = await startHub()
  const hubDoc = fixture.docs.docs.get(fixture.dossierId)!
  const dossier = Dossier.open(hubDoc, { now: tickingClock() })
  const claimId = dossier.addClaim(
    { text: '23 people missing', attribution: { who: 'River authority' }, kind: 'figure' },
    alice,
  )
  dossier.addEvidence(claimId, { title: 'Statement', stance: 'supports' }, alice)
  dossier.addComment(claimId, 'Confirmed by phone', bob)
  const decisionId = dossier.decide(claimId, { status: 'confirmed', rationale: 'Called' }, alice).id
  dossier.destroy()
  return { ...fixture, hubDoc, decisionId }
}

const statusesOf = (doc: Y.Doc): string[] => {
  const dossier = Dossier.open(doc)
  const labels = dossier.claims().map((claim) => claim.label)
  dossier.destroy()
  return labels
}

/** Each red-team attack, as the Yjs an attacker's replica would send. */
const ATTACKS: readonly (readonly [string, (doc: Y.Doc) => void, RegExp])[] = [
  [
    'erasing a signed decision',
    (doc) => doc.getArray('decisions').delete(0, 1),
    /deletes decisions/,
  ],
  ['erasing evidence', (doc) => doc.getArray('evidence').delete(0, 1), /deletes evidence/],
  ['erasing comments', (doc) => doc.getArray('comments').delete(0, 1), /deletes comments/],
  ['erasing author declarations', (doc) => doc.getArray('authors').delete(0, 1), /deletes authors/],
  [
    'a schema version from the future',
    (doc) => doc.getMap('meta').set('schema', SCHEMA_VERSION + 1),
    /schema version/,
  ],
  [
    'an invalid dossier id',
    (doc) => doc.getMap('meta').set('id', '../../x'),
    /changes the dossier's id/,
  ],
  [
    "another dossier's id",
    (doc) => doc.getMap('meta').set('id', 'm_someoneelse01'),
    /changes the dossier's id/,
  ],
]

describe('a member attacking the dossier through the hub', () => {
  it.each(ATTACKS)(
    '%s: refused whole, sender closed, nothing relayed',
    async (_name, attack, reason) => {
      const fixture = await hubWithDecision()
      const honest = await honestPair(fixture)
      const before = Y.encodeStateAsUpdate(fixture.hubDoc)
      const attacker = await wsReplica(fixture.server.url, fixture.dossierId, fixture.token)
      await attacker.synced

      attack(attacker.doc)

      const closed = await attacker.closed
      expect(closed.code).toBe(CLOSE_REFUSED_UPDATE)
      expect(closed.reason).toMatch(reason)
      expect(Y.encodeStateAsUpdate(fixture.hubDoc)).toEqual(before)
      const refusal = fixture.events.find((event) => event.type === 'rejected')
      expect(refusal).toMatchObject({ reason: expect.stringMatching(/^update refused: /) })
      await honest.stillSyncing('an attack')
      for (const replica of [honest.socket, honest.port]) {
        expect(replica.doc.getArray('decisions').length).toBe(1)
        expect(replica.doc.getMap('meta').get('id')).toBe(fixture.dossierId)
        expect(replica.doc.getMap('meta').get('schema')).toBe(SCHEMA_VERSION)
        expect(statusesOf(replica.doc)[0]).toBe('confirmed')
      }
    },
  )

  it('an erasure sent together with an honest change is refused as a whole', async () => {
    const fixture = await hubWithDecision()
    const honest = await honestPair(fixture)
    const attacker = await wsReplica(fixture.server.url, fixture.dossierId, fixture.token)
    await attacker.synced
    const claimId = Dossier.open(attacker.doc).claims()[0]!.id
    attacker.doc.transact(() => {
      Dossier.open(attacker.doc).addComment(claimId, 'Nothing to see here', bob)
      attacker.doc.getArray('decisions').delete(0, 1)
    })
    expect((await attacker.closed).code).toBe(CLOSE_REFUSED_UPDATE)
    expect(fixture.hubDoc.getArray('comments').length).toBe(1)
    await honest.stillSyncing('a mixed update')
  })

  it('an erasure that waited for missing changes is refused when they arrive', async () => {
    const fixture = await hubWithDecision()
    const honest = await honestPair(fixture)
    const attacker = { doc: new Y.Doc() }
    Y.applyUpdate(attacker.doc, Y.encodeStateAsUpdate(fixture.hubDoc))
    // A comment the hub has not seen, then a change that depends on it and erases a decision:
    // the second arrives first, is held, and is checked once the first completes it.
    const claimId = Dossier.open(attacker.doc).claims()[0]!.id
    const start = Y.encodeStateVector(attacker.doc)
    Dossier.open(attacker.doc).addComment(claimId, 'First', bob)
    const first = Y.encodeStateAsUpdate(attacker.doc, start)
    const middle = Y.encodeStateVector(attacker.doc)
    attacker.doc.transact(() => {
      Dossier.open(attacker.doc).addComment(claimId, 'Second', bob)
      attacker.doc.getArray('decisions').delete(0, 1)
    })
    const second = Y.encodeStateAsUpdate(attacker.doc, middle)
    const sender = await rawSocket(syncUrl(fixture.server.url, fixture.dossierId, fixture.token))
    sender.socket.send(encodeSyncUpdate(second))
    sender.socket.send(encodeSyncUpdate(first))
    expect((await sender.closed).code).toBe(CLOSE_REFUSED_UPDATE)
    expect(fixture.hubDoc.getArray('decisions').length).toBe(1)
    expect(fixture.hubDoc.getArray('comments').length).toBe(2)
    await eventually(() => expect(statusesOf(honest.socket.doc)[0]).toBe('confirmed'))
    await honest.stillSyncing('a held erasure')
  })
})
