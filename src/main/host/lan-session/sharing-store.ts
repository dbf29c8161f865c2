import * as path from 'node:path'
import * as z from 'zod'
import { ROLES, dossierIdSchema } from '../../../shared/protocol'
import { JsonSettingsFile } from '../store/json-settings-file'
import type { SettingsLoad } from '../store/json-settings-file'

/**
 * What this host shares on the LAN, per dossier: `<library>/lan/sharing.json` (0600). It holds
 * secrets (the session secret, the invites' secrets), so only its owner may read it; it is
 * replaced atomically, and a file that does not read is set aside, never overwritten.
 */

const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`))
const addressSchema = z.strictObject({ host: z.string(), port: z.number().int().min(1).max(65535) })

const inviteRecordSchema = z.strictObject({
  id: hex(8),
  secret: hex(32),
  role: z.enum(ROLES),
  created: z.string(),
  expiresAt: z.number().int().nullable(),
  state: z.enum(['open', 'used', 'revoked']),
  /** The link as it was given out, so the inviting host can show it again. */
  link: z.string(),
})
export type InviteRecord = z.infer<typeof inviteRecordSchema>

const sharedDossierSchema = z.strictObject({
  sessionSecret: hex(32),
  invites: z.array(inviteRecordSchema),
  /** Where each member's LAN endpoint was last known to listen, by device key. */
  addresses: z.record(hex(32), z.array(addressSchema)),
})
export type SharedDossier = z.infer<typeof sharedDossierSchema>

const sharingFileSchema = z.strictObject({
  version: z.literal(1),
  dossiers: z.record(dossierIdSchema, sharedDossierSchema),
})
export type SharingFile = z.infer<typeof sharingFileSchema>

export const SHARING_FILE = path.join('lan', 'sharing.json')

export type SharingLoad = SettingsLoad<SharingFile>

const EMPTY: SharingFile = { version: 1, dossiers: {} }

/** `<library>/lan/sharing.json`, read and written by `JsonSettingsFile`. */
export class SharingStore extends JsonSettingsFile<SharingFile> {
  constructor(readonly libraryDir: string) {
    super(
      path.join(libraryDir, SHARING_FILE),
      sharingFileSchema,
      EMPTY,
      'share the dossiers again',
      'the LAN sharing state',
    )
  }
}
