import type { HostServicesFactory } from './host-services'
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
): Promise<PortHost | null> => {
  if (factory === null || libraryDir === null) {
    const reason = factory === null ? 'no library is wired into this host' : 'no --library given'
    parentPort.postMessage({ type: 'unavailable', reason })
    return null
  }
  try {
    return servePorts(parentPort, await factory(libraryDir), onStopped)
  } catch (error) {
    parentPort.postMessage({ type: 'unavailable', reason: String(error) })
    return null
  }
}
