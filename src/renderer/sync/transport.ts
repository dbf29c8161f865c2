/**
 * How a replica reaches its host, whatever carries the frames: a WebSocket to the page's own
 * origin (the browser UI) or a MessagePort brokered by the desktop app. One dial is one
 * connection attempt; reconnecting is the caller's job (see SessionLink).
 */
export interface ReplicaTransport {
  /** Sends one frame; frames sent before the transport opened or after it closed are dropped. */
  send(bytes: Uint8Array): void
  /** Closes the connection; `onClose` still reports it, once. */
  close(): void
}

export interface TransportClose {
  readonly code: number
  readonly reason: string
  /** False when the connection never opened. */
  readonly opened: boolean
  /**
   * The host is up but turned this connection away before it opened: over a WebSocket that is an
   * upgrade answered with 401 (a wrong or expired token) or 403, which browsers do not report.
   */
  readonly refused: boolean
}

export interface TransportHandlers {
  onOpen(): void
  onMessage(bytes: Uint8Array): void
  /** Called once per dial, whether or not the connection ever opened. */
  onClose(close: TransportClose): void
}

/** Opens one connection to `room` (a dossier id, or the library room). */
export type Dialer = (room: string, handlers: TransportHandlers) => ReplicaTransport

/** What browsers report for a connection that ended without a close frame. */
export const CLOSE_ABNORMAL = 1006
