/**
 * Where a running host answers tools: its sync URL and the run's token. A host that owns a
 * library writes it into the library lock (`<url>?token=<token>`); the `dossier` CLI reads it
 * there to go through that host. One contract for the writers and the reader, and the reader
 * trusts nothing: the lock is a file anyone with the folder can edit, and the CLI sends dossiers
 * to whatever it names, so only a WebSocket URL on this machine's loopback is accepted.
 */
export interface HostEndpoint {
  /** The sync endpoint without its token, so it can be printed: `ws://127.0.0.1:PORT/sync`. */
  readonly url: string
  readonly token: string
}

/** What a host writes: printable ASCII, and never this long. Anything else is not parsed. */
const ENDPOINT_TEXT = /^[\x21-\x7e]{1,2048}$/
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])
/** Printable ASCII: a token is sent back in a URL and shown in no message. */
const TOKEN = /^[\x21-\x7e]{1,512}$/

/** The endpoint as the lock records it. */
export const formatEndpoint = ({ url, token }: HostEndpoint): string =>
  `${url}?token=${encodeURIComponent(token)}`

/** The endpoint a lock names, or null if it names none that this machine could safely use. */
export const parseEndpoint = (text: unknown): HostEndpoint | null => {
  if (typeof text !== 'string' || !ENDPOINT_TEXT.test(text)) return null
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return null
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return null
  if (!LOOPBACK.has(url.hostname) || url.username !== '' || url.password !== '') return null
  const tokens = url.searchParams.getAll('token')
  const token = tokens[0]
  if (tokens.length !== 1 || token === undefined || !TOKEN.test(token)) return null
  url.search = ''
  url.hash = ''
  return { url: url.href.replace(/\/$/, ''), token }
}
