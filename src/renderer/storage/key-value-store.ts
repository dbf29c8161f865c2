import { StorageUnavailableError, describeError } from './storage-error'

/** A single IndexedDB object store used as a small key-value table (device identity, settings). */
export interface KeyValueStore {
  get(key: string): Promise<unknown>
  put(key: string, value: unknown): Promise<void>
  /** Writes only if the key is absent; resolves false if another tab got there first. */
  add(key: string, value: unknown): Promise<boolean>
  close(): void
}

const STORE = 'values'

const request = <T>(req: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'))
  })

export const openKeyValueStore = async (name: string): Promise<KeyValueStore> => {
  if (typeof indexedDB === 'undefined' || indexedDB === null) {
    throw new StorageUnavailableError('IndexedDB is not available')
  }
  let db: IDBDatabase
  try {
    const open = indexedDB.open(name, 1)
    open.onupgradeneeded = () => open.result.createObjectStore(STORE)
    db = await request(open)
  } catch (error) {
    throw new StorageUnavailableError(`opening IndexedDB failed: ${describeError(error)}`)
  }
  const store = (mode: IDBTransactionMode): IDBObjectStore =>
    db.transaction(STORE, mode).objectStore(STORE)
  return {
    get: (key) => request(store('readonly').get(key)),
    put: async (key, value) => {
      await request(store('readwrite').put(value, key))
    },
    add: async (key, value) => {
      try {
        await request(store('readwrite').add(value, key))
        return true
      } catch (error) {
        if (error instanceof DOMException && error.name === 'ConstraintError') return false
        throw error
      }
    },
    close: () => db.close(),
  }
}
