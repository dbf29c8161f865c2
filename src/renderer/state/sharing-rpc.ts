import { createContext, useContext } from 'react'
import type { RpcParamsInput, RpcResult } from '../../shared/protocol'

/**
 * The host methods the dossier's panels (Share, Versions, Export) and the Join form call (`open`
 * tells a viewer apart).
 */
export type SharingMethod =
  | 'share'
  | 'unshare'
  | 'join'
  | 'sharing'
  | 'revoke'
  | 'role'
  | 'open'
  | 'relay'
  | 'export'
  | 'versions'
  | 'freeze'
  | 'compare'
  | 'keyProtection'

/** Calls the host's LAN methods; the library connection is one (it needs no dossier open). */
export interface SharingRpc {
  call<M extends SharingMethod>(method: M, params: RpcParamsInput<M>): Promise<RpcResult<M>>
}

export const SharingRpcContext = createContext<SharingRpc | null>(null)

/** Null in local mode, where there is no host to share through: no Share button, no Join. */
export const useSharingRpc = (): SharingRpc | null => useContext(SharingRpcContext)
