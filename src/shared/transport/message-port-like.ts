/**
 * What a message port adapter needs, met structurally by a DOM MessagePort, Electron's
 * MessagePortMain and Node's worker_threads MessagePort: the last two are event emitters (Node
 * passes the message itself to 'message' listeners, Electron an event with `data`), DOM ports
 * are event targets that deliver nothing until started.
 */
export interface MessagePortLike {
  postMessage(message: Uint8Array): void
  close(): void
  on?(event: 'message' | 'close', listener: (message: unknown) => void): unknown
  /** DOM ports (the event's `data` is the message). */
  addEventListener?(type: 'message', listener: (event: { readonly type: string; readonly data?: unknown }) => void): void
  /** DOM ports and MessagePortMain queue messages until started. */
  start?(): void
}
