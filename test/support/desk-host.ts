import { createReadStream } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { SyncHub, createWsSyncServer } from '../../src/main/host/sync'
import type { DocProvider, HubEvent, RpcHandler, WsSyncServer } from '../../src/main/host/sync'
import { withLibraryRoom } from '../../src/main/host/sync/library-room'
import { HEADER_CSP } from '../../src/main/host/web/content-security-policy'
import { mimeTypeOf } from '../../src/main/host/web/mime-types'
import { fileForPath } from '../../src/main/host/web/static-server'

export interface DeskHostOptions {
  readonly docs: DocProvider
  readonly rpc?: RpcHandler
  readonly token: string
  /** A built renderer to serve; without it every page is 404 (the sync endpoint still works). */
  readonly root?: string
  /** 0 picks a free port; a restarted host passes its old one, so pages find it again. */
  readonly port?: number
}

export interface DeskHost {
  readonly url: string
  readonly port: number
  /** The address `dossier serve` would print: the page with the token in its fragment. */
  readonly tokenUrl: string
  readonly hub: SyncHub
  readonly events: HubEvent[]
  /** Stops like a host that goes away: every connection dropped, the port closed. */
  stop(): Promise<void>
}

const serveFile = async (root: string, req: IncomingMessage, res: ServerResponse) => {
  const file = fileForPath(root, req.url ?? '/')
  const found = file === null ? null : await stat(file).catch(() => null)
  if (file === null || found === null || !found.isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found')
    return
  }
  res.writeHead(200, {
    'Content-Type': mimeTypeOf(file),
    'Content-Length': String(found.size),
    'Content-Security-Policy': HEADER_CSP,
    'Cache-Control': 'no-cache',
  })
  if (req.method === 'HEAD') return void res.end()
  createReadStream(file).pipe(res)
}

const listen = (server: Server, port: number): Promise<void> =>
  new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })

/**
 * What `dossier serve` is, in small: the built renderer and the sync hub on one loopback HTTP
 * server, so pages reach the host at their own origin. (`dossier serve` does not exist yet; when
 * it does, UI tests can run against it instead.)
 */
export const startDeskHost = async (options: DeskHostOptions): Promise<DeskHost> => {
  const root = options.root === undefined ? null : await realpath(options.root)
  const server = createServer((req, res) => {
    if (root === null) return void res.writeHead(404).end()
    serveFile(root, req, res).catch(() => res.destroy())
  })
  await listen(server, options.port ?? 0)
  const port = (server.address() as AddressInfo).port
  const events: HubEvent[] = []
  const hub = new SyncHub({
    docs: withLibraryRoom(options.docs),
    ...(options.rpc === undefined ? {} : { rpc: options.rpc }),
    onEvent: (event) => events.push(event),
  })
  const sync: WsSyncServer = await createWsSyncServer({ hub, token: options.token, server })
  const url = `http://127.0.0.1:${port}/`
  let stopped: Promise<void> | null = null
  return {
    url,
    port,
    tokenUrl: `${url}#token=${encodeURIComponent(options.token)}`,
    hub,
    events,
    stop: () =>
      (stopped ??= (async () => {
        await sync.close()
        await hub.close()
        server.closeAllConnections()
        await new Promise<void>((resolve) => server.close(() => resolve()))
      })()),
  }
}
