import type { Library } from '../library/library'
import { UnknownDossierError } from '../sync/doc-provider'
import type { DocLease, DocProvider } from '../sync/doc-provider'
import { WarmDossiers } from './warm-dossiers'

/** The library's document source, which can also let a dossier it keeps warm go at once. */
export interface LibraryDocProvider extends DocProvider {
  /** Closes `id` (saved) if it is only kept warm; resolves once it is closed. */
  release(id: string): Promise<void>
}

/**
 * The library as the hub's document source: each lease is a library handle, so every change a
 * replica sends is appended to the dossier's log, and `persisted` resolves once it is fsynced.
 * A released dossier stays loaded a while (`warm`), so the next connection does not pay a full
 * open.
 */
export const libraryDocProvider = (
  library: Library,
  onError: (error: unknown) => void,
  warm: WarmDossiers = new WarmDossiers({}, onError),
): LibraryDocProvider => ({
  release: (id) => warm.release(id),
  async acquire(dossierId: string): Promise<DocLease> {
    let handle = await warm.take(dossierId)
    if (handle === undefined) {
      if (!(await library.exists(dossierId))) throw new UnknownDossierError(dossierId)
      handle = await library.open(dossierId)
    }
    const held = handle
    return {
      doc: held.doc,
      release: () => warm.keep(held),
      persisted: () => held.flush(),
    }
  },
})
