import type { IncomingMessage, Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import { WebSocketServer } from 'ws'
import { DEFAULT_CONNECTION_LIMITS, maxFrameBytes, roomSchema } from '../../../shared/protocol'
import { DEFAULT_HOST_LIMITS } from '../host-limits'
import type { HostLimits } from '../host-limits'
import { createLimitedServer } from '../web/limited-server'
import { ConnectionCounter } from './connection-counter'
import type { SyncHub } from './sync-hub'
import { dossierIdFromPath, originAllowed, roleForToken } from './upgrade-checks'
import { wsTransport } from './ws-transport'

export interface WsSyncServerOptions {
  readonly hub: SyncHub
  /** The per-run secret an editor presents as `?token=` (y-websocket's `params: { token }`). */
  readonly token: string
  /** A second secret that connects as a viewer. */
  readonly viewerToken?: string
  /** Defaults to '/sync': replicas connect to `/sync/<dossierId>`. */
  readonly path?: string
  /** An HTTP server to share (static files and sync on one port); otherwise one is created. */
  readonly server?: Server
  /** Only when creating the server; defaults to 127.0.0.1, never another address unless asked. */
  readonly host?: string
  readonly port?: number
  /** Browser origins allowed besides the server's own loopback origin. */
  readonly allowedOrigins?: readonly string[]
  /** The largest WebSocket message accepted; defaults to the hub's largest frame. */
  readonly maxPayload?: number
  /** Connection caps (total and per remote address); defaults to DEFAULT_HOST_LIMITS. */
  readonly limits?: Pick<HostLimits, 'connections' | 'connectionsPerAddress'>
}

export interface WsSyncServer {
  /** The serverUrl a y-websocket client takes, e.g. ws://127.0.0.1:PORT/sync. */
  readonly url: string
  readonly port: number
  close(): Promise<void>
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
}

/** Answers an upgrade with a plain HTTP error and hangs up; the body says no more than the status. */
const refuse = (socket: Duplex, status: number): void => {
  const text = STATUS_TEXT[status] ?? 'Error'
  const retry = status === 429 || status === 503 ? 'Retry-After: 5\r\n' : ''
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain\r\n` +
      `${retry}Content-Length: ${text.length}\r\n\r\n${text}`,
  )
  socket.destroy()
}

const listen = (server: Server, port: number, host: string): Promise<void> =>
  new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })

/**
 * The hub on a WebSocket endpoint: `ws://HOST:PORT/sync/<dossierId>?token=...`. It takes over
 * the server's upgrade requests: other paths get 404, a missing or wrong token 401 (whatever the
 * dossier, so a guess learns nothing), a foreign Origin or a non-loopback Host 403.
 */
export const createWsSyncServer = async (options: WsSyncServerOptions): Promise<WsSyncServer> => {
  const path = options.path ?? '/sync'
  const owned = options.server === undefined
  const server =
    options.server ??
    createLimitedServer((_request, response) => {
      response.writeHead(426, { 'Content-Type': 'text/plain', Connection: 'close' })
      response.end('Upgrade Required')
    })
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxPayload ?? maxFrameBytes(DEFAULT_CONNECTION_LIMITS.frames),
    perMessageDeflate: false,
  })
  const tokens = { editor: options.token, viewer: options.viewerToken }
  const caps = options.limits ?? DEFAULT_HOST_LIMITS
  const counter = new ConnectionCounter(caps.connections, caps.connectionsPerAddress)

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    socket.on('error', () => socket.destroy())
    const url = new URL(request.url ?? '/', 'http://upgrade.invalid')
    const dossierId = dossierIdFromPath(url.pathname, path)
    const onOurPath = url.pathname === path || url.pathname.startsWith(`${path}/`)
    if (!onOurPath) return refuse(socket, 404)
    const role = roleForToken(url.searchParams.get('token'), tokens)
    if (role === null) return refuse(socket, 401)
    if (!originAllowed(request, options.allowedOrigins ?? [])) return refuse(socket, 403)
    if (dossierId === null || !roomSchema.safeParse(dossierId).success) {
      return refuse(socket, 404)
    }
    // Counted from here until the socket closes, upgraded or not, so that upgrades in progress
    // count too. Checked after the token, so a stranger cannot tell how busy the host is.
    const address = request.socket.remoteAddress ?? 'unknown'
    const admitted = counter.admit(address)
    if (admitted !== 'ok') return refuse(socket, admitted === 'address-full' ? 429 : 503)
    socket.once('close', () => counter.release(address))
    wss.handleUpgrade(request, socket, head, (ws) => {
      options.hub.connect(wsTransport(ws), { dossierId, role })
    })
  }
  server.on('upgrade', onUpgrade)

  if (owned) await listen(server, options.port ?? 0, options.host ?? '127.0.0.1')
  const address = server.address() as AddressInfo
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address

  return {
    url: `ws://${host}:${address.port}${path}`,
    port: address.port,
    close: async () => {
      server.off('upgrade', onUpgrade)
      for (const client of wss.clients) client.terminate()
      await new Promise<void>((resolve) => wss.close(() => resolve()))
      if (owned) {
        server.closeAllConnections()
        await new Promise<void>((resolve) => server.close(() => resolve()))
      }
    },
  }
}
