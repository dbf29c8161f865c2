import * as z from 'zod'
import { dossierIdSchema } from '../dossier/ids'
import {
  versionDiffSchema,
  versionRefSchema,
  versionSchema,
  versionStateSchema,
} from './library-schemas'
import { defineRpcMethod } from './rpc-method'

/** A dossier's frozen versions: freezing one, reading one back, and comparing two states. */
export const VERSION_METHODS = {
  /** A dossier's frozen versions, oldest first. */
  versions: defineRpcMethod({
    mutates: false,
    params: z.strictObject({ id: dossierIdSchema }),
    result: z.object({ versions: z.array(versionSchema) }),
  }),
  /** Freezes the dossier's current state as a named version. */
  freeze: defineRpcMethod({
    mutates: true,
    params: z.strictObject({ id: dossierIdSchema, name: z.string().min(1).max(200) }),
    result: z.object({ version: versionSchema }),
  }),
  /**
   * A frozen version's whole state, as one Yjs update (base64) to apply to an empty Y.Doc and
   * open read-only. One larger than MAX_VERSION_STATE_BYTES is answered `too-large`.
   */
  version: defineRpcMethod({
    mutates: false,
    params: z.strictObject({ id: dossierIdSchema, version: versionRefSchema }),
    result: z.object({ version: versionSchema, state: versionStateSchema }),
  }),
  /** What changed from `from` to `to`: each a version ref, or `current` (the dossier now). */
  compare: defineRpcMethod({
    mutates: false,
    params: z.strictObject({ id: dossierIdSchema, from: versionRefSchema, to: versionRefSchema }),
    result: z.object({ diff: versionDiffSchema }),
  }),
}
