import * as Y from 'yjs'
import { LIBRARY_ROOM } from '../../../shared/protocol/library-room'
import type { DocLease, DocProvider } from './doc-provider'

/**
 * The library room holds no dossier: an empty document per opening, never saved, so that the
 * hub (which answers RPC only on connections that joined a room) can serve library calls.
 */
export const withLibraryRoom = (docs: DocProvider): DocProvider => ({
  acquire: (dossierId): Promise<DocLease> => {
    if (dossierId !== LIBRARY_ROOM) return docs.acquire(dossierId)
    const doc = new Y.Doc()
    return Promise.resolve({ doc, release: () => doc.destroy() })
  },
})
