import type * as Y from 'yjs'
import { IndexeddbPersistence } from 'y-indexeddb'
import { compactInBackground } from './background-compaction'
import { describeError } from './storage-error'

/** This device's copy of a replica, or why there is none. */
export type ReplicaCache =
  | { readonly kind: 'saved'; readonly persistence: IndexeddbPersistence }
  | { readonly kind: 'none'; readonly problem: string }

/** How long a silent IndexedDB may take before we say so instead of waiting forever. */
const DEFAULT_TIMEOUT_MS = 15_000

/**
 * Loads the device's copy of `doc` from IndexedDB (y-indexeddb) and keeps it up to date from
 * then on; the one way the renderer opens a replica's cache (a dossier synced with a host, and
 * the sample dossier on its own). A browser that refuses storage, or an IndexedDB that does not
 * answer, is reported as a problem, never thrown: each caller decides what that costs.
 */
export const openReplicaCache = async (
  name: string,
  doc: Y.Doc,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<ReplicaCache> => {
  if (typeof indexedDB === 'undefined' || indexedDB === null) {
    return { kind: 'none', problem: 'IndexedDB is not available' }
  }
  let persistence: IndexeddbPersistence
  try {
    persistence = new IndexeddbPersistence(name, doc)
  } catch (error) {
    return { kind: 'none', problem: `opening IndexedDB failed: ${describeError(error)}` }
  }
  let timer: ReturnType<typeof setTimeout> | undefined
  const outcome = await Promise.race([
    persistence.whenSynced.then(() => null),
    persistence._db.then(
      () => new Promise<never>(() => {}),
      (error: unknown) => `opening IndexedDB failed: ${describeError(error)}`,
    ),
    new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve('IndexedDB did not answer'), timeoutMs)
    }),
  ])
  clearTimeout(timer)
  if (outcome === null) {
    compactInBackground(name, doc, persistence)
    return { kind: 'saved', persistence }
  }
  void persistence.destroy().catch(() => undefined)
  return { kind: 'none', problem: outcome }
}
