import { MessageChannel } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { messagePortTransport } from '../../../src/main/host/sync'
import { ClientSession } from '../../../src/shared/protocol'
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
})
