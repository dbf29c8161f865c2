import * as Y from 'yjs'
import { Dossier, NotADossierError } from '../../shared/dossier'
import { openReplicaCache } from './replica-cache'
import { StorageUnavailableError } from './storage-error'

/** A dossier replica: its Y.Doc, the typed API over it and, when saved, its IndexedDB cache. */
export interface Replica {
  readonly dossier: Dossier
  /** True when this start created the dossier (first run on this device). */
  readonly seeded: boolean
  /** False when the browser refused storage and the editor chose to work without saving. */
  readonly persistent: boolean
  close(): Promise<void>
}

/**
 * Tabs of the same origin share the IndexedDB cache. Seeding must happen once, so the
 * read-then-seed step runs under a Web Lock; y-indexeddb queues the seed's writes before the lock
 * is released, and IndexedDB orders the next tab's read after them.
 */
const exclusively = async <T>(name: string, task: () => Promise<T>): Promise<T> => {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks
  if (locks === undefined) return task()
  return locks.request(name, task)
}

export const openPersistentReplica = (
  name: string,
  seed: (doc: Y.Doc) => Dossier,
): Promise<Replica> =>
  exclusively(`verification-desk:${name}`, async () => {
    const doc = new Y.Doc()
    const cache = await openReplicaCache(name, doc)
    if (cache.kind === 'none') {
      doc.destroy()
      throw new StorageUnavailableError(cache.problem)
    }
    const { persistence } = cache
    try {
      const { dossier, seeded } = openOrSeed(doc, seed)
      return {
        dossier,
        seeded,
        persistent: true,
        close: async () => {
          dossier.destroy()
          await persistence.destroy()
          doc.destroy()
        },
      }
    } catch (error) {
      void persistence.destroy().catch(() => undefined)
      doc.destroy()
      throw error
    }
  })

/** A replica that lives only in this page: used when the browser refuses storage. */
export const openMemoryReplica = (seed: (doc: Y.Doc) => Dossier): Replica => {
  const doc = new Y.Doc()
  const dossier = seed(doc)
  return {
    dossier,
    seeded: true,
    persistent: false,
    close: async () => {
      dossier.destroy()
      doc.destroy()
    },
  }
}

const openOrSeed = (
  doc: Y.Doc,
  seed: (doc: Y.Doc) => Dossier,
): { dossier: Dossier; seeded: boolean } => {
  try {
    return { dossier: Dossier.open(doc), seeded: false }
  } catch (error) {
    if (!(error instanceof NotADossierError)) throw error
    if (hasContent(doc)) throw error
    return { dossier: seed(doc), seeded: true }
  }
}

/** An empty cache reads as "not a dossier" too; only a cache with data in it is really foreign. */
const hasContent = (doc: Y.Doc): boolean => Y.encodeStateVector(doc).length > 1
