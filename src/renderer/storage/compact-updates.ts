import * as Y from 'yjs'

/** y-indexeddb's store of a replica's updates (its layout: one autoincremented key per update). */
export const UPDATES_STORE = 'updates'

export interface CompactionResult {
  /** Entries replaced by the one merged entry (0: nothing worth doing). */
  readonly merged: number
  readonly bytes: number
}

/**
 * Replaces every update stored for a replica by one merged update, inside one IndexedDB
 * transaction: the read, the merge (synchronous, so the transaction stays open) and the writes.
 * Updates other tabs append meanwhile wait for it and land after the merged one; none is lost,
 * since `Y.mergeUpdates` keeps everything any of them holds. Runs in the compaction worker, so
 * the page never re-encodes a 5 MB document on its own thread.
 */
export const compactStoredUpdates = (db: IDBDatabase): Promise<CompactionResult> =>
  new Promise((resolve, reject) => {
    const transaction = db.transaction([UPDATES_STORE], 'readwrite')
    const store = transaction.objectStore(UPDATES_STORE)
    let result: CompactionResult = { merged: 0, bytes: 0 }
    const keysRequest = store.getAllKeys()
    const valuesRequest = store.getAll()
    valuesRequest.onsuccess = () => {
      const keys = keysRequest.result as IDBValidKey[]
      const values = valuesRequest.result as unknown[]
      // Anything that is not an update is left alone under its key, and the updates around it
      // are merged all the same: one such value must not stop the store from ever shrinking.
      // Updates commute, so the merged one may land after it.
      const updateKeys = keys.filter((_, at) => values[at] instanceof Uint8Array)
      if (updateKeys.length < 2) return
      const merged = Y.mergeUpdates(
        values.filter((value): value is Uint8Array => value instanceof Uint8Array),
      )
      store.add(merged)
      if (updateKeys.length === keys.length) store.delete(IDBKeyRange.upperBound(keys.at(-1)!))
      else for (const key of updateKeys) store.delete(key)
      result = { merged: updateKeys.length, bytes: merged.length }
    }
    transaction.oncomplete = () => resolve(result)
    transaction.onerror = () => reject(transaction.error ?? new Error('the compaction failed'))
    transaction.onabort = () => reject(transaction.error ?? new Error('the compaction was aborted'))
  })

/** Opens a replica's existing database (never creates one: the page's persistence owns that). */
export const openUpdatesDatabase = (name: string): Promise<IDBDatabase | null> =>
  new Promise((resolve, reject) => {
    const request = indexedDB.open(name)
    request.onupgradeneeded = () => request.transaction?.abort()
    request.onsuccess = () => {
      const db = request.result
      if (db.objectStoreNames.contains(UPDATES_STORE)) resolve(db)
      else {
        db.close()
        resolve(null)
      }
    }
    request.onerror = () => {
      // An aborted upgrade: the database did not exist.
      if (request.error?.name === 'AbortError') resolve(null)
      else reject(request.error ?? new Error(`could not open ${name}`))
    }
  })
