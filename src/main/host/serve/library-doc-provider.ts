import type { Library } from '../library/library'
import { UnknownDossierError } from '../sync/doc-provider'
import type { DocLease, DocProvider } from '../sync/doc-provider'

/**
 * The library as the hub's document source: each lease is a library handle, so every change a
 * replica sends is appended to the dossier's log, and `persisted` resolves once it is fsynced.
 */
export const libraryDocProvider = (
  library: Library,
  onError: (error: unknown) => void,
): DocProvider => ({
  async acquire(dossierId: string): Promise<DocLease> {
    if (!(await library.exists(dossierId))) throw new UnknownDossierError(dossierId)
    const handle = await library.open(dossierId)
    return {
      doc: handle.doc,
      release: () => {
        handle.close().catch(onError)
      },
      persisted: () => handle.flush(),
    }
  },
})
