import {
  CLOSE_NORMAL,
  CLOSE_UNSUPPORTED_DATA,
  HOST_FRAME_LIMITS,
  MESSAGE_CLOSE,
  decodeFrame,
  encodeClose,
} from '../protocol'
import { asBytes } from './bytes'
import type { MessagePortLike } from './message-port-like'
import { CLOSE_ABNORMAL } from './transport'
import type { Transport, TransportClose } from './transport'
import { TransportEvents } from './transport-events'

/** Electron's MessagePortMain and DOM ports wrap the message in an event with `data`. */
const unwrap = (message: unknown): Uint8Array | null => {
  const bytes = asBytes(message)
  if (bytes !== null) return bytes
  if (typeof message === 'object' && message !== null && 'data' in message) {
    return asBytes(message.data)
  }
  return null
}

const readCloseNotice = (bytes: Uint8Array): Pick<TransportClose, 'code' | 'reason'> | null => {
  if (bytes[0] !== MESSAGE_CLOSE) return null
  const decoded = decodeFrame(bytes, HOST_FRAME_LIMITS)
  if (!decoded.ok || decoded.frame.type !== 'close') return null
  return { code: decoded.frame.code, reason: decoded.frame.reason }
}

/**
 * A message port as a Transport, open from the start. Ports have no close frame, so each side
 * closes by posting a close notice (MESSAGE_CLOSE: code and reason) before closing its port, and
 * reads the other's notice as the close. A port that closes without one (Node and Electron report
 * that; DOM ports cannot) is a peer that vanished: 1006.
 */
export const messagePortTransport = (port: MessagePortLike, kind = 'port'): Transport => {
  const events = new TransportEvents({ open: true })
  let released = false
  const release = (): void => {
    if (released) return
    released = true
    port.close()
  }

  const close = (code = CLOSE_NORMAL, reason = ''): void => {
    if (events.isClosed) return
    try {
      port.postMessage(encodeClose(code, reason))
    } catch {
      // The other end is gone already; closing is all that is left.
    }
    events.close(code, reason)
    release()
  }

  const receive = (message: unknown): void => {
    if (events.isClosed) return
    const bytes = unwrap(message)
    if (bytes === null) return close(CLOSE_UNSUPPORTED_DATA, 'binary frames only')
    const notice = readCloseNotice(bytes)
    if (notice === null) return events.message(bytes)
    events.close(notice.code, notice.reason)
    release()
  }

  if (port.on !== undefined) {
    port.on('message', receive)
    port.on('close', () => {
      events.close(CLOSE_ABNORMAL, 'the port closed without a close notice')
      released = true
    })
  } else {
    port.addEventListener?.('message', (event) => receive(event.data))
  }
  port.start?.()

  return {
    kind,
    send: (bytes) => {
      if (events.isOpen) port.postMessage(bytes)
    },
    close,
    ...events.listen,
  }
}
