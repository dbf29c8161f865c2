import { CLOSE_NORMAL, CLOSE_UNSUPPORTED_DATA, clampCloseReason } from '../protocol'
import { asBytes } from './bytes'
import { CLOSE_ABNORMAL } from './transport'
import type { Transport } from './transport'
import { TransportEvents } from './transport-events'
import type { WebSocketLike } from './websocket-like'

const OPEN = 1

export interface WebSocketTransportOptions {
  readonly kind?: string
  /**
   * Asked when the socket closed before it ever opened and we did not close it. Browsers hide why
   * an upgrade failed; a host that answers plain HTTP has refused us (a wrong token) rather than
   * left us unanswered.
   */
  readonly wasRefused?: () => Promise<boolean>
}

/**
 * A WebSocket as a Transport: connecting until the socket opens (a server-side socket is open
 * already). The protocol is binary: a text frame closes it (1003).
 */
export const webSocketTransport = (
  socket: WebSocketLike,
  options: WebSocketTransportOptions = {},
): Transport => {
  if (socket.binaryType === 'blob') socket.binaryType = 'arraybuffer'
  const events = new TransportEvents({ open: socket.readyState === OPEN })
  let closedByUs = false

  const close = (code = CLOSE_NORMAL, reason = ''): void => {
    if (events.isClosed) return
    closedByUs = true
    const clamped = clampCloseReason(reason)
    try {
      socket.close(code, clamped)
    } catch {
      // Browsers let a client send only 1000 and 3000-4999; the peer learns less, we keep ours.
      socket.close()
    }
    events.close(code, clamped)
  }

  socket.addEventListener('open', () => events.open())
  socket.addEventListener('message', (event) => {
    if (!events.isOpen) return
    const bytes = asBytes(event.data)
    if (bytes === null) return close(CLOSE_UNSUPPORTED_DATA, 'binary frames only')
    events.message(bytes)
  })
  // A close event always follows; `ws` would crash the process on an error nobody listens to.
  socket.addEventListener('error', () => undefined)
  socket.addEventListener('close', ({ code: given, reason }) => {
    const code = given || CLOSE_ABNORMAL
    if (events.wasOpened || closedByUs || options.wasRefused === undefined) {
      return void events.close(code, reason)
    }
    options.wasRefused().then(
      (refused) => events.close(code, reason, refused),
      () => events.close(code, reason),
    )
  })

  return {
    kind: options.kind ?? 'websocket',
    send: (bytes) => {
      if (events.isOpen && socket.readyState === OPEN) socket.send(bytes)
    },
    close,
    ...events.listen,
    bufferedAmount: () => socket.bufferedAmount,
  }
}
