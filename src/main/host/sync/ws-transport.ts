import type { WebSocket } from 'ws'
import { webSocketTransport } from '../../../shared/transport'
import type { Transport } from '../../../shared/transport'

/** How long a peer gets to answer our close frame before its socket is cut. */
const CLOSE_GRACE_MS = 2000

/**
 * A `ws` socket (server side) as a Transport: the shared WebSocket adapter, plus what only Node
 * can do, cutting a socket whose peer never answers our close frame.
 */
export const wsTransport = (socket: WebSocket): Transport => {
  const transport = webSocketTransport(socket)
  let cutting = false
  return {
    ...transport,
    close: (code, reason) => {
      transport.close(code, reason)
      if (cutting || socket.readyState === socket.CLOSED) return
      cutting = true
      const timer = setTimeout(() => socket.terminate(), CLOSE_GRACE_MS)
      timer.unref()
      socket.once('close', () => clearTimeout(timer))
    },
  }
}
