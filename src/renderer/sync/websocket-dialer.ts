import { webSocketTransport } from '../../shared/transport'
import type { Dialer, WebSocketLike } from '../../shared/transport'

export interface WebSocketDialerOptions {
  /**
   * The origin the page was served from (`location.origin`): the only place this dialer opens
   * sockets, since the host that served the page is the host that syncs it.
   */
  readonly origin: string
  /** The per-run token `dossier serve` printed with its URL. */
  readonly token: string
  /** Where the host's sync endpoint is mounted. */
  readonly path?: string
  /** Defaults to the browser's WebSocket; tests in Node pass the `ws` package's. */
  readonly WebSocket?: new (url: string) => WebSocketLike
  /**
   * Whether the host answers plain HTTP. Browsers hide why an upgrade failed, so a socket that
   * never opened while the host answers was refused (a wrong token), not left unanswered.
   */
  readonly hostAnswers?: () => Promise<boolean>
}

/** The sync URL for `room` at the page's own origin: ws(s)://<host>/sync/<room>?token=... */
export const syncUrl = (origin: string, room: string, token: string, path = '/sync'): string => {
  const url = new URL(origin)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`the page's origin ${origin} cannot reach a host`)
  }
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:'
  url.pathname = `${path.replace(/\/+$/, '')}/${encodeURIComponent(room)}`
  url.search = new URLSearchParams({ token }).toString()
  url.hash = ''
  return url.href
}

const answersHttp = (origin: string) => async (): Promise<boolean> => {
  try {
    await fetch(new URL('/', origin), { method: 'HEAD', cache: 'no-store' })
    return true
  } catch {
    return false
  }
}

/** Dials the host over a WebSocket to the page's own origin. */
export const webSocketDialer = (options: WebSocketDialerOptions): Dialer => {
  const Socket = options.WebSocket ?? WebSocket
  const wasRefused = options.hostAnswers ?? answersHttp(options.origin)
  return (room) =>
    webSocketTransport(new Socket(syncUrl(options.origin, room, options.token, options.path)), {
      wasRefused,
    })
}
