import { RpcError } from '../../shared/protocol'
import type { RpcParamsInput, RpcResult } from '../../shared/protocol'
import type { LinkState } from '../../shared/session'
import type { SharingMethod, SharingRpc } from '../state/sharing-rpc'
import { NEEDS_HOST } from './offline-library'

/** What the panels' host methods are called through: the library connection. */
export interface HostCalls extends SharingRpc {
  readonly state: LinkState
}

/** A call that needs the host, made while it is away: says so in words the editor can act on. */
export class NeedsHostError extends Error {
  constructor() {
    super(NEEDS_HOST)
    this.name = 'NeedsHostError'
  }
}

/**
 * The host's methods for the dossier's panels (Versions, Export, Share, Join): refused at once
 * while the host cannot be reached, with NEEDS_HOST, rather than failing with a bare
 * "disconnected" (or, for a panel that lists on open, saying nothing useful).
 */
export const needingHost = (calls: HostCalls): SharingRpc => ({
  call: async <M extends SharingMethod>(
    method: M,
    params: RpcParamsInput<M>,
  ): Promise<RpcResult<M>> => {
    if (calls.state.kind === 'offline') throw new NeedsHostError()
    try {
      return await calls.call(method, params)
    } catch (error) {
      if (error instanceof RpcError && error.code === 'disconnected') throw new NeedsHostError()
      throw error
    }
  },
})
