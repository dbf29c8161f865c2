import * as z from 'zod'
import { dossierIdSchema } from '../dossier/ids'

/**
 * The room a replica joins for library operations (list, import) before any dossier is open: the
 * hub answers RPC only on a connection that joined a room. It cannot collide with a dossier id
 * (those start with `m_`), and the host serves it as an empty, unsaved document.
 */
export const LIBRARY_ROOM = 'library'

/** What a connection may join (a sync path, the IPC's `connect`): a dossier or the library room. */
export const roomSchema = z.union([dossierIdSchema, z.literal(LIBRARY_ROOM)])
