import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { DocLease, DocProvider } from '../../../src/main/host/sync'
import { RpcError, encodeSyncUpdate, withLimits } from '../../../src/shared/protocol'
import type { DossierSummaryWire } from '../../../src/shared/protocol'
import { eventually } from './support/eventually'
import { startHub } from './support/hub-fixture'
import { MemoryDocs } from './support/memory-docs'
import { portReplica, rawSocket, syncUrl, wsReplica } from './support/replicas'

const KiB = 1024
const MiB = 1024 * KiB

const deferred = <T>(): { promise: Promise<T>; resolve: (value: T) => void } => {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((done) => (resolve = done))
  return { promise, resolve }
}

/** A valid update of `bytes` characters from a new client. */
const textUpdate = (bytes: number): Uint8Array => {
  const doc = new Y.Doc()
  doc.getText('source').insert(0, 'x'.repeat(bytes))
  return Y.encodeStateAsUpdate(doc)
}

/** MemoryDocs whose dossiers open only once the test says so. */
class GatedDocs extends MemoryDocs implements DocProvider {
  readonly gate = deferred<undefined>()
  override async acquire(dossierId: string): Promise<DocLease> {
    await this.gate.promise
    return super.acquire(dossierId)
  }
}

describe('per-connection caps', () => {
  it('frames queued while the dossier opens are bounded; the dossier then opens for everyone else', async () => {
    const docs = new GatedDocs()
    const fixture = await startHub({ docs, limits: withLimits({ queuedBytes: 64 * KiB }) })
    const url = syncUrl(fixture.server.url, fixture.dossierId, fixture.token)
    const eager = await rawSocket(url)
    for (let i = 0; i < 6; i++) eager.socket.send(encodeSyncUpdate(textUpdate(16 * KiB)))
    expect(await eager.closed).toEqual({
      code: 1008,
      reason: 'too much data before the dossier opened',
    })
    docs.gate.resolve(undefined)
    const honest = await wsReplica(fixture.server.url, fixture.dossierId, fixture.token)
    await honest.synced
    expect(fixture.docs.docs.get(fixture.dossierId)!.share.has('scratch')).toBe(false)
  })

  it('a replica that stops reading is closed (1013) once its send buffer passes the cap', async () => {
    const fixture = await startHub({ limits: withLimits({ sendBufferBytes: 1 * MiB }) })
    const url = syncUrl(fixture.server.url, fixture.dossierId, fixture.token)
    const sleeper = await rawSocket(url)
    sleeper.socket.pause()
    const writer = portReplica(fixture.hub, fixture.dossierId)
    await writer.synced
    const notes = writer.doc.getText('source')
    // More than loopback's socket buffers take, so the host's own buffer must grow.
    for (let i = 0; i < 40; i++) notes.insert(notes.length, 'y'.repeat(MiB))
    await eventually(
      () =>
        expect(fixture.events).toContainEqual(
          expect.objectContaining({ type: 'closed', code: 1013 }),
        ),
      20_000,
    )
    expect(writer.isOpen()).toBe(true)
  }, 30_000)

  it('RPC calls in flight are capped per connection: the extra one is answered busy', async () => {
    const release = deferred<undefined>()
    const summary: DossierSummaryWire = {
      id: 'm_slow000000',
      title: 'Slow',
      story: '',
      claims: 0,
      counts: { unverified: 0, confirmed: 0, disputed: 0, retracted: 0, conflict: 0 },
      updated: '2026-11-01T08:00:00.000Z',
    }
    const fixture = await startHub({
      limits: withLimits({ rpcInFlight: 2 }),
      rpc: {
        list: async () => {
          await release.promise
          return { dossiers: [summary], problems: [] }
        },
      },
    })
    const replica = portReplica(fixture.hub, fixture.dossierId)
    await replica.synced
    const first = replica.session.rpc.call('list', {})
    const second = replica.session.rpc.call('list', {})
    const third = replica.session.rpc.call('list', {})
    await expect(third).rejects.toEqual(new RpcError('busy', 'too many calls at once'))
    release.resolve(undefined)
    expect((await first).dossiers).toHaveLength(1)
    expect((await second).dossiers).toHaveLength(1)
    // Finished calls free their places.
    expect((await replica.session.rpc.call('list', {})).dossiers).toHaveLength(1)
  })
})
