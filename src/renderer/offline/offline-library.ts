import type { DossierSummaryWire } from '../../shared/protocol'
import type { LinkState } from '../../shared/session'
import type { LibrarySnapshot } from './library-snapshot'

/** The library as shown while the host is away: this browser's copy of its last list. */
export interface OfflineLibrary {
  readonly dossiers: readonly DossierSummaryWire[]
  /** When the host last sent the list shown (ISO time). */
  readonly savedAt: string
  /** Ids of dossiers this browser holds a copy of; the others cannot be opened until the host is back. */
  readonly copies: ReadonlySet<string>
}

/**
 * What the library shows besides the host's own answer. Null while the host is live (or being
 * reached for the first time with nothing kept): the host's list is then the only truth. Once
 * the host cannot be reached, the list this page last had (from the host, or the kept copy) is
 * shown, with which dossiers can be opened here.
 */
export const offlineLibrary = (
  link: LinkState,
  fromHost: readonly DossierSummaryWire[] | null,
  kept: LibrarySnapshot | null,
  copies: ReadonlySet<string>,
  now: Date,
): OfflineLibrary | null => {
  if (link.kind !== 'offline') return null
  if (fromHost !== null) return { dossiers: fromHost, savedAt: now.toISOString(), copies }
  if (kept === null) return null
  return { dossiers: kept.dossiers, savedAt: kept.savedAt, copies }
}

/** The words a dossier of the offline list carries when it cannot be opened here. */
export const NOT_ON_DEVICE = 'Not on this device: it opens when the host is back.'

/** What the library's note says while the host is away. */
export const OFFLINE_LIBRARY_NOTE =
  'The host is not running; you are working on this device’s copies; changes are sent when it is back.'

/** What the editor is told about the host's own work (new, import, trash, versions, share, export). */
export const NEEDS_HOST =
  'This needs the host, which cannot be reached now. It works again once the host is back.'
