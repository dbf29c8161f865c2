import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { RpcError } from '../../../src/shared/protocol'
import type { DossierSummaryWire } from '../../../src/shared/protocol'
import type { RpcHandler } from '../../../src/main/host/sync'
import { Dossier } from '../../../src/shared/dossier'
import { alice } from '../../support/dossier-fixtures'
import { eventually } from './support/eventually'
import { startHub } from './support/hub-fixture'
import { MemoryDocs } from './support/memory-docs'
import { portReplica } from './support/replicas'

const summary = (id: string, title: string): DossierSummaryWire => ({
  id,
  title,
  story: '',
  claims: 0,
  counts: { unverified: 0, confirmed: 0, disputed: 0, retracted: 0, conflict: 0 },
  updated: '2026-11-01T08:00:00.000Z',
})

/** A library that keeps titles in a map, standing in for the one that owns the disk. */
const fakeLibrary = (): RpcHandler & { titles: Map<string, string> } => {
  const titles = new Map<string, string>()
  return {
    titles,
    list: () => ({ dossiers: [...titles].map(([id, title]) => summary(id, title)), problems: [] }),
    create: ({ title }) => {
      const id = `m_created${String(titles.size).padStart(4, '0')}`
      titles.set(id, title)
      return { dossier: summary(id, title) }
    },
    export: ({ id }) => {
      if (!titles.has(id)) throw new RpcError('not-found', `no dossier ${id}`)
      throw new Error('disk exploded at /home/secret/path')
    },
    // A buggy implementation: its result does not match the contract.
    open: () => ({ nonsense: true }) as never,
  }
}

describe('RPC through the hub', () => {
  it('calls the library with validated params and checks what comes back', async () => {
    const library = fakeLibrary()
    const { hub, dossierId, events } = await startHub({ rpc: library })
    const replica = portReplica(hub, dossierId)
    await replica.synced
    const { rpc } = replica.session

    const created = await rpc.call('create', { title: 'Harbour fire' })
    expect(created.dossier.title).toBe('Harbour fire')
    expect((await rpc.call('list', {})).dossiers.map((d) => d.id)).toEqual([created.dossier.id])

    await expect(rpc.call('export', { id: 'm_unknown0000', format: 'md' })).rejects.toMatchObject({
      code: 'not-found',
    })
    // An unexpected failure is answered generically; the details go to the host's log only.
    const failure = await rpc
      .call('export', { id: created.dossier.id, format: 'md' })
      .catch((e: unknown) => e)
    expect(failure).toMatchObject({ code: 'internal', message: 'export failed on the host' })
    expect(String((failure as Error).message)).not.toMatch(/secret/)
    await expect(rpc.call('open', { id: created.dossier.id })).rejects.toMatchObject({
      code: 'internal',
    })
    await expect(rpc.call('import', { kind: 'story', text: 'x' })).rejects.toMatchObject({
      code: 'method-not-found',
    })
    expect(
      events.filter((e) => e.type === 'rpc-failed').map((e) => e.type === 'rpc-failed' && e.method),
    ).toEqual(['export', 'open'])
    // Params are checked on the way out too.
    await expect(rpc.call('create', { title: '' })).rejects.toMatchObject({
      code: 'invalid-params',
    })
    expect(replica.isOpen()).toBe(true)
  })

  it('refuses library changes to viewers', async () => {
    const library = fakeLibrary()
    const { hub, dossierId } = await startHub({ rpc: library })
    const viewer = portReplica(hub, dossierId, 'viewer')
    await viewer.synced
    await expect(viewer.session.rpc.call('create', { title: 'Sneaky' })).rejects.toMatchObject({
      code: 'forbidden',
    })
    expect(library.titles.size).toBe(0)
    expect(await viewer.session.rpc.call('list', {})).toEqual({ dossiers: [], problems: [] })
  })
})

describe('durability', () => {
  it('flush resolves once every update the replica sent is durable', async () => {
    const docs = new MemoryDocs({ persistDelayMs: 30 })
    const { hub, dossierId } = await startHub({ docs })
    const replica = portReplica(hub, dossierId)
    await replica.synced
    const baseline = Y.encodeStateAsUpdate(docs.docs.get(dossierId)!)
    const dossier = Dossier.open(replica.doc)
    for (let i = 0; i < 5; i++) {
      dossier.addClaim({ text: `Claim ${i}`, attribution: { who: 'Desk' }, kind: 'other' }, alice)
    }
    expect(await replica.session.rpc.call('flush', {})).toEqual({ updates: 5, waiting: 0 })
    // Everything acknowledged is in the durable log: the state before plus the log rebuilds it.
    const fromLog = new Y.Doc()
    Y.applyUpdate(fromLog, baseline)
    for (const update of docs.durable.get(dossierId) ?? []) Y.applyUpdate(fromLog, update)
    expect(
      Dossier.open(fromLog)
        .claims()
        .map((c) => c.text),
    ).toEqual(Array.from({ length: 5 }, (_, i) => `Claim ${i}`))
  })

  it('a write that fails is reported to the next flush, not acknowledged', async () => {
    const docs = new MemoryDocs({ persistDelayMs: 5 })
    const { hub, dossierId, events } = await startHub({ docs })
    const replica = portReplica(hub, dossierId)
    await replica.synced
    docs.failWrites = true
    Dossier.open(replica.doc).addClaim(
      { text: 'Lost?', attribution: { who: 'Desk' }, kind: 'other' },
      alice,
    )
    await expect(replica.session.rpc.call('flush', {})).rejects.toMatchObject({
      code: 'not-durable',
    })
    expect(events.some((e) => e.type === 'persist-failed')).toBe(true)
    docs.failWrites = false
    expect(await replica.session.rpc.call('flush', {})).toEqual({ updates: 0, waiting: 0 })
  })

  it('frames sent while the dossier opens wait, in order, and release the lease at the end', async () => {
    const docs = new MemoryDocs({ acquireDelayMs: 100, persistDelayMs: 0 })
    const fixture = await startHub({ docs })
    const replica = portReplica(fixture.hub, fixture.dossierId)
    await replica.synced
    expect(docs.leases).toBe(1)
    replica.drop()
    await fixture.hub.flush()
    await eventually(() => expect(docs.leases).toBe(0))
    expect(fixture.hub.stats).toEqual({ rooms: 0, connections: 0 })
  })

  it('shutting down closes every replica with 1001 and a reason', async () => {
    const fixture = await startHub()
    const replica = portReplica(fixture.hub, fixture.dossierId)
    await replica.synced
    await fixture.hub.close()
    expect(await replica.closed).toEqual({ code: 1001, reason: 'host shutting down' })
    expect(fixture.docs.leases).toBe(0)
  })
})
