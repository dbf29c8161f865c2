import type { KeyProtectionKind } from '../library/key-protection'
import type { HostServicesFactory } from './host-services'
import { parentKeychain } from './keychain-requests'
import type { ParentPortLike } from './parent-port'
import { servePorts } from './serve-ports'
import type { PortHost } from './serve-ports'

/**
 * Runs the host on `parentPort` with the library in `libraryDir`, or says why it cannot
 * (`unavailable`), so that main stops waiting and the window works on its own.
 */
export const runUtilityHost = async (
  parentPort: ParentPortLike,
  factory: HostServicesFactory | null,
  libraryDir: string | null,
  onStopped: () => void = () => undefined,
  keyProtection: KeyProtectionKind = 'none',
): Promise<PortHost | null> => {
  if (factory === null || libraryDir === null) {
    const reason = factory === null ? 'no library is wired into this host' : 'no --library given'
    parentPort.postMessage({ type: 'unavailable', reason })
    return null
  }
  try {
    // Listening before the library opens: sharing reads the device key while it starts.
    const options = keyProtection === 'none' ? {} : { keyProtection: parentKeychain(parentPort) }
    return servePorts(parentPort, await factory(libraryDir, options), onStopped)
  } catch (error) {
    parentPort.postMessage({ type: 'unavailable', reason: String(error) })
    return null
  }
}
