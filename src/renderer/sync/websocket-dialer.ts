import { CLOSE_ABNORMAL } from './transport'
import type { Dialer, TransportClose } from './transport'

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
  readonly WebSocket?: typeof WebSocket
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
  const hostAnswers = options.hostAnswers ?? answersHttp(options.origin)
  return (room, handlers) => {
    const socket = new Socket(syncUrl(options.origin, room, options.token, options.path))
    socket.binaryType = 'arraybuffer'
    let opened = false
    let closedByUs = false
    let reported = false
    const report = (close: TransportClose): void => {
      if (reported) return
      reported = true
      handlers.onClose(close)
    }
    socket.onopen = () => {
      opened = true
      handlers.onOpen()
    }
    socket.onmessage = (event: MessageEvent) => {
      if (event.data instanceof ArrayBuffer) return handlers.onMessage(new Uint8Array(event.data))
      // The host sends binary frames only: anything else is not our protocol.
      socket.close(1003, 'binary frames only')
    }
    socket.onerror = () => undefined
    socket.onclose = (event: CloseEvent) => {
      const close = { code: event.code || CLOSE_ABNORMAL, reason: event.reason, opened }
      if (opened || closedByUs) return report({ ...close, refused: false })
      hostAnswers().then(
        (answers) => report({ ...close, refused: answers }),
        () => report({ ...close, refused: false }),
      )
    }
    return {
      send: (bytes) => {
        if (socket.readyState === 1) socket.send(bytes)
      },
      close: () => {
        closedByUs = true
        socket.close(1000, 'replica closed')
      },
    }
  }
}
