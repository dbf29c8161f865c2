import type * as Y from 'yjs'
import { IndexeddbPersistence } from 'y-indexeddb'

/** This device's copy of a replica, or why there is none. */
export type ReplicaCache =
  | { readonly kind: 'saved'; readonly persistence: IndexeddbPersistence }
  | { readonly kind: 'none'; readonly problem: string }

const DEFAULT_TIMEOUT_MS = 15_000

const describe = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

/**
 * Loads the device's copy of `doc` from IndexedDB (y-indexeddb) and keeps it up to date from
 * then on. A browser that refuses storage, or an IndexedDB that does not answer, leaves the
 * replica without a copy rather than without a dossier: the host still has it.
 */
export const openReplicaCache = async (
  name: string,
  doc: Y.Doc,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<ReplicaCache> => {
  if (typeof indexedDB === 'undefined' || indexedDB === null) {
    return { kind: 'none', problem: 'this browser does not offer IndexedDB' }
  }
  let persistence: IndexeddbPersistence
  try {
    persistence = new IndexeddbPersistence(name, doc)
  } catch (error) {
    return { kind: 'none', problem: describe(error) }
  }
  let timer: ReturnType<typeof setTimeout> | undefined
  const outcome = await Promise.race([
    persistence.whenSynced.then(() => null),
    persistence._db.then(
      () => new Promise<never>(() => {}),
      (error: unknown) => `IndexedDB could not be opened: ${describe(error)}`,
    ),
    new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve('IndexedDB did not answer'), timeoutMs)
    }),
  ])
  clearTimeout(timer)
  if (outcome === null) return { kind: 'saved', persistence }
  void persistence.destroy().catch(() => undefined)
  return { kind: 'none', problem: outcome }
}
