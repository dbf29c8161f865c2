import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { SyncHub } from '../../../src/main/host/sync'
import type { ConnectionLimits } from '../../../src/shared/protocol'
import { PEER_HOST_LIMITS, encodeSyncUpdate } from '../../../src/shared/protocol'
import { memoryPair } from '../../../src/shared/transport'
import type { TransportClose } from '../../../src/shared/transport'
import { eventually } from '../../support/eventually'
import { MemoryDocs } from './support/memory-docs'

/** A thousand separate edits, as another host relays them when its editors are busy. */
const burst = (base: Y.Doc, count: number): Uint8Array[] => {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base))
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  for (let i = 0; i < count; i++) doc.getText('source').insert(0, 'x')
  return updates
}

const sendBurst = async (limits?: Partial<ConnectionLimits>) => {
  const host = new Y.Doc()
  const docs = new MemoryDocs()
  docs.add('m_peerlimits1', host)
  const hub = new SyncHub({ docs })
  const pair = memoryPair()
  const closes: TransportClose[] = []
  pair.b.onClose((close) => closes.push(close))
  hub.connect(pair.a, { dossierId: 'm_peerlimits1', ...(limits ? { limits } : {}) })
  const updates = burst(host, 1000)
  for (const update of updates) pair.b.send(encodeSyncUpdate(update))
  return { hub, host, closes }
}

describe('a connection from another member host', () => {
  it('takes a burst of a thousand frames that a replica’s rate limit would cut', async () => {
    const replica = await sendBurst()
    await eventually(() => expect(replica.closes).toMatchObject([{ code: 1008 }]))
    await replica.hub.close()

    const peer = await sendBurst(PEER_HOST_LIMITS)
    await eventually(() => expect(peer.host.getText('source').length).toBe(1000))
    expect(peer.closes).toEqual([])
    await peer.hub.close()
  })
})
