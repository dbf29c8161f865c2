import { resolve, sep } from 'node:path'

/**
 * Where the desktop app's own pages live: a custom scheme that Electron main serves from the
 * built renderer folder (app-protocol.ts), never file://. A page on file:// shares its origin
 * with every file on the disk; this scheme is one origin that holds only the built app.
 */
export const APP_SCHEME = 'vdesk-app'
export const APP_HOST = 'desk'
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/**
 * The scheme's privileges (protocol.registerSchemesAsPrivileged), each one needed:
 * - standard: parsed like https (host, relative URLs, its own storage: IndexedDB, localStorage);
 * - secure: a secure context, which WebCrypto (the signatures) and module workers require;
 * - supportFetchAPI: the page's module scripts and workers are fetched with the Fetch API.
 * And each left out on purpose:
 * - bypassCSP: the page keeps its Content-Security-Policy;
 * - corsEnabled: would let other origins read the app's files; nothing cross-origin needs them;
 * - allowServiceWorkers: the offline shell's worker is for `dossier serve`'s tab only;
 * - stream: no audio or video is played from the app's folder;
 * - codeCache, allowExtensions: not needed, so not granted.
 */
export const APP_SCHEME_PRIVILEGES = Object.freeze({
  standard: true,
  secure: true,
  supportFetchAPI: true,
} as const)

/** Decides whether a URL is one of the app's own pages (see `appUrlCheck`). */
export type AppUrlCheck = (url: string) => boolean

const parse = (raw: string): URL | null => {
  try {
    return new URL(raw)
  } catch {
    return null
  }
}

/** Scheme and host compared whole, on the parsed URL: `vdesk-app://desk.evil/` is not ours. */
const isOwnSchemeUrl = (url: URL): boolean =>
  url.protocol === `${APP_SCHEME}:` &&
  url.host === APP_HOST &&
  url.username === '' &&
  url.password === ''

/**
 * The check for "is this the app's own page": the custom scheme's host, and under
 * `electron-vite dev` also the development server's origin (scheme, host and port, exactly).
 * A URL that does not parse is never the app's.
 */
export const appUrlCheck = (devServerUrl: string | undefined): AppUrlCheck => {
  const devOrigin = devServerUrl === undefined ? null : parse(devServerUrl)
  const devServer =
    devOrigin !== null && (devOrigin.protocol === 'http:' || devOrigin.protocol === 'https:')
      ? devOrigin.origin
      : null
  return (raw) => {
    const url = parse(raw)
    if (url === null) return false
    if (isOwnSchemeUrl(url)) return true
    return devServer !== null && url.origin === devServer
  }
}

/** Why a request for the app's files gets no file. */
export type AppPathRefusal = 'not-the-app' | 'forbidden-path'

export type AppPath =
  | { readonly ok: true; readonly file: string }
  | { readonly ok: false; readonly refusal: AppPathRefusal }

const refuse = (refusal: AppPathRefusal): AppPath => ({ ok: false, refusal })

/** Control characters (NUL among them) have no place in a file name the build writes. */
const hasControlCharacter = (text: string): boolean =>
  Array.from(text).some((char) => {
    const code = char.charCodeAt(0)
    return code < 0x20 || code === 0x7f
  })

/** A `.` or `..` path segment, plain or percent-encoded (`%2e`, `.%2E`, `%2e%2e`). */
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:\/|$)/i

/**
 * The file under `root` (the built renderer folder, absolute) that an app URL names, or why
 * none. The path is decoded once and then judged, so `%2e%2e` counts as `..`: any `.` or `..`
 * segment, backslash, NUL or other control character, or drive-letter colon is refused outright
 * rather than resolved; the result must still lie inside `root`. A folder means its index.html.
 */
export const appFileFor = (root: string, raw: string): AppPath => {
  if (raw.includes('\\') || hasControlCharacter(raw)) return refuse('forbidden-path')
  // The URL parser would quietly resolve these; a request that tries is refused, not resolved.
  if (DOT_SEGMENT.test(raw.split(/[?#]/, 1)[0] ?? '')) return refuse('forbidden-path')
  const url = parse(raw)
  if (url === null || !isOwnSchemeUrl(url)) return refuse('not-the-app')
  let decoded: string
  try {
    decoded = decodeURIComponent(url.pathname === '' ? '/' : url.pathname)
  } catch {
    return refuse('forbidden-path')
  }
  if (!decoded.startsWith('/') || decoded.includes('\\') || hasControlCharacter(decoded)) {
    return refuse('forbidden-path')
  }
  const segments = decoded.split('/').slice(1)
  const unsafe = segments.some(
    (segment, index) =>
      segment === '.' ||
      segment === '..' ||
      segment.includes(':') ||
      // An empty segment is only the trailing slash of a folder: `//etc` is not a path of ours.
      (segment === '' && index !== segments.length - 1),
  )
  if (unsafe) return refuse('forbidden-path')
  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded
  const file = resolve(root, `.${relative}`)
  return file.startsWith(root + sep) ? { ok: true, file } : refuse('forbidden-path')
}
