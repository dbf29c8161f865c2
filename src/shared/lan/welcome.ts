import * as z from 'zod'
import { canonicalIp } from './ip-address'
import { MAX_INVITE_ADDRESSES } from './invite'
import type { LanAddress } from './invite'

/**
 * The first frame each side sends over an admitted LAN connection, before any sync frame
 * (docs/lan.md, "Sessions"). The listener's carries the dossier's session secret, so that a
 * joiner can later reach every member; both carry where their sender listens and the addresses
 * it knows for the other members, so the mesh finds itself without a server.
 */
export interface LanWelcome {
  readonly version: 1
  /** The sender's display name: a joiner is admitted under it. */
  readonly name?: string
  /** Hex, 32 bytes: the session secret; only the listener sends it. */
  readonly sessionSecret?: string
  /** Where the sender's LAN endpoint listens. */
  readonly listening: readonly LanAddress[]
  /** Other members the sender knows how to reach, by device key. */
  readonly members: readonly { readonly key: string; readonly addresses: readonly LanAddress[] }[]
}

/** At most this many members are passed on: a welcome stays a small frame. */
export const MAX_WELCOME_MEMBERS = 64

const addressSchema = z.strictObject({
  host: z.string().refine((host) => canonicalIp(host) === host, 'an IP address in canonical form'),
  port: z.number().int().min(1).max(65535),
})
const addressesSchema = z.array(addressSchema).max(MAX_INVITE_ADDRESSES)

export const lanWelcomeSchema = z.strictObject({
  version: z.literal(1),
  name: z.string().trim().min(1).max(200).optional(),
  sessionSecret: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  listening: addressesSchema,
  members: z
    .array(z.strictObject({ key: z.string().regex(/^[0-9a-f]{64}$/), addresses: addressesSchema }))
    .max(MAX_WELCOME_MEMBERS),
})

export const encodeWelcome = (welcome: LanWelcome): Uint8Array =>
  new TextEncoder().encode(JSON.stringify(lanWelcomeSchema.parse(welcome)))

export type WelcomeRead =
  | { readonly ok: true; readonly welcome: LanWelcome }
  | { readonly ok: false; readonly reason: string }

/** Reads a welcome frame; never throws. */
export const readWelcome = (bytes: Uint8Array): WelcomeRead => {
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    return { ok: false, reason: 'the welcome is not JSON text' }
  }
  const parsed = lanWelcomeSchema.safeParse(json)
  if (!parsed.success)
    return { ok: false, reason: `the welcome does not read: ${parsed.error.issues[0]?.message}` }
  return { ok: true, welcome: parsed.data }
}
