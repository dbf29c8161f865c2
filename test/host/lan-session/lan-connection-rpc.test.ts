import { MessageChannel } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { messagePortTransport } from '../../../src/main/host/sync'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import { ClientSession, encodeAwarenessStates } from '../../../src/shared/protocol'
import { eventually } from '../../support/eventually'
import { startHub } from '../sync/support/hub-fixture'

describe("another host's connection to the hub (a LAN peer)", () => {
  it('syncs the dossier and may flush, but calls nothing in the library', async () => {
    let listed = 0
    const { hub, dossierId } = await startHub({
      rpc: {
        list: () => {
          listed++
          return { dossiers: [], problems: [] }
        },
      },
    })
    const { port1, port2 } = new MessageChannel()
    hub.connect(messagePortTransport(port1), { dossierId, role: 'editor', rpc: 'flush-only' })
    let synced = false
    const session = new ClientSession({
      doc: new Y.Doc(),
      send: (bytes) => port2.postMessage(bytes),
      onSynced: () => (synced = true),
    })
    port2.on('message', (data: Uint8Array) => session.receive(data))
    session.start()
    await expect(session.rpc.call('list', {})).rejects.toMatchObject({
      code: 'forbidden',
      message: 'list is not answered over this connection',
    })
    await expect(session.rpc.call('flush', {})).resolves.toEqual({ updates: 0, waiting: 0 })
    expect(synced).toBe(true)
    expect(listed).toBe(0)
    port2.close()
  })

  it('may relay the presence of many replicas, where a replica speaks for a few tabs', async () => {
    const { hub, dossierId, events } = await startHub()
    /** Presence of 20 tabs no connection has introduced yet. */
    const twentyTabs = (): Uint8Array => {
      const relayed = new Awareness(new Y.Doc())
      relayed.setLocalState(null)
      const clients: number[] = []
      for (let index = 0; index < 20; index++) {
        const tab = new Awareness(new Y.Doc())
        tab.setLocalState({ user: { name: `Tab ${index}`, color: '#336699' }, claimId: null })
        applyAwarenessUpdate(relayed, encodeAwarenessUpdate(tab, [tab.clientID]), 'test')
        clients.push(tab.clientID)
      }
      return encodeAwarenessStates(relayed, clients)
    }
    const connect = (awarenessClients?: number) => {
      const { port1, port2 } = new MessageChannel()
      const info = hub.connect(messagePortTransport(port1), {
        dossierId,
        rpc: 'flush-only',
        ...(awarenessClients === undefined ? {} : { awarenessClients }),
      })
      port2.postMessage(twentyTabs())
      return { info, port2 }
    }
    const host = connect(256)
    await eventually(() =>
      expect(
        hub.peers(dossierId).find((peer) => peer.connection === host.info.id)?.clients,
      ).toHaveLength(20),
    )
    const replica = connect()
    await eventually(() =>
      expect(events).toContainEqual(
        expect.objectContaining({
          type: 'closed',
          connection: expect.objectContaining({ id: replica.info.id }),
          reason: 'awareness for more than 8 clients',
        }),
      ),
    )
    expect(events).not.toContainEqual(
      expect.objectContaining({
        type: 'closed',
        connection: expect.objectContaining({ id: host.info.id }),
      }),
    )
    host.port2.close()
    replica.port2.close()
  })
})
