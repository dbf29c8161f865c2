import * as z from 'zod'
import { dossierIdSchema } from '../dossier/ids'
import { RELAY_MODES, RELAY_PROTOCOLS } from '../relay/relay-settings'
import { ROLES } from './roles'
import { count } from './rpc-method'

/**
 * What the sharing methods (rpc-sharing-methods.ts) send and return: a dossier's LAN session, its
 * members and invites, and its relay, as the Share panel and `dossier share` show them.
 */

/** A device's public key (hex), as member entries and invites name it. */
export const deviceKeySchema = z.string().regex(/^[0-9a-f]{64}$/)
/** What the CLI and the Share panel may call a member or an invite: a unique prefix of its key or id. */
export const memberOrInviteRef = z.string().regex(/^[0-9a-f]{4,64}$/)

export const inviteSummarySchema = z.object({
  id: z.string(),
  role: z.enum(ROLES),
  /** The whole link (verification-desk://join/...); only the inviting host ever shows it. */
  link: z.string(),
  /** ISO time, or null: until revoked. */
  expiresAt: z.string().nullable(),
  state: z.enum(['open', 'used', 'expired', 'revoked']),
  created: z.string(),
})
export type InviteSummary = z.infer<typeof inviteSummarySchema>

export const memberSummarySchema = z.object({
  key: deviceKeySchema,
  /** The short fingerprint shown beside the name (shortKey). */
  fingerprint: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  /** This host's own device. */
  you: z.boolean(),
  online: z.boolean(),
  /** Where this host reaches the member now (ip:port), when it does. */
  address: z.string().nullable(),
  admittedBy: z.string().nullable(),
})
export type MemberSummary = z.infer<typeof memberSummarySchema>

/** A dossier's relay as the Share panel and `dossier relay` show it; never its token. */
export const relayStatusSchema = z.object({
  url: z.string(),
  protocol: z.enum(RELAY_PROTOCOLS),
  mode: z.enum(RELAY_MODES),
  hasToken: z.boolean(),
  /** connecting, connected, retrying (after `retryInMs`), or stopped for a reason retrying cannot fix. */
  state: z.enum(['connecting', 'connected', 'retrying', 'stopped']),
  /** When the relay last sent this host anything (ISO), null before it ever did. */
  lastHeard: z.string().nullable(),
  retryInMs: count.nullable(),
  /** What went wrong last, in words; null when nothing has. */
  problem: z.string().nullable(),
})
export type RelayStatusWire = z.infer<typeof relayStatusSchema>

export const sharingSchema = z.object({
  dossierId: dossierIdSchema,
  shared: z.boolean(),
  /** Where this host's LAN endpoint listens (ip:port), empty when it does not. */
  listening: z.array(z.string()),
  /** Why the LAN endpoint or discovery is not working, in words; null when it is. */
  problem: z.string().nullable(),
  members: z.array(memberSummarySchema),
  invites: z.array(inviteSummarySchema),
  /** The relay the dossier syncs through besides the LAN, or null. */
  relay: relayStatusSchema.nullable(),
})
export type SharingWire = z.infer<typeof sharingSchema>
