import type { KeyProtection } from '../library/key-protection'
import type { DocProvider, RpcHandler, SyncHub } from '../sync'

/** What the desktop host serves: the library's documents and its RPC methods. */
export interface HostServices {
  readonly docs: DocProvider
  readonly rpc?: RpcHandler
  /**
   * Makes the hub reachable by tools (the `dossier` CLI, a second app instance) and returns how
   * to stop that. The desktop host listens on loopback with a token and names the endpoint in the
   * library lock, as `dossier serve` does.
   */
  publish?(hub: SyncHub): Promise<() => Promise<void>>
  /** Flushes and releases the library (the hub has closed by then). */
  close(): Promise<void>
}

export interface HostServicesOptions {
  /** What seals the device's signing key: main's keychain, when it offers one. */
  readonly keyProtection?: KeyProtection
}

/** Opens the library in `libraryDir` as HostServices. */
export type HostServicesFactory = (
  libraryDir: string,
  options?: HostServicesOptions,
) => Promise<HostServices>
