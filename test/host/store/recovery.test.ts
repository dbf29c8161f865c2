import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { LOG_HEADER_SIZE, encodeRecord, logHeader } from '../../../src/main/host/store/log-format'
import { describeRecovery } from '../../../src/main/host/store/recovery'
import { StoreError } from '../../../src/main/host/store/store-error'
import {
  ID,
  files,
  keys,
  keysAfterReopen,
  newStoreFolder,
  openStore,
  put,
  range,
} from './store-fixtures'

/** A dossier folder whose log holds `count` records (one per key), as a crash would leave it. */
const folderWithLog = async (count: number) => {
  const folder = await newStoreFolder()
  const store = await openStore(folder)
  for (const key of range('k', count)) {
    put(store, key)
    await store.flush()
  }
  await store.close({ compact: false })
  const log = path.join(folder, 'log')
  return { folder, log, bytes: await fs.readFile(log) }
}

/** Offsets of each record in a log of one-key records. */
const recordStarts = (bytes: Buffer): number[] => {
  const starts: number[] = []
  for (let offset = LOG_HEADER_SIZE; offset < bytes.length;) {
    starts.push(offset)
    offset += 12 + bytes.readUInt32BE(offset)
  }
  return starts
}

describe('recovery', () => {
  it('cuts a torn last record off and keeps every record before it', async () => {
    const { folder, log, bytes } = await folderWithLog(5)
    await fs.writeFile(log, bytes.subarray(0, bytes.length - 3))
    const store = await openStore(folder)
    const lastStart = recordStarts(bytes)[4]!
    expect(store.report.events).toEqual([
      { kind: 'torn-tail', bytes: bytes.length - 3 - lastStart },
    ])
    expect(keys(store)).toEqual(range('k', 4))
    expect((await fs.stat(log)).size).toBe(lastStart)
    put(store, 'z-after')
    await store.close()
    expect(await keysAfterReopen(folder)).toEqual([...range('k', 4), 'z-after'])
  })

  it('stops at a damaged record, copies the log aside first, and continues from the good prefix', async () => {
    const { folder, log, bytes } = await folderWithLog(10)
    const damaged = Buffer.from(bytes)
    const sixth = recordStarts(bytes)[5]!
    damaged[sixth + 14] = damaged[sixth + 14]! ^ 0x01
    await fs.writeFile(log, damaged)

    const store = await openStore(folder)
    const [event] = store.report.events
    expect(event).toMatchObject({
      kind: 'log-damaged',
      reason: 'a record fails its checksum',
      recordsKept: 5,
      bytesDropped: bytes.length - sixth,
      setAside: expect.stringMatching(/^log\.damaged-\d{4}-\d\d-\d\dT/),
    })
    const setAside = (event as { setAside: string }).setAside
    expect(await fs.readFile(path.join(folder, setAside))).toEqual(damaged)
    expect(describeRecovery(store.report)).toEqual([
      `dossier ${ID}: the log is damaged (a record fails its checksum); kept the 5 intact records before the damage and dropped the ${bytes.length - sixth} bytes after it; the damaged log was copied to ${setAside}`,
    ])
    expect(keys(store)).toEqual(range('k', 5))

    // New changes follow the intact records; the copy set aside is never touched again.
    put(store, 'z-after')
    await store.close()
    expect(await keysAfterReopen(folder)).toEqual([...range('k', 5), 'z-after'])
    expect(await fs.readFile(path.join(folder, setAside))).toEqual(damaged)
    const again = await openStore(folder)
    expect(again.report.events).toEqual([])
    await again.close()
  })

  it('treats a record that passes its checksum but is no Yjs update as damage', async () => {
    const { folder, log, bytes } = await folderWithLog(3)
    await fs.writeFile(log, Buffer.concat([bytes, encodeRecord(new Uint8Array([255, 255, 255]))]))
    const store = await openStore(folder)
    expect(store.report.events).toEqual([
      expect.objectContaining({
        kind: 'log-damaged',
        reason: expect.stringMatching(/^a record is not a readable update/),
        recordsKept: 3,
      }),
    ])
    expect(keys(store)).toEqual(range('k', 3))
    await store.close()
  })

  it('opens a fresh dossier and one closed cleanly (a log of its header alone) without a word', async () => {
    const folder = await newStoreFolder()
    expect(await fs.readFile(path.join(folder, 'log'))).toEqual(logHeader())
    const fresh = await openStore(folder)
    expect(fresh.report.events).toEqual([])
    for (const key of range('k', 3)) put(fresh, key)
    await fresh.close()
    expect(await fs.readFile(path.join(folder, 'log'))).toEqual(logHeader())
    const again = await openStore(folder)
    expect(again.report.events).toEqual([])
    expect(keys(again)).toEqual(range('k', 3))
    await again.close()
  })

  // Every log the store writes has its header on disk before it becomes `log`, so no crash of
  // ours leaves one empty or missing: records acknowledged since the snapshot may be gone.
  it.each([
    ['empty', (log: string) => fs.writeFile(log, '')],
    ['missing', (log: string) => fs.rm(log)],
  ] as const)('reports a log found %s after acknowledged writes', async (state, lose) => {
    const { folder, log } = await folderWithLog(3)
    await lose(log)
    const store = await openStore(folder)
    const snapshotAt = (await fs.stat(path.join(folder, 'snapshot'))).mtime.toISOString()
    expect(store.report.events).toEqual([{ kind: 'log-lost', state, snapshotAt }])
    expect(describeRecovery(store.report)).toEqual([
      `dossier ${ID}: the log was ${state === 'empty' ? 'empty (0 bytes)' : 'missing'}, so changes saved after the snapshot of ${snapshotAt} may be lost; a new log was started`,
    ])
    expect(keys(store)).toEqual([])
    expect(await fs.readFile(log)).toEqual(logHeader())
    put(store, 'z-after')
    await store.close()
    const again = await openStore(folder)
    expect(again.report.events).toEqual([])
    expect(keys(again)).toEqual(['z-after'])
    await again.close()
  })

  it('reports a missing snapshot and opens from the log alone', async () => {
    const { folder } = await folderWithLog(2)
    await fs.rm(path.join(folder, 'snapshot'))
    const store = await openStore(folder)
    expect(store.report.events).toEqual([{ kind: 'snapshot-missing' }])
    expect(describeRecovery(store.report)).toEqual([
      `dossier ${ID}: the snapshot is missing; the dossier opened from its log alone and may be missing older content`,
    ])
    expect(keys(store)).toEqual(range('k', 2))
    await store.close()
  })

  it('sets a zero-length snapshot aside and opens from the log alone', async () => {
    const { folder } = await folderWithLog(4)
    await fs.writeFile(path.join(folder, 'snapshot'), '')
    const store = await openStore(folder)
    expect(store.report.events).toEqual([
      {
        kind: 'snapshot-damaged',
        reason: 'the file is empty',
        setAside: expect.stringMatching(/^snapshot\.damaged-/),
      },
    ])
    const setAside = (store.report.events[0] as { setAside: string }).setAside
    expect(describeRecovery(store.report)).toEqual([
      `dossier ${ID}: the snapshot is damaged (the file is empty); it was moved to ${setAside}; the dossier opened from its log alone and may be missing older content`,
    ])
    expect(keys(store)).toEqual(range('k', 4))
    expect(store.doc.getMap('t').has('seed')).toBe(false)
    await store.close()
    // The new snapshot went where the damaged one was; the damaged one is kept as it was.
    expect((await files(folder)).filter((name) => name.startsWith('snapshot'))).toHaveLength(2)
    expect(await keysAfterReopen(folder)).toEqual(range('k', 4))
  })

  it('fails precisely when nothing readable is left, and writes nothing over the damage', async () => {
    const folder = await newStoreFolder()
    const snapshot = path.join(folder, 'snapshot')
    const damaged = await fs.readFile(snapshot)
    damaged[damaged.length - 1] = damaged[damaged.length - 1]! ^ 0xff
    await fs.writeFile(snapshot, damaged)
    const error = await openStore(folder).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(StoreError)
    expect((error as Error).message).toMatch(
      new RegExp(
        `^dossier ${ID} cannot be opened: nothing readable is left \\(the snapshot is damaged \\(checksum mismatch\\); it was moved to (snapshot\\.damaged-[^)]+)\\); its damaged files are in ${folder} \\(\\1\\)\\. Restore it from a \\.dossier backup or a frozen version\\.$`,
      ),
    )
    await expect(openStore(folder)).rejects.toThrow(/nothing readable is left; its damaged files/)
    const names = await files(folder)
    expect(names).not.toContain('snapshot')
    const aside = names.find((name) => name.startsWith('snapshot.damaged-'))!
    expect(await fs.readFile(path.join(folder, aside))).toEqual(damaged)
  })

  it('leaves a log written by a newer version alone', async () => {
    const { folder, log, bytes } = await folderWithLog(2)
    const newer = Buffer.from(bytes)
    newer[4] = 7
    await fs.writeFile(log, newer)
    await expect(openStore(folder)).rejects.toThrow(
      /saved by a newer version of Verification Desk \(log format 7\); update the app/,
    )
    expect(await fs.readFile(log)).toEqual(newer)
  })
})
