import type { RawData, WebSocket } from 'ws'
import { CLOSE_UNSUPPORTED_DATA, clampCloseReason } from '../../../shared/protocol'
import { CloseSignal, asBytes } from './transport'
import type { Transport } from './transport'

/** How long a peer gets to answer our close frame before its socket is cut. */
const CLOSE_GRACE_MS = 2000

/** A `ws` socket (server side) as a Transport. Text frames close it: the protocol is binary. */
export const wsTransport = (socket: WebSocket): Transport => {
  const closed = new CloseSignal()
  const messageListeners: ((bytes: Uint8Array) => void)[] = []
  socket.on('close', (code: number, reason: Buffer) => closed.fire(code, reason.toString('utf8')))
  // ws reports protocol errors (a frame over maxPayload, bad framing) here and then closes the
  // socket itself with the matching code; without a listener the error would crash the process.
  socket.on('error', () => undefined)

  const close = (code: number, reason: string): void => {
    if (socket.readyState === socket.CLOSING || socket.readyState === socket.CLOSED) return
    socket.close(code, clampCloseReason(reason))
    const timer = setTimeout(() => socket.terminate(), CLOSE_GRACE_MS)
    timer.unref()
    socket.once('close', () => clearTimeout(timer))
  }

  socket.on('message', (data: RawData, isBinary: boolean) => {
    if (socket.readyState !== socket.OPEN) return
    const bytes = isBinary ? asBytes(data) : null
    if (bytes === null) return close(CLOSE_UNSUPPORTED_DATA, 'binary frames only')
    for (const listener of messageListeners) listener(bytes)
  })

  return {
    kind: 'websocket',
    send: (bytes) => {
      if (socket.readyState === socket.OPEN) socket.send(bytes)
    },
    close,
    onMessage: (listener) => void messageListeners.push(listener),
    onClose: (listener) => closed.add(listener),
    bufferedAmount: () => socket.bufferedAmount,
  }
}
