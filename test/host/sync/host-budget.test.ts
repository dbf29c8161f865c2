import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  CLOSE_HOST_BUSY,
  REPLICA_FRAME_LIMITS,
  decodeFrame,
  encodeRpc,
  encodeSyncUpdate,
} from '../../../src/shared/protocol'
import { eventually } from './support/eventually'
import { startHostProcess } from './support/host-process'
import { rawSocket, syncUrl, wsReplica } from './support/replicas'
import type { RawSocket } from './support/replicas'

const KiB = 1024
const MiB = 1024 * KiB

/**
 * An update that builds on a change the host never gets (it starts at clock 1 of its client), so
 * the host holds it apart; random text, so no two are alike and nothing compresses or is shared.
 */
const waitingUpdate = (client: number, bytes: number): Uint8Array => {
  const doc = new Y.Doc()
  doc.clientID = client
  doc.getText('source').insert(0, 'a')
  const before = Y.encodeStateVector(doc)
  doc.getText('source').insert(1, randomBytes(bytes).toString('base64').slice(0, bytes))
  return Y.encodeStateAsUpdate(doc, before)
}

type Outcome = { held: number } | { closed: number; reason: string }

/** Sends a waiting update and then `flush`; resolves with what the host said or did. */
const holdOn = async (raw: RawSocket, update: Uint8Array): Promise<Outcome> => {
  raw.socket.send(encodeSyncUpdate(update))
  raw.socket.send(encodeRpc({ id: 1, method: 'flush', params: {} }))
  const answered = (async (): Promise<Outcome> => {
    for (;;) {
      for (const bytes of raw.received) {
        const decoded = decodeFrame(bytes, REPLICA_FRAME_LIMITS)
        if (
          decoded.ok &&
          decoded.frame.type === 'rpc' &&
          decoded.frame.message.kind === 'response'
        ) {
          const { result } = decoded.frame.message.response as { result?: { waiting: number } }
          return { held: result?.waiting ?? -1 }
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  })()
  const closed = raw.closed.then(({ code, reason }): Outcome => ({ closed: code, reason }))
  return Promise.race([answered, closed])
}

describe('the host-wide budget', () => {
  it('many connections holding distinct waiting updates stay within one budget; honest ones sync', async () => {
    const budget = 16 * MiB
    const connections = 150
    const perConnection = 512 * KiB // 75 MiB in all: over four times the budget
    const host = await startHostProcess({
      heldBytes: budget,
      connections: 1000,
      connectionsPerAddress: 1000,
    })
    const url = syncUrl(host.url, host.dossierId, host.token)
    const before = await host.memory()

    const outcomes: Outcome[] = []
    for (let i = 0; i < connections; i++) {
      const raw = await rawSocket(url)
      outcomes.push(await holdOn(raw, waitingUpdate(10_000 + i, perConnection)))
    }
    const after = await host.memory()
    const grownBuffers = after.arrayBuffers - before.arrayBuffers
    const grownRss = after.rss - before.rss
    expect(grownBuffers).toBeLessThan(budget + 8 * MiB)
    expect(grownRss).toBeLessThan(budget + 40 * MiB)

    const held = outcomes.filter((outcome) => 'held' in outcome && outcome.held === 1)
    const refused = outcomes.filter((outcome) => 'closed' in outcome)
    expect(held.length + refused.length).toBe(connections)
    // The budget holds about budget / perConnection of them; the rest were told why.
    expect(held.length).toBeGreaterThan(budget / perConnection / 2)
    expect(held.length).toBeLessThanOrEqual(budget / perConnection)
    for (const outcome of refused) {
      expect(outcome).toEqual({
        closed: CLOSE_HOST_BUSY,
        reason: expect.stringMatching(/host is holding too much/),
      })
    }

    // Those held keep their connection; an honest replica still syncs through the same host.
    const a = await wsReplica(host.url, host.dossierId, host.token)
    const b = await wsReplica(host.url, host.dossierId, host.token)
    await Promise.all([a.synced, b.synced])
    a.doc.getText('source').insert(0, 'still syncing')
    await eventually(() => expect(b.doc.getText('source').toString()).toMatch(/^still syncing/))
  }, 60_000)
})
