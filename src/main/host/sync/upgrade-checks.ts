import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { Role } from '../../../shared/protocol'

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]'])

/** Equal secrets, compared in constant time whatever their lengths. */
export const sameSecret = (given: string, expected: string): boolean =>
  timingSafeEqual(
    createHash('sha256').update(given).digest(),
    createHash('sha256').update(expected).digest(),
  )

export interface Tokens {
  readonly editor: string
  readonly viewer?: string
}

/** The role the token grants, or null. */
export const roleForToken = (token: string | null, tokens: Tokens): Role | null => {
  if (token === null || token.length === 0) return null
  // Both comparisons always run, so timing does not tell which token was close.
  const editor = sameSecret(token, tokens.editor)
  const viewer = tokens.viewer !== undefined && sameSecret(token, tokens.viewer)
  return editor ? 'editor' : viewer ? 'viewer' : null
}

const hostnameOf = (host: string): string | null => {
  try {
    return new URL(`http://${host}`).hostname
  } catch {
    return null
  }
}

/**
 * A browser page may connect only from the same loopback origin (or one listed), and the Host
 * header must name loopback: a page on another site that rebinds its DNS name to 127.0.0.1 sends
 * its own name in Host and Origin, and is refused here even before its token is looked at twice.
 * Clients that send no Origin (Node, native apps) are not browsers and rely on the token alone.
 */
export const originAllowed = (
  request: IncomingMessage,
  allowedOrigins: readonly string[],
): boolean => {
  const host = request.headers.host
  if (host === undefined) return false
  const hostname = hostnameOf(host)
  if (hostname === null || !LOOPBACK_NAMES.has(hostname)) return false
  const origin = request.headers.origin
  if (origin === undefined) return true
  if (allowedOrigins.includes(origin)) return true
  return origin === `http://${host}`
}

/** The dossier id in `/base/<id>`, or null when the path is anything else. */
export const dossierIdFromPath = (pathname: string, base: string): string | null => {
  const prefix = `${base.replace(/\/+$/, '')}/`
  if (!pathname.startsWith(prefix)) return null
  const rest = pathname.slice(prefix.length)
  if (rest.length === 0 || rest.includes('/')) return null
  try {
    return decodeURIComponent(rest)
  } catch {
    return null
  }
}
