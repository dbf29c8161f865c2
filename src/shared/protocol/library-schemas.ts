import * as z from 'zod'
import { dossierIdSchema } from '../dossier/ids'
import { STATUS_LABELS } from '../dossier/views'
import { MAX_DOSSIER_BYTES } from './limits'

/**
 * What the library's trash and version methods send and return (rpc-trash-methods.ts,
 * rpc-version-methods.ts): the host's `TrashEntry`, `VersionInfo` and `VersionDiff`, as JSON.
 * Times are ISO strings, as they are there.
 */

const count = z.number().int().nonnegative()
const status = z.enum(STATUS_LABELS)

export const statusCountsSchema = z.object({
  unverified: count,
  confirmed: count,
  disputed: count,
  retracted: count,
  conflict: count,
})

/** A dossier in the trash: `trashId` is what `restore` and `emptyTrash` take. */
export const trashEntrySchema = z.object({
  /** `<dossier id>@<ms deleted>`; a dossier deleted twice has two entries. */
  trashId: z.string(),
  id: dossierIdSchema,
  title: z.string(),
  /** ISO time it was moved to the trash. */
  deletedAt: z.string(),
})
export type TrashEntryWire = z.infer<typeof trashEntrySchema>

/** A frozen version of a dossier ("published 28 Nov"), with its claim counts at that moment. */
export const versionSchema = z.object({
  /** v1, v2, ... */
  id: z.string().regex(/^v\d{1,9}$/),
  name: z.string(),
  /** ISO time it was frozen. */
  frozenAt: z.string(),
  claims: count,
  counts: statusCountsSchema,
})
export type VersionWire = z.infer<typeof versionSchema>

/** A claim as a comparison names it: its id, its 1-based number there, its text and status. */
export const claimRefSchema = z.object({
  id: z.string(),
  number: count,
  text: z.string(),
  status,
})

/** What changed from one state of a dossier to another (`compare`). */
export const versionDiffSchema = z.object({
  title: z.object({ from: z.string(), to: z.string() }).nullable(),
  added: z.array(claimRefSchema),
  removed: z.array(claimRefSchema),
  statusChanged: z.array(z.object({ claim: claimRefSchema, from: status, to: status })),
  textChanged: z.array(z.object({ claim: claimRefSchema, from: z.string(), to: z.string() })),
})
export type VersionDiffWire = z.infer<typeof versionDiffSchema>

/** A trash id from `trashList`, or a dossier id (its newest entry); unknown ones are `not-found`. */
export const trashRefSchema = z.string().min(1).max(200)

/** A version as `dossier versions` names it: its id (v2), number (2) or exact name. */
export const versionRefSchema = z.string().min(1).max(200)

/**
 * The largest frozen state the `version` method sends: a dossier's own size limit, as base64
 * well inside the RPC frame a replica accepts (REPLICA_FRAME_LIMITS.rpcBytes). A larger version
 * is answered `too-large`.
 */
export const MAX_VERSION_STATE_BYTES = MAX_DOSSIER_BYTES
export const versionStateSchema = z.base64().max(Math.ceil(MAX_VERSION_STATE_BYTES / 3) * 4)
