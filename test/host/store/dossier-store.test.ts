import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { encodeRecord, scanLog } from '../../../src/main/host/store/log-format'
import { decodeSnapshot, encodeSnapshot } from '../../../src/main/host/store/snapshot-file'
import {
  files,
  keys,
  keysAfterReopen,
  modes,
  newStoreFolder,
  openStore,
  put,
  range,
} from './store-fixtures'

const logRecords = async (folder: string) =>
  scanLog(await fs.readFile(path.join(folder, 'log'))).records

describe('DossierStore', () => {
  it('has every update in its log once flush resolves', async () => {
    const folder = await newStoreFolder()
    const store = await openStore(folder)
    for (const key of range('k', 10)) put(store, key)
    await store.flush()
    expect(await logRecords(folder)).toHaveLength(10)
    expect(await keysAfterReopen(folder)).toEqual(range('k', 10))
    await store.close()
  })

  it('writes concurrent updates with few fsyncs, in order (group commit)', async () => {
    const folder = await newStoreFolder()
    const store = await openStore(folder, { compactAfterRecords: 10_000 })
    const other = new Y.Doc()
    const updates: Uint8Array[] = []
    other.on('update', (update: Uint8Array) => updates.push(update))
    // Each update overwrites the same key, so only in-order replay ends on the last value.
    for (let i = 0; i < 300; i++) other.getMap('t').set('counter', i)
    const acknowledged = await Promise.all(updates.map((update) => store.append(update)))
    expect(acknowledged).toHaveLength(300)
    expect(store.stats().logRecords).toBe(300)
    expect(store.stats().batches).toBeLessThan(20)
    await store.close({ compact: false })
    const again = await openStore(folder)
    expect(again.doc.getMap('t').get('counter')).toBe(299)
    expect(again.report).toMatchObject({ snapshot: true, records: 300, events: [] })
    await again.close()
  })

  it('logs the exact bytes of an update from elsewhere, even one Yjs keeps pending', async () => {
    const folder = await newStoreFolder()
    const store = await openStore(folder)
    const peer = new Y.Doc()
    const updates: Uint8Array[] = []
    peer.on('update', (update: Uint8Array) => updates.push(update))
    peer.getText('story').insert(0, 'first ')
    peer.getText('story').insert(6, 'second')
    const [first, second] = updates as [Uint8Array, Uint8Array]
    // The second depends on the first: Yjs holds it back until the first arrives.
    await store.append(second)
    expect(store.doc.getText('story').toString()).toBe('')
    expect((await logRecords(folder)).map((record) => [...record.payload])).toEqual([[...second]])
    await store.close()
    const reopened = await openStore(folder)
    await reopened.append(first)
    expect(reopened.doc.getText('story').toString()).toBe('first second')
    await reopened.close()
    const last = await openStore(folder)
    expect(last.doc.getText('story').toString()).toBe('first second')
    await last.close()
  })

  it('also saves what observers change in reaction to an update from elsewhere', async () => {
    const folder = await newStoreFolder()
    const store = await openStore(folder)
    store.doc.getMap('t').observe((event) => {
      if (!event.transaction.local) store.doc.getMap('seen').set('count', event.keysChanged.size)
    })
    const peer = new Y.Doc()
    peer.getMap('t').set('from-peer', 1)
    await store.append(Y.encodeStateAsUpdate(peer))
    await store.flush()
    await store.close({ compact: false })
    const again = await openStore(folder)
    expect(again.doc.getMap('seen').get('count')).toBe(1)
    expect(keys(again)).toEqual(['from-peer'])
    await again.close()
  })

  it('refuses an update that is not one, and logs nothing for it', async () => {
    const folder = await newStoreFolder()
    const store = await openStore(folder)
    await expect(store.append(new Uint8Array([9, 9, 9, 9]))).rejects.toThrow(
      /an update for dossier m_storetest01 was refused: it is not a readable Yjs update/,
    )
    await store.flush()
    expect(await logRecords(folder)).toHaveLength(0)
    await store.close()
  })

  it('compacts in the background once the log is long, losing nothing', async () => {
    const folder = await newStoreFolder()
    const store = await openStore(folder, { compactAfterRecords: 20 })
    for (const key of range('k', 70)) {
      put(store, key)
      await store.flush()
    }
    await store.compact()
    expect(store.stats().compactions).toBeGreaterThanOrEqual(3)
    expect(store.stats().logRecords).toBeLessThan(20)
    expect(await keysAfterReopen(folder)).toEqual(range('k', 70))
    await store.close()
  })

  it('compacts on close, so a clean reopen reads the snapshot alone', async () => {
    const folder = await newStoreFolder()
    const store = await openStore(folder)
    for (const key of range('k', 5)) put(store, key)
    await store.close()
    expect(await logRecords(folder)).toHaveLength(0)
    expect(await files(folder)).toEqual(['log', 'snapshot'])
    const again = await openStore(folder)
    expect(again.report).toEqual({ dossier: again.id, snapshot: true, records: 0, events: [] })
    expect(keys(again)).toEqual(range('k', 5))
    await again.close()
  })

  it('opens a snapshot newer than the log (a crash between the two steps of compaction)', async () => {
    // Compaction writes the new snapshot, then replaces the log. A crash in between leaves a
    // snapshot that already holds every record of the old log. Replaying them is harmless:
    // Yjs updates are idempotent, so nothing is doubled and nothing is lost.
    const folder = await newStoreFolder()
    const store = await openStore(folder)
    for (const key of range('k', 8)) put(store, key)
    store.doc.getArray('list').push(['once'])
    await store.flush()
    const oldLog = await fs.readFile(path.join(folder, 'log'))
    await store.compact()
    await store.close({ compact: false })
    await fs.writeFile(path.join(folder, 'log'), oldLog)
    const snapshot = Y.decodeUpdate(
      decodeSnapshot(await fs.readFile(path.join(folder, 'snapshot'))),
    )
    expect(snapshot.structs.length).toBeGreaterThan(0)

    const again = await openStore(folder)
    expect(again.report).toMatchObject({ snapshot: true, records: 9, events: [] })
    expect(keys(again)).toEqual(range('k', 8))
    expect(again.doc.getArray('list').toArray()).toEqual(['once'])
    await again.close()
  })

  it('removes what a crash left: temp files of atomic writes and an unfinished log', async () => {
    const folder = await newStoreFolder()
    const store = await openStore(folder)
    for (const key of range('k', 3)) put(store, key)
    await store.close({ compact: false })
    // Above the largest pid Linux hands out: a writer that is surely gone.
    const gone = 4_194_305
    await fs.writeFile(
      path.join(folder, `.snapshot.${gone}.456.tmp`),
      encodeSnapshot(new Uint8Array(9)),
    )
    await fs.writeFile(path.join(folder, `.meta.json.${gone}.789.tmp`), '{"title": "half')
    await fs.writeFile(path.join(folder, 'log.next'), Buffer.from('VDLG\x01\0\0\0partial'))
    // One of a writer still at work (this process) is not touched.
    const live = `.meta.json.${process.pid}.1.tmp`
    await fs.writeFile(path.join(folder, live), '{}')
    expect(await keysAfterReopen(folder)).toEqual(range('k', 3))
    expect(await files(folder)).toEqual([live, 'log', 'snapshot'])
  })

  it('creates its folder and files readable by the owner only, compaction and repair included', async () => {
    const folder = await newStoreFolder()
    const store = await openStore(folder)
    put(store, 'a')
    await store.compact()
    await store.close({ compact: false })
    const damaged = Buffer.from(encodeRecord(new Uint8Array([1, 2, 3])))
    damaged[13] = damaged[13]! ^ 0xff
    await fs.appendFile(path.join(folder, 'log'), damaged)
    const again = await openStore(folder)
    const [event] = again.report.events
    await again.close()
    expect(event).toMatchObject({ kind: 'log-damaged' })
    expect(await modes(folder)).toEqual({
      '.': 0o700,
      log: 0o600,
      snapshot: 0o600,
      [(event as { setAside: string }).setAside]: 0o600,
    })
  })

  it('refuses updates once closed', async () => {
    const store = await openStore(await newStoreFolder())
    await store.close()
    await expect(store.append(new Uint8Array([0, 0]))).rejects.toThrow(/is closed; open it again/)
  })
})
