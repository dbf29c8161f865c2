import type * as z from 'zod'
import { DOSSIER_METHODS } from './rpc-dossier-methods'
import { HOST_METHODS } from './rpc-host-methods'
import { SHARING_METHODS } from './rpc-sharing-methods'
import { TRASH_METHODS } from './rpc-trash-methods'
import { VERSION_METHODS } from './rpc-version-methods'

/**
 * The RPC methods every replica may call on the host, with their params and results. It names no
 * implementation: the hub answers `peers`, `flush` and `ping` itself and hands the library methods to
 * whoever hosts the library. Params are checked strictly (an unknown key is an error, so a typo
 * does not silently do something else); results drop keys they do not name.
 *
 * Each area declares its methods in its own module (rpc-*-methods.ts, with the wire shapes in
 * dossier-summary.ts, sharing-schemas.ts and library-schemas.ts); this one assembles them and is
 * what the rest of the app imports.
 */

export { dossierIdSchema } from '../dossier/ids'
export { dossierSummarySchema } from './dossier-summary'
export type { DossierSummaryWire } from './dossier-summary'
export { peerSchema } from './rpc-host-methods'
export type { Peer } from './rpc-host-methods'
export {
  inviteSummarySchema,
  memberSummarySchema,
  relayStatusSchema,
  sharingSchema,
} from './sharing-schemas'
export type { InviteSummary, MemberSummary, RelayStatusWire, SharingWire } from './sharing-schemas'
export { EXPORT_FORMATS } from './rpc-dossier-methods'
export type { ExportFormat } from './rpc-dossier-methods'

const { peers, ...otherHostMethods } = HOST_METHODS

export const RPC_CONTRACT = {
  ...DOSSIER_METHODS,
  ...TRASH_METHODS,
  ...VERSION_METHODS,
  // `peers` before the sharing methods keeps RPC_METHODS in the order it has always had.
  peers,
  ...SHARING_METHODS,
  ...otherHostMethods,
}

export type RpcContract = typeof RPC_CONTRACT
export type RpcMethod = keyof RpcContract
export const RPC_METHODS = Object.keys(RPC_CONTRACT) as RpcMethod[]

/** What a caller passes (defaults not yet applied). */
export type RpcParamsInput<M extends RpcMethod> = z.input<RpcContract[M]['params']>
/** What a handler receives, validated. */
export type RpcParams<M extends RpcMethod> = z.output<RpcContract[M]['params']>
export type RpcResult<M extends RpcMethod> = z.output<RpcContract[M]['result']>

/** Methods the hub answers itself; the rest come from the library's handler. */
export const HUB_METHODS = ['peers', 'flush', 'ping'] as const satisfies readonly RpcMethod[]
export type HubMethod = (typeof HUB_METHODS)[number]
export type LibraryMethod = Exclude<RpcMethod, HubMethod>

export const isRpcMethod = (name: string): name is RpcMethod =>
  Object.prototype.hasOwnProperty.call(RPC_CONTRACT, name)
