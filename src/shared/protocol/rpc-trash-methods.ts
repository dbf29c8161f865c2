import * as z from 'zod'
import { dossierIdSchema } from '../dossier/ids'
import { dossierSummarySchema } from './dossier-summary'
import { trashEntrySchema, trashRefSchema } from './library-schemas'
import { count, defineRpcMethod } from './rpc-method'

/** The library's trash: a trashed dossier keeps its versions and can come back until emptied. */
export const TRASH_METHODS = {
  /**
   * Moves a dossier, with its versions, to the trash. Refused (`busy`) while other connections
   * have it open, and (`conflict`) while it is shared on the LAN or relayed: stop that first.
   */
  trash: defineRpcMethod({
    mutates: true,
    params: z.strictObject({ id: dossierIdSchema }),
    result: z.object({ entry: trashEntrySchema }),
  }),
  /** What the trash holds, newest first. */
  trashList: defineRpcMethod({
    mutates: false,
    params: z.strictObject({}),
    result: z.object({ entries: z.array(trashEntrySchema) }),
  }),
  /** Brings a trash entry (or a dossier id's newest one) back into the library. */
  restore: defineRpcMethod({
    mutates: true,
    params: z.strictObject({ entry: trashRefSchema }),
    result: z.object({ dossier: dossierSummarySchema }),
  }),
  /** Deletes one trash entry for good, or (without `entry`) the whole trash. */
  emptyTrash: defineRpcMethod({
    mutates: true,
    params: z.strictObject({ entry: trashRefSchema.optional() }),
    result: z.object({ removed: count }),
  }),
}
