import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { SyncHub, createWsSyncServer } from '../../../src/main/host/sync'
import { withHostLimits } from '../../../src/main/host/host-limits'
import type { HostLimitOverrides } from '../../../src/main/host/host-limits'
import { CLOSE_DOSSIER_FULL } from '../../../src/shared/protocol'
import { newDossier } from '../../support/dossier-fixtures'
import { onCleanup } from './support/cleanup'
import { eventually } from './support/eventually'
import { MemoryDocs } from './support/memory-docs'
import { syncUrl, wsReplica } from './support/replicas'

const KiB = 1024

const startLimitedHub = async (overrides: HostLimitOverrides) => {
  const docs = new MemoryDocs()
  const dossier = newDossier()
  const dossierId = dossier.meta().id
  docs.add(dossierId, dossier.doc)
  const limits = withHostLimits(overrides)
  const hub = new SyncHub({ docs, hostLimits: limits })
  const token = randomBytes(16).toString('hex')
  const server = await createWsSyncServer({ hub, token, limits })
  onCleanup(async () => {
    await hub.close()
    await server.close()
  })
  return { hub, server, token, dossierId, doc: dossier.doc }
}

/** Opens a WebSocket from `localAddress`; resolves with 101 and the socket, or the refusal. */
const connectFrom = (
  url: string,
  localAddress: string,
): Promise<{ status: number; socket: WebSocket }> =>
  new Promise((resolve) => {
    const socket = new WebSocket(url, { localAddress })
    socket.on('error', () => undefined)
    onCleanup(() => socket.terminate())
    socket.once('open', () => resolve({ status: 101, socket }))
    socket.once('unexpected-response', (_request, response) => {
      resolve({ status: response.statusCode ?? 0, socket })
      socket.terminate()
    })
  })

describe('host-wide connection and dossier limits', () => {
  it('refuses upgrades over the per-address (429) and total (503) caps; honest ones still connect', async () => {
    const host = await startLimitedHub({ connections: 4, connectionsPerAddress: 3 })
    const url = syncUrl(host.server.url, host.dossierId, host.token)
    const first = []
    for (let i = 0; i < 3; i++) first.push(await connectFrom(url, '127.0.0.1'))
    expect(first.map(({ status }) => status)).toEqual([101, 101, 101])
    expect((await connectFrom(url, '127.0.0.1')).status).toBe(429)
    expect((await connectFrom(url, '127.0.0.2')).status).toBe(101)
    expect((await connectFrom(url, '127.0.0.3')).status).toBe(503)

    // One leaves: its place is free again, and an honest replica takes it and syncs.
    const leaving = first[0]!.socket
    const gone = new Promise((resolve) => leaving.once('close', resolve))
    leaving.close()
    await gone
    // A replica of this dossier (a different dossier's meta would be refused as a rewrite).
    const author = new Y.Doc()
    Y.applyUpdate(author, Y.encodeStateAsUpdate(host.doc))
    author.getText('source').insert(0, 'after the cap')
    await eventually(async () => {
      const replica = await wsReplica(host.server.url, host.dossierId, host.token, author)
      await replica.synced
    })
    await eventually(() => expect(host.doc.getText('source').toString()).toMatch(/^after the cap/))
  })

  it('refuses the update that would take a dossier past its size limit, and it stays loadable', async () => {
    const probe = newDossier()
    const limit = Y.encodeStateAsUpdate(probe.doc).length + 64 * KiB
    const host = await startLimitedHub({ dossierBytes: limit })
    const writer = await wsReplica(host.server.url, host.dossierId, host.token)
    await writer.synced
    const notes = writer.doc.getText('source')
    for (let i = 0; i < 20 && writer.isOpen(); i++) {
      notes.insert(
        notes.length,
        randomBytes(6 * KiB)
          .toString('base64')
          .slice(0, 8 * KiB),
      )
    }
    expect(await writer.closed).toEqual({
      code: CLOSE_DOSSIER_FULL,
      reason: expect.stringMatching(/size limit: change refused; start a new dossier/),
    })
    const stored = Y.encodeStateAsUpdate(host.doc)
    expect(stored.length).toBeLessThanOrEqual(limit)
    expect(host.doc.getText('source').length).toBeGreaterThan(0)

    const reader = await wsReplica(host.server.url, host.dossierId, host.token)
    await reader.synced
    expect(reader.doc.getText('source').toString()).toBe(host.doc.getText('source').toString())
    expect(Y.encodeStateAsUpdate(reader.doc).length).toBeLessThanOrEqual(limit)
  })
})
