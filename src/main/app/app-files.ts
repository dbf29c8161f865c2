import { readFile, realpath, stat } from 'node:fs/promises'
import { sep } from 'node:path'
import { HEADER_CSP } from '../host/web/content-security-policy'
import { mimeTypeOf } from '../host/web/mime-types'
import { appFileFor } from './app-origin'

/**
 * The answers of the app's scheme (`vdesk-app://desk/…`), without Electron: app-protocol.ts
 * hands each request here and returns the Response. Every answer carries the page's
 * Content-Security-Policy as a header (the <meta> copy in index.html cannot say
 * frame-ancestors), so a file served here is under the same policy as the page.
 */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': HEADER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
})

/** What the scheme's handler is given: Electron's Request has these (and more). */
export interface AppRequest {
  readonly url: string
  readonly method: string
}

const plain = (status: number, text: string, extra: Record<string, string> = {}): Response =>
  new Response(`${text}\n`, {
    status,
    headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra },
  })

/**
 * A handler for the app's scheme serving the built renderer in `root`: GET and HEAD only; a
 * URL of another host is 404, a path that tries to leave the folder (or names something odd) is
 * 403, and a symbolic link that leads out of the folder is 404, as a missing file is.
 */
export const appFileServer = (root: string): ((request: AppRequest) => Promise<Response>) => {
  let realRoot: Promise<string> | null = null
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plain(405, 'Method not allowed', { Allow: 'GET, HEAD' })
    }
    realRoot ??= realpath(root)
    const base = await realRoot
    const path = appFileFor(base, request.url)
    if (!path.ok) {
      return path.refusal === 'not-the-app' ? plain(404, 'Not found') : plain(403, 'Forbidden')
    }
    const file = await regularFileUnder(base, path.file)
    if (file === null) return plain(404, 'Not found')
    const body = request.method === 'HEAD' ? null : await readFile(file)
    return new Response(body, {
      status: 200,
      headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': mimeTypeOf(file) },
    })
  }
}

/** The regular file `file` resolves to, if it stays under `root` once links are followed. */
const regularFileUnder = async (root: string, file: string): Promise<string | null> => {
  try {
    const real = await realpath(file)
    if (!real.startsWith(root + sep)) return null
    return (await stat(real)).isFile() ? real : null
  } catch {
    return null
  }
}
