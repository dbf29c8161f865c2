import { formatTime } from '../logic/format'
import { OFFLINE_LIBRARY_NOTE } from './offline-library'
import type { OfflineLibrary } from './offline-library'

/** Above the library while the host is away: what the editor is working on, and what waits. */
export const OfflineNote = ({ offline }: { readonly offline: OfflineLibrary }) => (
  <div className="banner banner-warning offline-note" role="note">
    <p>{OFFLINE_LIBRARY_NOTE}</p>
    <p>
      The list is as the host last sent it ({formatTime(offline.savedAt)}). New dossiers, imports,
      the trash, versions, sharing and export need the host.
    </p>
  </div>
)
