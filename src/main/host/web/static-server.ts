import { createReadStream } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, resolve, sep } from 'node:path'
import type { HttpLimits } from '../host-limits'
import { HEADER_CSP } from './content-security-policy'
import { createLimitedServer } from './limited-server'
import { mimeTypeOf } from './mime-types'

/** Loopback only: the UI and its data must never be reachable from the network. */
export const LOOPBACK = '127.0.0.1'

export interface StaticServerOptions {
  /** The folder to serve (a built renderer). */
  readonly root: string
  /** 0 (the default) picks a free port. */
  readonly port?: number
  readonly contentSecurityPolicy?: string
  /** Timeouts and caps against slow or half-open requests; DEFAULT_HOST_LIMITS.http if not given. */
  readonly http?: HttpLimits
  /** Headers sent with every answer besides the security headers (the desk host's marker). */
  readonly extraHeaders?: Readonly<Record<string, string>>
}

export interface StaticServer {
  readonly url: string
  readonly port: number
  /** The HTTP server itself, so a sync endpoint can share its port (WebSocket upgrades). */
  readonly server: Server
  close(): Promise<void>
}

const SECURITY_HEADERS = (csp: string): Record<string, string> => ({
  'Content-Security-Policy': csp,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-cache',
})

/**
 * The request path as a file under `root`, or null when it is malformed or leaves the folder.
 * The path is decoded first, so "%2e%2e" counts as "..": any ".." segment is refused outright
 * rather than resolved, and so are NUL bytes and backslashes.
 */
export const fileForPath = (root: string, rawUrl: string): string | null => {
  const pathname = rawUrl.split(/[?#]/, 1)[0] ?? ''
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null
  const segments = decoded.split('/')
  if (segments.some((segment) => segment === '..' || segment === '.')) return null
  const file = resolve(root, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`)
  return file === root || file.startsWith(root + sep) ? file : null
}

/** Host header check: a DNS-rebinding page on another name must not reach this server. */
const isLoopbackHost = (host: string | undefined, port: number): boolean =>
  host === `${LOOPBACK}:${port}` || host === `localhost:${port}`

export const startStaticServer = async (options: StaticServerOptions): Promise<StaticServer> => {
  const root = await realpath(resolve(options.root))
  const headers = {
    ...SECURITY_HEADERS(options.contentSecurityPolicy ?? HEADER_CSP),
    ...options.extraHeaders,
  }
  let port = 0

  const send = (res: ServerResponse, status: number, text: string): void => {
    res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' })
    res.end(`${text}\n`)
  }

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!isLoopbackHost(req.headers.host, port)) return send(res, 421, 'Misdirected request')
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD')
      return send(res, 405, 'Method not allowed')
    }
    const file = fileForPath(root, req.url ?? '/')
    if (file === null) return send(res, 403, 'Forbidden')
    const found = await findFile(root, file)
    if (found === null) return send(res, 404, 'Not found')
    res.writeHead(200, {
      ...headers,
      'Content-Type': mimeTypeOf(found.path),
      'Content-Length': String(found.size),
    })
    if (req.method === 'HEAD') return void res.end()
    createReadStream(found.path)
      .on('error', () => res.destroy())
      .pipe(res)
  }

  const server = createLimitedServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal error')
      else res.destroy()
    })
  }, options.http)
  await listen(server, options.port ?? 0)
  port = (server.address() as AddressInfo).port
  return {
    url: `http://${LOOPBACK}:${port}/`,
    port,
    server,
    close: () => closeServer(server),
  }
}

/** A regular file under root (a folder means its index.html), after following symlinks. */
const findFile = async (
  root: string,
  file: string,
): Promise<{ path: string; size: number } | null> => {
  try {
    let path = await realpath(file)
    if (path !== root && !path.startsWith(root + sep)) return null
    let info = await stat(path)
    if (info.isDirectory()) {
      path = join(path, 'index.html')
      info = await stat(path)
    }
    return info.isFile() ? { path, size: info.size } : null
  } catch {
    return null
  }
}

const listen = (server: Server, port: number): Promise<void> =>
  new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(port, LOOPBACK, () => {
      server.off('error', reject)
      resolvePromise()
    })
  })

const closeServer = (server: Server): Promise<void> =>
  new Promise((resolvePromise, reject) => {
    server.close((error) => (error ? reject(error) : resolvePromise()))
    server.closeAllConnections()
  })
