import { newToken } from './token'
import { DEFAULT_HOST_LIMITS } from '../host-limits'
import type { HostLimits } from '../host-limits'
import type { Library } from '../library/library'
import { withLibraryRoom } from '../sync/library-room'
import { SyncHub } from '../sync/sync-hub'
import type { HubEvent } from '../sync/sync-hub'
import { createWsSyncServer } from '../sync/ws-server'
import { startStaticServer } from '../web/static-server'
import { DESK_HOST_HEADER, DESK_HOST_VALUE } from '../../../shared/protocol'
import { libraryDocProvider } from './library-doc-provider'
import { hostHolders, libraryRpc } from './library-rpc'
import { startSharing } from '../lan-session'
import type { LanSessions } from '../lan-session'
import type { LanAddress } from '../../../shared/lan'

export interface DeskServerOptions {
  readonly library: Library
  /** The built renderer to serve as the web app. */
  readonly rendererDir: string
  /** 0 picks a free port. The server listens on 127.0.0.1 only. */
  readonly port?: number
  /** The per-run secret; random when not given. */
  readonly token?: string
  /** Host-wide limits; tests pass smaller ones. */
  readonly limits?: HostLimits
  readonly onEvent?: (event: HubEvent) => void
  /** Where the LAN endpoint listens when a dossier is shared (default 0.0.0.0, any port). */
  readonly lanListen?: LanAddress
  readonly onError?: (error: unknown) => void
}

export interface DeskServer {
  /** The address to open in a browser: the token rides in the fragment, never sent to a server log. */
  readonly url: string
  /** The y-websocket serverUrl: replicas connect to `${syncUrl}/<dossierId>?token=...`. */
  readonly syncUrl: string
  readonly token: string
  readonly port: number
  readonly hub: SyncHub
  readonly lan: LanSessions
  /** Stops accepting connections, closes every replica and flushes every dossier to disk. */
  close(): Promise<void>
}

/**
 * `dossier serve`: one HTTP server on loopback serving the web app and the sync endpoint, over
 * one hub whose documents are the library's durable dossiers.
 */
export const startDeskServer = async (options: DeskServerOptions): Promise<DeskServer> => {
  const token = options.token ?? newToken()
  const onError = options.onError ?? (() => undefined)
  const limits = options.limits ?? DEFAULT_HOST_LIMITS
  // The LAN sessions hand their connections to the hub, and the hub answers their RPC methods.
  let hubRef: SyncHub | null = null
  const sharing = await startSharing({
    library: options.library,
    connect: (transport, connectOptions) =>
      hubRef === null
        ? transport.close(1013, 'the host is starting')
        : hubRef.connect(transport, connectOptions),
    ...(options.lanListen === undefined ? {} : { listen: options.lanListen }),
    onProblem: (line) => onError(new Error(line)),
  })
  const { lan } = sharing
  const docs = libraryDocProvider(options.library, onError)
  // Trashing a dossier looks at who holds it: the hub's connections, warm dossiers, sharing.
  const holders = hostHolders({ hub: () => hubRef, docs, lan, relays: sharing.relays })
  const hub = new SyncHub({
    docs: withLibraryRoom(docs),
    rpc: { ...libraryRpc(options.library, limits, lan.localKey, holders), ...sharing.rpc },
    hostLimits: limits,
    ...(options.onEvent === undefined ? {} : { onEvent: options.onEvent }),
  })
  hubRef = hub
  let web
  try {
    web = await startStaticServer({
      root: options.rendererDir,
      port: options.port ?? 0,
      http: limits.http,
      // A page opened without its token asks this, to say how to get in rather than open a
      // lookalike desk of its own whose edits would go nowhere (docs/ui.md).
      extraHeaders: { [DESK_HOST_HEADER]: DESK_HOST_VALUE },
    })
  } catch (error) {
    // A port in use, say: nothing may stay listening for a caller that tries another.
    await hub.close()
    await sharing.close()
    throw error
  }
  let sync
  try {
    sync = await createWsSyncServer({ hub, token, server: web.server, limits })
  } catch (error) {
    await web.close()
    await sharing.close()
    throw error
  }
  const url = `${web.url}#token=${token}`
  await options.library.lock.setEndpoint({ url: sync.url, token })
  let closing: Promise<void> | null = null
  return {
    url,
    syncUrl: sync.url,
    token,
    port: web.port,
    hub,
    lan,
    close: () =>
      (closing ??= (async () => {
        // The hub first: it tells every replica "going away" (1001) and waits for their writes;
        // the endpoint's close would cut the sockets without a word (1006). A replica that
        // connects in between is turned away by the hub, which is shutting down.
        await sharing.close()
        await hub.close()
        await sync.close()
        await web.close().catch(() => undefined)
        await options.library.lock.setEndpoint(undefined).catch(() => undefined)
      })()),
  }
}
