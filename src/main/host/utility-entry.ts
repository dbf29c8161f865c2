import { LIBRARY_ROOM } from '../../shared/protocol/library-room'
import { Library } from './library/library'
import { libraryDocProvider } from './serve/library-doc-provider'
import { newToken } from './serve/desk-server'
import { libraryRpc } from './serve/library-rpc'
import { SyncHub, createWsSyncServer, messagePortTransport, withLibraryRoom } from './sync'
import type { DocProvider, HubEvent, MessagePortLike, RpcHandler } from './sync'

/**
 * The host in the desktop app: this file runs in an Electron utility process (a hung decode must
 * not freeze the window). Electron main sends it one MessagePort per renderer connection through
 * `process.parentPort`; each becomes a connection of one SyncHub. Nothing here imports Electron:
 * the parent port is typed by what is used of it, so tests drive it with plain Node ports.
 */

/** What the host serves: the library's documents and its RPC methods. */
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

/** Opens the library in `libraryDir` as HostServices. */
export type HostServicesFactory = (libraryDir: string) => Promise<HostServices>

/** Messages from Electron main. */
export type ToHostMessage =
  { readonly type: 'connect'; readonly dossierId: string | null } | { readonly type: 'shutdown' }

/** Messages to Electron main. */
export type FromHostMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'unavailable'; readonly reason: string }
  | { readonly type: 'event'; readonly text: string }

/** What is used of Electron's `process.parentPort`. */
export interface ParentPortLike {
  on(
    event: 'message',
    listener: (message: { data: unknown; ports: readonly MessagePortLike[] }) => void,
  ): unknown
  postMessage(message: FromHostMessage): void
}

const readMessage = (data: unknown): ToHostMessage | null => {
  if (typeof data !== 'object' || data === null) return null
  const message = data as { type?: unknown; dossierId?: unknown }
  if (message.type === 'shutdown') return { type: 'shutdown' }
  if (message.type !== 'connect') return null
  if (message.dossierId !== null && typeof message.dossierId !== 'string') return null
  return { type: 'connect', dossierId: message.dossierId }
}

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

/** Serves `services` to every port Electron main sends; answers `shutdown` by stopping. */
export const servePorts = (
  parentPort: ParentPortLike,
  services: HostServices,
  onStopped: () => void = () => undefined,
): PortHost => {
  const hub = new SyncHub({
    docs: withLibraryRoom(services.docs),
    ...(services.rpc === undefined ? {} : { rpc: services.rpc }),
    onEvent: (event) => {
      const text = describeEvent(event)
      if (text !== null) parentPort.postMessage({ type: 'event', text })
    },
  })
  let unpublish: Promise<(() => Promise<void>) | null> = Promise.resolve(null)
  if (services.publish !== undefined) {
    unpublish = services.publish(hub).catch((error: unknown) => {
      parentPort.postMessage({
        type: 'event',
        text: `tools cannot reach this host: ${String(error)}`,
      })
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
    const message = readMessage(data)
    if (message === null) return
    if (message.type === 'shutdown') {
      void stop().finally(onStopped)
      return
    }
    const port = ports[0]
    if (port === undefined) return
    // The desktop app's own window edits its own library: always an editor.
    hub.connect(messagePortTransport(port), {
      dossierId: message.dossierId ?? LIBRARY_ROOM,
      role: 'editor',
    })
  })
  parentPort.postMessage({ type: 'ready' })
  return { hub, stop }
}

/** The desktop host serves the durable library in the app's data folder, as `dossier serve` does. */
export const createHostServices: HostServicesFactory = async (libraryDir) => {
  const library = await Library.open(libraryDir)
  return {
    docs: libraryDocProvider(library, (error) => console.error(error)),
    rpc: libraryRpc(library),
    publish: async (hub) => {
      const token = newToken()
      const sync = await createWsSyncServer({ hub, token, host: '127.0.0.1', port: 0 })
      await library.lock.setEndpoint(`${sync.url}?token=${token}`)
      return async () => {
        await library.lock.setEndpoint(undefined).catch(() => undefined)
        await sync.close()
      }
    },
    close: () => library.close(),
  }
}

/** Runs the host on `parentPort` with the library in `libraryDir`. */
export const runUtilityHost = async (
  parentPort: ParentPortLike,
  factory: HostServicesFactory | null,
  libraryDir: string | null,
): Promise<PortHost | null> => {
  if (factory === null || libraryDir === null) {
    const reason = factory === null ? 'no library is wired into this host' : 'no --library given'
    parentPort.postMessage({ type: 'unavailable', reason })
    return null
  }
  try {
    return servePorts(parentPort, await factory(libraryDir), () => process.exit(0))
  } catch (error) {
    parentPort.postMessage({ type: 'unavailable', reason: String(error) })
    return null
  }
}

const isParentPort = (value: unknown): value is ParentPortLike =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { on?: unknown }).on === 'function' &&
  typeof (value as { postMessage?: unknown }).postMessage === 'function'

const libraryDirFrom = (argv: readonly string[]): string | null => {
  const flag = argv.find((arg) => arg.startsWith('--library='))
  return flag === undefined ? null : flag.slice('--library='.length)
}

// Only inside an Electron utility process is there a parent port; importing this file elsewhere
// (tests, the CLI) starts nothing.
const parentPort: unknown = Reflect.get(process, 'parentPort')
if (isParentPort(parentPort)) {
  void runUtilityHost(parentPort, createHostServices, libraryDirFrom(process.argv))
}
