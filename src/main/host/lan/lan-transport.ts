import {
  CLOSE_NORMAL,
  CLOSE_POLICY_VIOLATION,
  CLOSE_TOO_BIG,
  clampCloseReason,
} from '../../../shared/protocol'
import { CLOSE_ABNORMAL } from '../../../shared/transport'
import type { LanLimits } from '../../../shared/lan'
import type { Transport, TransportEvents } from '../../../shared/transport'
import type { FramedSocket, SocketEnd } from './framed-socket'
import type { SecretStreamReceiver, SecretStreamSender } from './secret-stream'

/** A close travels as the stream's final message: the code (uint16 BE), then the reason in UTF-8. */
export const encodeCloseMessage = (code: number, reason: string): Uint8Array => {
  const text = new TextEncoder().encode(clampCloseReason(reason))
  const out = new Uint8Array(2 + text.length)
  new DataView(out.buffer).setUint16(0, code)
  out.set(text, 2)
  return out
}

export const decodeCloseMessage = (
  message: Uint8Array,
): { code: number; reason: string } | null => {
  if (message.length < 2) return null
  try {
    const reason = new TextDecoder('utf-8', { fatal: true }).decode(message.subarray(2))
    return { code: new DataView(message.buffer, message.byteOffset).getUint16(0), reason }
  } catch {
    return null
  }
}

const describeEnd = (end: SocketEnd): { code: number; reason: string } =>
  end.kind === 'too-big'
    ? { code: CLOSE_TOO_BIG, reason: `frame of ${end.length} bytes is over the limit` }
    : {
        code: CLOSE_ABNORMAL,
        reason: end.error === undefined ? 'the peer vanished' : `the peer vanished (${end.error})`,
      }

/**
 * The secure channel once both sides hold each other's stream: every frame is one sealed message.
 * A frame that does not open (altered, replayed, reordered) or is not data closes the channel
 * (1008); the peer's final message is its close. An idle side sends keep-alives; a side that
 * hears nothing at all for `silenceMs` closes as if the peer vanished (1006). Never throws to the
 * socket's event loop.
 */
export const lanTransport = (
  framed: FramedSocket,
  sender: SecretStreamSender,
  receiver: SecretStreamReceiver,
  events: TransportEvents,
  liveness: Pick<LanLimits, 'keepAliveMs' | 'silenceMs'>,
): Transport => {
  let lastHeard = performance.now()
  let lastSent = performance.now()
  // Any byte counts as a sign of life, so a whole dossier in transit over slow Wi-Fi is not silence.
  framed.socket.on('data', () => (lastHeard = performance.now()))
  const write = (sealed: Uint8Array): void => {
    lastSent = performance.now()
    framed.write(sealed)
  }
  const heartbeat = setInterval(
    () => {
      if (events.isClosed) return clearInterval(heartbeat)
      const now = performance.now()
      if (now - lastHeard >= liveness.silenceMs) {
        events.close(
          CLOSE_ABNORMAL,
          `the peer stopped answering (nothing in ${liveness.silenceMs / 1000} s)`,
        )
        return framed.destroy()
      }
      if (now - lastSent >= liveness.keepAliveMs) write(sender.seal(new Uint8Array(0), 'keepalive'))
    },
    Math.max(10, Math.min(liveness.keepAliveMs, liveness.silenceMs) / 2),
  )
  heartbeat.unref()

  const close = (code = CLOSE_NORMAL, reason = ''): void => {
    if (events.isClosed) return
    clearInterval(heartbeat)
    try {
      write(sender.seal(encodeCloseMessage(code, reason), 'final'))
    } catch {
      // The socket is gone already; closing is all that is left.
    }
    events.close(code, clampCloseReason(reason))
    framed.socket.end()
  }

  const fail = (code: number, reason: string): void => {
    close(code, reason)
    framed.destroy()
  }

  const receive = (frame: Uint8Array): void => {
    if (events.isClosed) return
    const opened = receiver.open(frame)
    if (opened === null) return fail(CLOSE_POLICY_VIOLATION, 'bad frame: it does not authenticate')
    if (opened.tag === 'message') return deliver(opened.message)
    if (opened.tag === 'keepalive') return
    if (opened.tag === 'welcome')
      return fail(CLOSE_POLICY_VIOLATION, 'bad frame: unexpected welcome')
    const notice = decodeCloseMessage(opened.message)
    if (notice === null) return fail(CLOSE_POLICY_VIOLATION, 'bad frame: malformed close')
    events.close(notice.code, notice.reason)
    framed.socket.end()
  }

  // Frames that arrive before anyone listens (the peer may speak the moment it admits us, in the
  // same TCP segment as its welcome) wait for the first listener instead of being lost.
  const early: Uint8Array[] = []
  let listening = false
  const deliver = (bytes: Uint8Array): void => {
    if (listening) events.message(bytes)
    else early.push(bytes)
  }

  framed.stream(
    (frame) => {
      try {
        receive(frame)
      } catch (error) {
        fail(
          CLOSE_POLICY_VIOLATION,
          `bad frame: ${error instanceof Error ? error.message : 'error'}`,
        )
      }
    },
    (end) => {
      const { code, reason } = describeEnd(end)
      if (end.kind === 'too-big') fail(code, reason)
      else events.close(code, reason)
    },
  )

  return {
    kind: 'lan',
    send: (bytes) => {
      if (events.isOpen) write(sender.seal(bytes))
    },
    close,
    ...events.listen,
    onMessage: (listener) => {
      events.listen.onMessage(listener)
      if (listening) return
      listening = true
      for (const bytes of early.splice(0)) events.message(bytes)
    },
    bufferedAmount: () => framed.socket.writableLength,
  }
}
