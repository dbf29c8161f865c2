import { CLOSE_NORMAL, CLOSE_UNSUPPORTED_DATA, encodeClose } from '../../../shared/protocol'
import { CloseSignal, asBytes } from './transport'
import type { Transport } from './transport'

/**
 * What the transport needs of a message port: Node's worker_threads MessagePort and Electron's
 * MessagePortMain (event emitters), or a DOM-style port with `onmessage`.
 */
export interface MessagePortLike {
  postMessage(message: unknown): void
  close(): void
  on?(event: 'message' | 'close', listener: (...args: unknown[]) => void): unknown
  onmessage?: ((event: { data: unknown }) => void) | null
  /** Electron's MessagePortMain queues messages until started. */
  start?(): void
}

/**
 * Node's port passes the message itself to 'message' listeners; Electron's MessagePortMain and
 * DOM ports pass an event with `data`.
 */
const unwrap = (message: unknown): Uint8Array | null => {
  const bytes = asBytes(message)
  if (bytes !== null) return bytes
  if (typeof message === 'object' && message !== null && 'data' in message) {
    return asBytes((message as { data: unknown }).data)
  }
  return null
}

/**
 * A message port as a Transport. Ports have no close frame, so closing first posts a close
 * notice frame (MESSAGE_CLOSE: code and reason) that a replica reads as a WebSocket close.
 */
export const portTransport = (port: MessagePortLike): Transport => {
  const closed = new CloseSignal()
  const messageListeners: ((bytes: Uint8Array) => void)[] = []

  const close = (code: number, reason: string): void => {
    if (closed.closed) return
    try {
      port.postMessage(encodeClose(code, reason))
    } catch {
      // The other end is gone already; closing is all that is left.
    }
    closed.fire(code, reason)
    port.close()
  }

  const onMessage = (message: unknown): void => {
    if (closed.closed) return
    const bytes = unwrap(message)
    if (bytes === null) return close(CLOSE_UNSUPPORTED_DATA, 'binary frames only')
    for (const listener of messageListeners) listener(bytes)
  }

  if (port.on !== undefined) {
    port.on('message', (message) => onMessage(message))
    port.on('close', () => closed.fire(CLOSE_NORMAL, 'port closed'))
  } else {
    port.onmessage = (event) => onMessage(event)
  }
  port.start?.()

  return {
    kind: 'port',
    send: (bytes) => {
      if (!closed.closed) port.postMessage(bytes)
    },
    close,
    onMessage: (listener) => void messageListeners.push(listener),
    onClose: (listener) => closed.add(listener),
  }
}
