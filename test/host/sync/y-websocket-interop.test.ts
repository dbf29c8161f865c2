import { describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { Dossier } from '../../../src/shared/dossier'
import { alice, bob } from '../../support/dossier-fixtures'
import { onCleanup } from './support/cleanup'
import { eventually } from './support/eventually'
import { startHub } from './support/hub-fixture'
import { portReplica, upgradeStatus, syncUrl } from './support/replicas'

/** An unmodified y-websocket client, as a browser page or another Yjs app would run it. */
const provider = (serverUrl: string, room: string, token: string, doc = new Y.Doc()) => {
  const client = new WebsocketProvider(serverUrl, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    // In one process two providers would otherwise sync through BroadcastChannel, not the hub.
    disableBc: true,
    maxBackoffTime: 200,
  })
  onCleanup(() => client.destroy())
  return client
}

const synced = (client: WebsocketProvider): Promise<void> =>
  new Promise((resolve) => {
    if (client.synced) resolve()
    client.on('sync', (state: boolean) => state && resolve())
  })

describe('an unmodified y-websocket client', () => {
  it('syncs a dossier with the hub both ways', async () => {
    const { hub, server, token, dossierId, docs } = await startHub()
    const client = provider(server.url, dossierId, token)
    await synced(client)
    const hubDoc = docs.docs.get(dossierId)!
    const remote = Dossier.open(client.doc)
    expect(remote.meta()).toEqual(Dossier.open(hubDoc).meta())

    // y-websocket -> hub -> our own replica
    const replica = portReplica(hub, dossierId)
    await replica.synced
    const claim = remote.addClaim(
      { text: 'Sent by a plain Yjs client', attribution: { who: 'Wire' }, kind: 'statement' },
      alice,
    )
    await eventually(() =>
      expect(Dossier.open(replica.doc).claim(claim)?.text).toBe('Sent by a plain Yjs client'),
    )
    expect(Dossier.open(hubDoc).claim(claim)).toBeDefined()

    // our replica -> hub -> y-websocket
    Dossier.open(replica.doc).decide(claim, { status: 'confirmed', rationale: 'Two sources' }, bob)
    await eventually(() => expect(remote.claim(claim)?.label).toBe('confirmed'))
    expect(Y.encodeStateVector(client.doc)).toEqual(Y.encodeStateVector(hubDoc))
  })

  it('sees the presence of our replicas, and loses it when they leave', async () => {
    const { hub, server, token, dossierId, events } = await startHub()
    const client = provider(server.url, dossierId, token)
    await synced(client)
    const replica = portReplica(hub, dossierId)
    await replica.synced
    replica.session.setPresence({ user: { name: 'Ana' }, dossierId, claimId: null })
    const clientId = replica.doc.clientID
    await eventually(() =>
      expect(client.awareness.getStates().get(clientId)).toMatchObject({ user: { name: 'Ana' } }),
    )
    replica.drop()
    await eventually(() => expect(client.awareness.getStates().has(clientId)).toBe(false))
    // y-websocket echoes every state it receives; the hub drops the echoes and keeps the client.
    expect(client.wsconnected).toBe(true)
    expect(events.filter((event) => event.type === 'rejected')).toEqual([])
  })

  it('is refused with a wrong token and learns nothing', async () => {
    const { server, dossierId, docs } = await startHub()
    const doc = new Y.Doc()
    const client = provider(server.url, dossierId, 'not-the-token', doc)
    const statuses: string[] = []
    client.on('status', ({ status }: { status: string }) => statuses.push(status))
    // Two attempts seen through to their close (the first refusal and a retry's), or the
    // connection this test is there to rule out.
    await new Promise<void>((resolve) => {
      let closes = 0
      client.on('connection-close', () => ++closes === 2 && resolve())
      client.on('status', ({ status }: { status: string }) => status === 'connected' && resolve())
    })
    expect(statuses).not.toContain('connected')
    expect(client.synced).toBe(false)
    expect(doc.share.size).toBe(0)
    expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(new Y.Doc()))
    expect(docs.acquired).toEqual([])
    expect(await upgradeStatus(syncUrl(server.url, dossierId, 'not-the-token'))).toBe(401)
    // The same answer for a dossier that does not exist: a guess tells nothing.
    expect(await upgradeStatus(syncUrl(server.url, 'm_doesnotexist1', 'not-the-token'))).toBe(401)
  })
})
