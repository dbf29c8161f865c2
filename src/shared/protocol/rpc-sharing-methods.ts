import * as z from 'zod'
import { dossierIdSchema } from '../dossier/ids'
import { relaySettingsSchema } from '../relay/relay-settings'
import { dossierSummarySchema } from './dossier-summary'
import { ROLES } from './roles'
import { defineRpcMethod } from './rpc-method'
import { inviteSummarySchema, memberOrInviteRef, sharingSchema } from './sharing-schemas'

export const SHARING_METHODS = {
  /**
   * LAN sessions (docs/lan.md). `share` starts sharing (the host's LAN endpoint listens from then
   * on, across restarts, until `unshare`) and makes an invite; the link names the dossier, the
   * role, this device and the addresses actually listened on.
   */
  share: defineRpcMethod({
    mutates: true,
    params: z.strictObject({
      id: dossierIdSchema,
      role: z.enum(ROLES).default('editor'),
      /** Milliseconds from now; absent, the invite lasts until revoked. */
      expiresInMs: z
        .number()
        .int()
        .positive()
        .max(366 * 24 * 3600 * 1000)
        .optional(),
    }),
    result: z.object({ invite: inviteSummarySchema, sharing: sharingSchema }),
  }),
  /** Stops sharing: the LAN endpoint stops serving this dossier; members keep their copies. */
  unshare: defineRpcMethod({
    mutates: true,
    params: z.strictObject({ id: dossierIdSchema }),
    result: z.object({ sharing: sharingSchema }),
  }),
  /**
   * Joins with an invite link: brings the dossier into this library and keeps it syncing. A join
   * that fails is answered with a code (`invite-invalid`, `invite-expired`, `invite-refused`,
   * `unreachable`) and a message in words naming what was tried.
   */
  join: defineRpcMethod({
    mutates: true,
    // The LAN's addresses in turn, then a sealed relay: the inviter's answer (up to a minute)
    // and the dossier's first sync (up to another).
    timeoutMs: 300_000,
    params: z.strictObject({ link: z.string().min(1).max(4096) }),
    result: z.object({ dossier: dossierSummarySchema, sharing: sharingSchema }),
  }),
  /** Who is in a dossier's LAN session and which invites are open: the Share panel's content. */
  sharing: defineRpcMethod({
    mutates: false,
    params: z.strictObject({ id: dossierIdSchema }),
    result: z.object({ sharing: sharingSchema }),
  }),
  /**
   * Revokes an unused invite, or removes a member (a signed entry; every host then closes that
   * device's connections and stops offering its pair secrets, so its handshakes fail at once).
   */
  revoke: defineRpcMethod({
    mutates: true,
    params: z.strictObject({ id: dossierIdSchema, target: memberOrInviteRef }),
    result: z.object({ revoked: z.enum(['invite', 'member']), sharing: sharingSchema }),
  }),
  /** Changes a member's role (a signed entry every host enforces). */
  role: defineRpcMethod({
    mutates: true,
    params: z.strictObject({
      id: dossierIdSchema,
      member: memberOrInviteRef,
      role: z.enum(ROLES),
    }),
    result: z.object({ sharing: sharingSchema }),
  }),
  /**
   * Syncs the dossier through a relay (`settings`), or stops (`null`). A dossier this library
   * lacks is fetched from the relay first (plain mode only). Kept across restarts.
   */
  relay: defineRpcMethod({
    mutates: true,
    params: z.strictObject({ id: dossierIdSchema, settings: relaySettingsSchema.nullable() }),
    result: z.object({ sharing: sharingSchema }),
  }),
}
