import * as z from 'zod'
import { KEY_PROTECTION_KINDS } from '../identity/key-protection-words'
import { roomSchema } from './library-room'
import { ROLES } from './roles'
import { count, defineRpcMethod } from './rpc-method'

/**
 * Methods about the host and the caller's connection rather than any one dossier. The hub answers
 * `peers`, `flush` and `ping` itself (HUB_METHODS); `keyProtection` comes from the library.
 */

export const peerSchema = z.object({
  connection: z.string(),
  dossierId: roomSchema,
  role: z.enum(ROLES),
  transport: z.string(),
  /** The awareness client ids this connection speaks for, with what each says about itself. */
  clients: z.array(
    z.object({
      clientId: count,
      name: z.string().nullable(),
      claimId: z.string().nullable(),
    }),
  ),
})
export type Peer = z.infer<typeof peerSchema>

export const HOST_METHODS = {
  /** Who is connected to the host, to which dossier, and which claim each has open. */
  peers: defineRpcMethod({
    mutates: false,
    params: z.strictObject({ dossierId: roomSchema.optional() }),
    result: z.object({ peers: z.array(peerSchema) }),
  }),
  /**
   * Resolves once every update this connection sent before the request is durable: the
   * acknowledgement y-protocols does not have. Answered `not-durable` when storing one failed.
   */
  flush: defineRpcMethod({
    mutates: false,
    params: z.strictObject({}),
    result: z.object({
      /** Updates of this connection made durable so far. */
      updates: count,
      /** Updates still waiting for changes they build on: applied and stored once those arrive. */
      waiting: count,
    }),
  }),
  /**
   * How the host keeps its device's signing key (`identity.json`): sealed by the system keychain,
   * or in a file only its owner can read; `problem` says why sealing or opening it failed.
   */
  keyProtection: defineRpcMethod({
    mutates: false,
    params: z.strictObject({}),
    result: z.object({
      kind: z.enum(KEY_PROTECTION_KINDS),
      problem: z.string().max(2000).nullable(),
    }),
  }),
  /**
   * Answers at once and changes nothing: a replica that has heard nothing from the host for a
   * while asks, to tell a quiet host from a network that went silent without closing the socket.
   */
  ping: defineRpcMethod({
    mutates: false,
    params: z.strictObject({}),
    result: z.object({}),
  }),
}
