import type * as Y from 'yjs'
import { storeState } from 'y-indexeddb'
import type { IndexeddbPersistence } from 'y-indexeddb'
import { UPDATES_STORE } from './compact-updates'
import { isCompactionReply } from './compaction-messages'
import type { CompactionRequest } from './compaction-messages'

/** Stored updates past which they are merged into one (y-indexeddb's own threshold). */
export const COMPACT_AFTER_UPDATES = 500
/** Quiet time after the last update before merging: a burst is stored first, merged once. */
const QUIET_MS = 1_000

let worker: Worker | null | undefined
let nextId = 1
const waiting = new Map<number, (ok: boolean) => void>()

/** The page's one compaction worker; null where workers cannot run (then the page merges). */
const compactionWorker = (): Worker | null => {
  if (worker !== undefined) return worker
  try {
    worker = new Worker(new URL('./compaction-worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<unknown>) => {
      if (!isCompactionReply(event.data)) return
      const reply = event.data
      if (!reply.ok) console.warn(`merging the saved copy's updates failed: ${reply.error}`)
      waiting.get(reply.id)?.(reply.ok)
      waiting.delete(reply.id)
    }
    worker.onerror = () => {
      // A worker that cannot load (a policy, a missing file): the page merges from now on.
      worker?.terminate()
      worker = null
      for (const settle of waiting.values()) settle(false)
      waiting.clear()
    }
  } catch {
    worker = null
  }
  return worker
}

const compactInWorker = (name: string): Promise<boolean> => {
  const target = compactionWorker()
  if (target === null) return Promise.resolve(false)
  return new Promise((resolve) => {
    const request: CompactionRequest = { id: nextId++, name }
    waiting.set(request.id, resolve)
    target.postMessage(request)
  })
}

/**
 * Takes over storing `doc`'s updates from y-indexeddb so that merging them never runs on the
 * page's thread. y-indexeddb merges after 500 updates by reading back every update since it
 * opened (the first sync's whole document among them), applying them again and encoding the
 * document: about a second of frozen page for a 10,000-claim dossier, right after a burst of
 * remote changes. Here each update is appended as y-indexeddb would, and the merge is done by
 * the compaction worker (compact-updates.ts) on the stored bytes alone. Where no worker can
 * run, y-indexeddb's own merge is the fallback.
 */
export const compactInBackground = (
  name: string,
  doc: Y.Doc,
  persistence: IndexeddbPersistence,
): void => {
  doc.off('update', persistence._storeUpdate)
  let stored = persistence._dbsize
  let timer: ReturnType<typeof setTimeout> | null = null
  let running = false

  const compact = async (): Promise<void> => {
    timer = null
    if (running || persistence._destroyed) return
    running = true
    try {
      if (await compactInWorker(name)) stored = 1
      else if (!persistence._destroyed) {
        await storeState(persistence, true)
        // storeState leaves one entry but recounts only after its promise settles: its
        // _dbsize is still the count before the merge, which would merge again on every update.
        stored = 1
      }
    } finally {
      running = false
    }
  }

  const append = (update: Uint8Array, origin: unknown): void => {
    const db = persistence.db
    if (db === null || origin === persistence || persistence._destroyed) return
    db.transaction([UPDATES_STORE], 'readwrite').objectStore(UPDATES_STORE).add(update)
    if (++stored < COMPACT_AFTER_UPDATES) return
    if (timer !== null) clearTimeout(timer)
    timer = setTimeout(() => void compact(), QUIET_MS)
  }

  doc.on('update', append)
  doc.once('destroy', () => {
    doc.off('update', append)
    if (timer !== null) clearTimeout(timer)
  })
}
