import type { RpcResult } from '../../../shared/protocol'
import type { RpcHandler } from '../sync/rpc-dispatch'
import { loadOrCreateIdentity, peekIdentity } from './identity-store'
import type { Library } from './library'

const brief = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).slice(0, 2000)

/**
 * How the device key is kept, as the app shows it beside the identity. Opening the key is what
 * tells whether sealing it worked; when it cannot be opened, the file still says how it is kept.
 */
export const keyProtectionState = async (
  library: Pick<Library, 'dir' | 'keyProtection'>,
): Promise<RpcResult<'keyProtection'>> => {
  try {
    const signer = await loadOrCreateIdentity(
      library.dir,
      undefined,
      undefined,
      library.keyProtection,
    )
    return { kind: signer.protection, problem: signer.protectionProblem ?? null }
  } catch (error) {
    const problem = brief(error)
    // Only read: a key that could not be made under the keychain is not made without it.
    const info = await peekIdentity(library.dir).catch(() => null)
    return { kind: info?.protection ?? 'none', problem }
  }
}

/** The `keyProtection` RPC method over `library`. */
export const keyProtectionRpc = (library: Library): Pick<RpcHandler, 'keyProtection'> => ({
  keyProtection: () => keyProtectionState(library),
})
