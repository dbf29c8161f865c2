/**
 * One connection that carries whole messages of bytes, whatever carries them: a WebSocket, a
 * MessagePort (DOM, Electron's MessagePortMain, Node's worker_threads), an in-memory pair, later
 * an encrypted stream on a LAN. Session and room code see only this; each carrier is an adapter.
 *
 * Every adapter keeps the same promises (test/shared/transport/transport-contract.ts):
 * - a frame sent is one frame received, whole and in order;
 * - anything received that is not bytes closes the transport (1003);
 * - close is reported once per side, with a code and a reason: the code and reason the closing
 *   side gave (at once, to itself; to the peer when it learns), or 1006 when the peer vanished;
 * - frames sent before open or after close are dropped, never thrown.
 */
export interface Transport {
  /** For peers listings and logs: 'websocket', 'port', 'memory', ... */
  readonly kind: string
  send(bytes: Uint8Array): void
  /** Closes with a WebSocket-style code and reason (1000 by default); a second close does nothing. */
  close(code?: number, reason?: string): void
  /** Called once when the transport opens; at once if it is open already. */
  onOpen(listener: () => void): void
  onMessage(listener: (bytes: Uint8Array) => void): void
  /** Called once, however it closed; at once if it is closed already. */
  onClose(listener: (close: TransportClose) => void): void
  /** Bytes queued for sending and not yet written, where the carrier knows (backpressure). */
  bufferedAmount?(): number
}

export interface TransportClose {
  readonly code: number
  readonly reason: string
  /** False when the transport never opened. */
  readonly opened: boolean
  /**
   * The other end is there but turned this connection away before it opened: over a WebSocket,
   * an upgrade answered with 401 (a wrong or expired token) or 403, which browsers do not report.
   */
  readonly refused: boolean
}

/** What WebSockets report for a connection that ended without a close frame: the peer vanished. */
export const CLOSE_ABNORMAL = 1006
