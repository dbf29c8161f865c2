import { describe, expect, it } from 'vitest'
import {
  copiesInDatabases,
  deviceCopiesKey,
  librarySnapshotKey,
  loadDeviceCopies,
  loadLibrarySnapshot,
  noteDeviceCopy,
  saveLibrarySnapshot,
} from '../../../src/renderer/offline/library-snapshot'
import type { SnapshotStorage } from '../../../src/renderer/offline/library-snapshot'
import type { DossierSummaryWire } from '../../../src/shared/protocol'

const memoryStorage = (): SnapshotStorage & { readonly items: Map<string, string> } => {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  }
}

const DAM: DossierSummaryWire = {
  id: 'm_dam00001',
  title: 'Dam failure',
  story: 'Upper valley',
  claims: 3,
  counts: { unverified: 2, confirmed: 0, disputed: 1, retracted: 0, conflict: 0 },
  updated: '2026-11-28T03:00:00.000Z',
}

const HOST_A = 'http://127.0.0.1:5180'
const HOST_B = 'http://127.0.0.1:5181'

describe('the library kept in this browser', () => {
  it('keeps the last list per host address, with when it came', () => {
    const storage = memoryStorage()
    saveLibrarySnapshot(HOST_A, [DAM], new Date('2026-11-28T03:05:00Z'), storage)
    expect(loadLibrarySnapshot(HOST_A, storage)).toEqual({
      dossiers: [DAM],
      savedAt: '2026-11-28T03:05:00.000Z',
    })
    expect(loadLibrarySnapshot(HOST_B, storage)).toBeNull()
  })

  it('reads a damaged or foreign entry as nothing kept', () => {
    const storage = memoryStorage()
    storage.setItem(librarySnapshotKey(HOST_A), '{not json')
    expect(loadLibrarySnapshot(HOST_A, storage)).toBeNull()
    storage.setItem(librarySnapshotKey(HOST_A), JSON.stringify({ dossiers: [{ id: '../etc' }] }))
    expect(loadLibrarySnapshot(HOST_A, storage)).toBeNull()
    storage.setItem(deviceCopiesKey(HOST_A), JSON.stringify({ nope: true }))
    expect(loadDeviceCopies(HOST_A, storage)).toEqual(new Set())
  })

  it('notes each dossier this browser holds a copy of, once', () => {
    const storage = memoryStorage()
    noteDeviceCopy(HOST_A, DAM.id, storage)
    noteDeviceCopy(HOST_A, DAM.id, storage)
    noteDeviceCopy(HOST_A, 'm_harbour01', storage)
    expect([...loadDeviceCopies(HOST_A, storage)]).toEqual([DAM.id, 'm_harbour01'])
    expect(loadDeviceCopies(HOST_B, storage)).toEqual(new Set())
  })

  it('never throws when the browser refuses storage', () => {
    const refusing: SnapshotStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError')
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
    }
    expect(() => saveLibrarySnapshot(HOST_A, [DAM], new Date(), refusing)).not.toThrow()
    expect(() => noteDeviceCopy(HOST_A, DAM.id, refusing)).not.toThrow()
    expect(loadLibrarySnapshot(HOST_A, refusing)).toBeNull()
    expect(loadLibrarySnapshot(HOST_A, null)).toBeNull()
  })

  it('counts the copies the browser holds for this host, noted or not', () => {
    const names = [
      `vdesk:${HOST_A}:m_dam00001`,
      `vdesk:${HOST_B}:m_other0001`,
      'vdesk:desktop:m_dam00002',
      `vdesk:${HOST_A}:`,
      'verification-desk:identity',
      undefined,
    ]
    expect(copiesInDatabases(names, HOST_A)).toEqual(new Set(['m_dam00001']))
    expect(copiesInDatabases([], HOST_A)).toEqual(new Set())
  })
})
