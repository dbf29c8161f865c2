import WebSocket from 'ws'
import { relayRoomUrl } from '../../../shared/relay'
import type { RelaySettings } from '../../../shared/relay'
import { webSocketTransport } from '../../../shared/transport'
import type { Transport } from '../../../shared/transport'
import { PEER_HOST_FRAME_LIMITS, maxFrameBytes } from '../../../shared/protocol'

/** How long a relay gets to accept the WebSocket upgrade. */
const HANDSHAKE_TIMEOUT_MS = 10_000

/**
 * A WebSocket to a dossier's room on a y-websocket relay, as a Transport (connecting until it
 * opens). The room is the URL's last path segment; a token travels as the `token` query
 * parameter, where y-websocket servers' authentication hooks read it.
 */
export const dialRelay = (settings: RelaySettings, dossierId: string): Transport => {
  const url = new URL(relayRoomUrl(settings.url, dossierId))
  if (settings.token !== undefined) url.searchParams.set('token', settings.token)
  const socket = new WebSocket(url, {
    handshakeTimeout: HANDSHAKE_TIMEOUT_MS,
    maxPayload: maxFrameBytes(PEER_HOST_FRAME_LIMITS),
    perMessageDeflate: false,
  })
  socket.binaryType = 'arraybuffer'
  return webSocketTransport(socket, { kind: 'relay' })
}
