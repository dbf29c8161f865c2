import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Dossier } from '../../../src/shared/dossier'
import { encodeAwarenessFrame, writeAwarenessEntries } from '../../../src/shared/protocol'
import { alice, bob } from '../../support/dossier-fixtures'
import { eventually } from './support/eventually'
import { startHub } from './support/hub-fixture'
import { portReplica, rawSocket, syncUrl, wsReplica } from './support/replicas'

describe('awareness', () => {
  it('says who is on which claim, and forgets a connection when it closes', async () => {
    const { hub, server, token, dossierId } = await startHub()
    const ana = await wsReplica(server.url, dossierId, token)
    const ben = portReplica(hub, dossierId)
    await Promise.all([ana.synced, ben.synced])
    ana.session.setPresence({ user: { name: 'Ana' }, dossierId, claimId: 'c_claim00001' })
    await eventually(() =>
      expect(ben.session.awareness.getStates().get(ana.doc.clientID)).toMatchObject({
        user: { name: 'Ana' },
        claimId: 'c_claim00001',
      }),
    )
    const peers = await ben.session.rpc.call('peers', {})
    expect(peers.peers).toContainEqual({
      connection: expect.stringMatching(/^p_/),
      dossierId,
      role: 'editor',
      transport: 'websocket',
      clients: [{ clientId: ana.doc.clientID, name: 'Ana', claimId: 'c_claim00001' }],
    })

    // Ana's socket dies without a goodbye: the hub removes her state for everyone.
    ana.drop()
    await eventually(() =>
      expect(ben.session.awareness.getStates().has(ana.doc.clientID)).toBe(false),
    )
    expect((await ben.session.rpc.call('peers', {})).peers).toHaveLength(1)
  })

  it('a connection cannot set or remove another client’s state', async () => {
    const { hub, server, token, dossierId } = await startHub()
    const ana = portReplica(hub, dossierId)
    const ben = portReplica(hub, dossierId)
    await Promise.all([ana.synced, ben.synced])
    ana.session.setPresence({ user: { name: 'Ana' } })
    await eventually(() =>
      expect(ben.session.awareness.getStates().has(ana.doc.clientID)).toBe(true),
    )
    const clock = ana.session.awareness.meta.get(ana.doc.clientID)!.clock

    const mallory = await rawSocket(syncUrl(server.url, dossierId, token))
    const spoof = (state: Record<string, unknown> | null) =>
      encodeAwarenessFrame(
        writeAwarenessEntries([{ clientId: ana.doc.clientID, clock: clock + 5, state }]),
      )
    mallory.socket.send(spoof({ user: { name: 'Mallory' } }))
    mallory.socket.send(spoof(null))
    // Frames of one connection are handled in order: once Ben sees Mallory's own state, the
    // spoofs before it have been handled too.
    const malloryId = 7_777_777
    mallory.socket.send(
      encodeAwarenessFrame(
        writeAwarenessEntries([{ clientId: malloryId, clock: 1, state: { user: { name: 'M' } } }]),
      ),
    )
    await eventually(() => expect(ben.session.awareness.getStates().has(malloryId)).toBe(true))
    expect(ben.session.awareness.getStates().get(ana.doc.clientID)).toEqual({
      user: { name: 'Ana' },
    })

    // Speaking for many clients at once is refused outright.
    const many = Array.from({ length: 12 }, (_, i) => ({ clientId: 9000 + i, clock: 1, state: {} }))
    mallory.socket.send(encodeAwarenessFrame(writeAwarenessEntries(many)))
    expect(await mallory.closed).toEqual({
      code: 1008,
      reason: 'awareness for more than 8 clients',
    })
    expect(ben.session.awareness.getStates().has(9000)).toBe(false)
  })
})

describe('viewers', () => {
  it('receive every change; their own never reach the document', async () => {
    const { hub, server, viewerToken, dossierId, docs } = await startHub()
    const hubDoc = docs.docs.get(dossierId)!
    const editor = portReplica(hub, dossierId)
    const overPort = portReplica(hub, dossierId, 'viewer')
    const overSocket = await wsReplica(server.url, dossierId, viewerToken)
    await Promise.all([editor.synced, overPort.synced, overSocket.synced])
    const before = Y.encodeStateVector(hubDoc)

    for (const viewer of [overPort, overSocket]) {
      Dossier.open(viewer.doc).addClaim(
        { text: 'A viewer tried this', attribution: { who: 'Nobody' }, kind: 'other' },
        bob,
      )
    }
    const claim = Dossier.open(editor.doc).addClaim(
      { text: 'The editor wrote this', attribution: { who: 'Desk' }, kind: 'statement' },
      alice,
    )
    for (const viewer of [overPort, overSocket]) {
      await eventually(() => expect(Dossier.open(viewer.doc).claim(claim)).toBeDefined())
    }
    const texts = Dossier.open(hubDoc)
      .claims()
      .map((c) => c.text)
    expect(texts).toEqual(['The editor wrote this'])
    expect(Y.encodeStateVector(hubDoc)).not.toEqual(before)
    expect(
      Dossier.open(editor.doc)
        .claims()
        .map((c) => c.text),
    ).toEqual(texts)
    expect(overPort.isOpen() && overSocket.isOpen()).toBe(true)

    const peers = await overPort.session.rpc.call('peers', { dossierId })
    expect(peers.peers.map((peer) => peer.role).sort()).toEqual(['editor', 'viewer', 'viewer'])
  })
})
