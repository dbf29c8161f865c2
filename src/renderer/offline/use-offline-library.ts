import { useEffect, useMemo, useState } from 'react'
import type { LibraryView } from '../app/use-library'
import {
  copiesInDatabases,
  loadDeviceCopies,
  loadLibrarySnapshot,
  saveLibrarySnapshot,
} from './library-snapshot'
import { offlineLibrary } from './offline-library'
import type { OfflineLibrary } from './offline-library'

/**
 * Keeps the host's library list in this browser whenever the host sends it, and gives back what
 * to show while the host is away (null while it is there).
 */
export const useOfflineLibrary = (scope: string, view: LibraryView): OfflineLibrary | null => {
  const { dossiers, link } = view
  // Read once per page: this page's own later lists come from the host, in `dossiers`.
  const [kept] = useState(() => loadLibrarySnapshot(scope))
  useEffect(() => {
    if (dossiers !== null) saveLibrarySnapshot(scope, dossiers)
  }, [scope, dossiers])
  const stored = useStoredCopies(scope)
  return useMemo(
    () =>
      offlineLibrary(
        link,
        dossiers,
        kept,
        new Set([...loadDeviceCopies(scope), ...stored]),
        new Date(),
      ),
    [link, dossiers, kept, scope, stored],
  )
}

const NONE: ReadonlySet<string> = new Set()

/** The dossiers whose IndexedDB copy exists here, as the browser lists its databases. */
const useStoredCopies = (scope: string): ReadonlySet<string> => {
  const [stored, setStored] = useState(NONE)
  useEffect(() => {
    let cancelled = false
    // Not every browser lists its databases; the copies noted since then still count.
    if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return
    indexedDB.databases().then(
      (databases) => {
        if (!cancelled)
          setStored(
            copiesInDatabases(
              databases.map(({ name }) => name),
              scope,
            ),
          )
      },
      () => undefined,
    )
    return () => {
      cancelled = true
    }
  }, [scope])
  return stored
}
