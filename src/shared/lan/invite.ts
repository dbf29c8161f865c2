import { bytesToHex, randomBytes } from '@noble/hashes/utils.js'
import * as z from 'zod'
import { ROLES, dossierIdSchema } from '../protocol'
import type { Role } from '../protocol'
import { RELAY_MODES, RELAY_PROTOCOLS, relayUrlSchema } from '../relay/relay-settings'
import type { RelayMode, RelayProtocol } from '../relay/relay-settings'
import { canonicalIp } from './ip-address'

/** The invite format this build writes and reads; a newer one is refused with words, not bytes. */
export const INVITE_VERSION = 1
export const INVITE_SECRET_BYTES = 32
export const INVITE_ID_BYTES = 8
/** More would not fit a scannable QR code; an inviter lists its best few. */
export const MAX_INVITE_ADDRESSES = 6

/** A relay's address or token longer than this does not go in an invite (the QR code). */
export const MAX_INVITE_RELAY_TEXT = 256

/**
 * The relay the dossier syncs through, so that a joiner whom no member's host can reach on the
 * LAN gets the dossier from the relay alone (docs/relay.md, "Joining through a relay"). Sealed,
 * the joiner first asks the inviter's host, through the relay, for the session secret.
 */
export interface InviteRelay {
  readonly url: string
  readonly protocol: RelayProtocol
  readonly mode: RelayMode
  readonly token?: string
}

/** Where the inviter listens: an IP literal (no host names: nothing to resolve on a LAN) and a port. */
export interface LanAddress {
  readonly host: string
  readonly port: number
}

/**
 * What it takes to join a dossier on the LAN: the secret proves the joiner was invited (it keys
 * the Noise handshake, see docs/lan.md), the rest says where to go and whom to expect there.
 */
export interface Invite {
  readonly version: typeof INVITE_VERSION
  /** Random, 16 hex characters: names the invite in lists and in revocation, reveals nothing. */
  readonly id: string
  readonly secret: Uint8Array
  readonly dossierId: string
  readonly role: Role
  /** The inviter's device public key (hex): the joiner accepts no one else at these addresses. */
  readonly inviter: string
  readonly addresses: readonly LanAddress[]
  /** Milliseconds since the epoch; absent, the invite lasts until revoked. */
  readonly expiresAt?: number
  readonly relay?: InviteRelay
}

const inviteRelaySchema = z.strictObject({
  url: relayUrlSchema.refine(
    (url) => new TextEncoder().encode(url).length <= MAX_INVITE_RELAY_TEXT,
    `at most ${MAX_INVITE_RELAY_TEXT} bytes`,
  ),
  protocol: z.enum(RELAY_PROTOCOLS),
  mode: z.enum(RELAY_MODES),
  token: z
    .string()
    .min(1)
    .refine((token) => new TextEncoder().encode(token).length <= MAX_INVITE_RELAY_TEXT)
    .optional(),
})

const lanAddressSchema = z.strictObject({
  host: z.string().refine((host) => canonicalIp(host) === host, 'an IP address in canonical form'),
  port: z.number().int().min(1).max(65535),
})

export const inviteSchema = z.strictObject({
  version: z.literal(INVITE_VERSION),
  id: z.string().regex(new RegExp(`^[0-9a-f]{${2 * INVITE_ID_BYTES}}$`)),
  secret: z.instanceof(Uint8Array).refine((secret) => secret.length === INVITE_SECRET_BYTES, {
    message: `${INVITE_SECRET_BYTES} bytes`,
  }),
  dossierId: dossierIdSchema,
  role: z.enum(ROLES),
  inviter: z.string().regex(/^[0-9a-f]{64}$/),
  addresses: z.array(lanAddressSchema).min(1).max(MAX_INVITE_ADDRESSES),
  expiresAt: z
    .number()
    .int()
    .nonnegative()
    .max(2 ** 48 - 1)
    .optional(),
  relay: inviteRelaySchema.optional(),
})

export interface NewInvite {
  readonly dossierId: string
  readonly role: Role
  readonly inviter: string
  readonly addresses: readonly LanAddress[]
  readonly expiresAt?: number
  readonly relay?: InviteRelay
}

/** A fresh invite: a new id and 256 random bits of secret. Throws on fields no invite may carry. */
export const createInvite = (fields: NewInvite): Invite =>
  inviteSchema.parse({
    version: INVITE_VERSION,
    id: bytesToHex(randomBytes(INVITE_ID_BYTES)),
    secret: randomBytes(INVITE_SECRET_BYTES),
    ...fields,
    addresses: fields.addresses.map((address) => ({
      host: canonicalIp(address.host) ?? address.host,
      port: address.port,
    })),
  })

/** `192.168.1.20:41234` or `[fe80::1]:41234`, as a person reads it and as error messages say it. */
export const formatLanAddress = ({ host, port }: LanAddress): string =>
  host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`
