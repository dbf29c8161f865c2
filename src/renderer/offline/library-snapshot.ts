import * as z from 'zod'
import { dossierSummarySchema } from '../../shared/protocol'
import type { DossierSummaryWire } from '../../shared/protocol'
import { replicaCacheName } from '../sync/host-connection'

/**
 * What this browser last saw of a host's library, kept so that a tab opened while the host is
 * down still lists the dossiers (docs/ui.md): per host address, in localStorage, which a page
 * reads at once (no IndexedDB round trip before the list can be drawn).
 */
export interface LibrarySnapshot {
  readonly dossiers: readonly DossierSummaryWire[]
  /** When the host sent this list (ISO time). */
  readonly savedAt: string
}

const snapshotSchema = z.object({
  dossiers: z.array(dossierSummarySchema),
  savedAt: z.string(),
})

/** Dossier ids whose copy this browser holds (it opened them from this host). */
const copiesSchema = z.array(z.string())

/** The small part of localStorage this needs, so tests can hand in a Map-backed one. */
export type SnapshotStorage = Pick<Storage, 'getItem' | 'setItem'>

export const librarySnapshotKey = (scope: string): string => `vdesk:library:${scope}`
export const deviceCopiesKey = (scope: string): string => `vdesk:copies:${scope}`

const browserStorage = (): SnapshotStorage | null => {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/** Parsed and checked: a damaged or foreign entry reads as nothing kept, never as a crash. */
const read = <T>(storage: SnapshotStorage | null, key: string, schema: z.ZodType<T>): T | null => {
  try {
    const text = storage?.getItem(key) ?? null
    if (text === null) return null
    const parsed = schema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** A full or refused storage costs only the offline list, so writing never throws. */
const write = (storage: SnapshotStorage | null, key: string, value: unknown): void => {
  try {
    storage?.setItem(key, JSON.stringify(value))
  } catch {
    // Nothing to do: the list is shown from the host as usual.
  }
}

export const loadLibrarySnapshot = (
  scope: string,
  storage = browserStorage(),
): LibrarySnapshot | null => read(storage, librarySnapshotKey(scope), snapshotSchema)

export const saveLibrarySnapshot = (
  scope: string,
  dossiers: readonly DossierSummaryWire[],
  now = new Date(),
  storage = browserStorage(),
): void => write(storage, librarySnapshotKey(scope), { dossiers, savedAt: now.toISOString() })

export const loadDeviceCopies = (scope: string, storage = browserStorage()): ReadonlySet<string> =>
  new Set(read(storage, deviceCopiesKey(scope), copiesSchema) ?? [])

/** Notes that this browser holds a copy of `dossierId` (from then on it opens without the host). */
export const noteDeviceCopy = (
  scope: string,
  dossierId: string,
  storage = browserStorage(),
): void => {
  const copies = loadDeviceCopies(scope, storage)
  if (copies.has(dossierId)) return
  write(storage, deviceCopiesKey(scope), [...copies, dossierId])
}

/**
 * Ids of the dossiers whose IndexedDB copy (`replicaCacheName`) exists in this browser for this
 * host: copies made before this browser noted them (the desk kept no note then) count too.
 */
export const copiesInDatabases = (
  names: readonly (string | undefined)[],
  scope: string,
): ReadonlySet<string> => {
  const prefix = replicaCacheName(scope, '')
  return new Set(
    names.flatMap((name) =>
      name !== undefined && name.startsWith(prefix) && name.length > prefix.length
        ? [name.slice(prefix.length)]
        : [],
    ),
  )
}
