import { readToHost } from '../../../shared/ipc/utility-host-ipc'
import { LIBRARY_ROOM } from '../../../shared/protocol/library-room'
import { SyncHub, messagePortTransport, withLibraryRoom } from '../sync'
import type { HubEvent } from '../sync'
import type { HostServices } from './host-services'
import { openFile } from './open-file'
import type { HostPort, ParentPortLike } from './parent-port'

/** The hub events main should log, as one line each; the rest are routine. */
const describeEvent = (event: HubEvent): string | null => {
  switch (event.type) {
    case 'persist-failed':
    case 'open-failed':
      return `${event.type} ${event.dossierId}: ${String(event.error)}`
    case 'rpc-failed':
      return `rpc ${event.method} failed: ${String(event.error)}`
    case 'rejected':
      return `rejected ${event.connection.id}: ${event.reason}`
    default:
      return null
  }
}

export interface PortHost {
  readonly hub: SyncHub
  /** Closes every connection, waits for pending writes, then closes the services. */
  stop(): Promise<void>
}

/**
 * Serves `services` to every port Electron main sends, each as one connection of one SyncHub;
 * answers `shutdown` by stopping. A message that does not read is reported back, not acted on.
 */
export const servePorts = (
  parentPort: ParentPortLike,
  services: HostServices,
  onStopped: () => void = () => undefined,
): PortHost => {
  const report = (text: string): void => parentPort.postMessage({ type: 'event', text })
  const hub = new SyncHub({
    docs: withLibraryRoom(services.docs),
    ...(services.rpc === undefined ? {} : { rpc: services.rpc }),
    onEvent: (event) => {
      const text = describeEvent(event)
      if (text !== null) report(text)
    },
  })
  let unpublish: Promise<(() => Promise<void>) | null> = Promise.resolve(null)
  if (services.publish !== undefined) {
    unpublish = services.publish(hub).catch((error: unknown) => {
      report(`tools cannot reach this host: ${String(error)}`)
      return null
    })
  }
  let stopping: Promise<void> | null = null
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      await (
        await unpublish
      )?.()
      await hub.close()
      await services.close()
    })())
  parentPort.on('message', ({ data, ports }) => {
    const read = readToHost(data)
    if (!read.ok) return report(`ignored a malformed message from main (${read.reason})`)
    const message = read.message
    if (message.type === 'shutdown') {
      void stop().finally(onStopped)
      return
    }
    // Answers to the host's own keychain requests: `keychain-requests.ts` listens for them.
    if (message.type === 'key-answer' || message.type === 'key-refused') return
    const port = ports[0]
    if (message.type === 'open-file') {
      if (port === undefined) return report('ignored an open-file that came without a port')
      void answerOpenFile(port, services, message.requestId, message.path)
      return
    }
    if (port === undefined) return report('ignored a connect that came without a port')
    // The desktop app's own window edits its own library: always an editor.
    hub.connect(messagePortTransport(port), {
      dossierId: message.dossierId ?? LIBRARY_ROOM,
      role: 'editor',
    })
  })
  parentPort.postMessage({ type: 'ready' })
  return { hub, stop }
}

/** Imports the file main was handed; answers on the request's port with the dossier, or why not. */
const answerOpenFile = async (
  port: HostPort,
  services: HostServices,
  requestId: string,
  file: string,
): Promise<void> => {
  const outcome = await openFile(services.rpc ?? {}, file)
  port.postMessage(
    outcome.ok
      ? { type: 'file-opened', requestId, dossierId: outcome.dossierId, warning: outcome.warning }
      : { type: 'file-refused', requestId, reason: outcome.reason.slice(0, 2000) },
  )
  // Main closes it once it has read the answer; closed here, the answer could arrive after
  // the close, and read as the host having stopped.
}
