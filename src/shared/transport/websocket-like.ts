/**
 * What a WebSocket adapter needs, met structurally by a browser WebSocket and by the `ws`
 * package's socket (client or server side). Listeners go through addEventListener, which both
 * offer with the same event shapes.
 */
export interface WebSocketLike {
  /** 0 connecting, 1 open, 2 closing, 3 closed. */
  readonly readyState: number
  /** Browsers default to 'blob', which this adapter cannot read; `ws` to Node Buffers. */
  binaryType: string
  readonly bufferedAmount: number
  send(data: Uint8Array): void
  close(code?: number, reason?: string): void
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void
  addEventListener(
    type: 'close',
    listener: (event: { readonly code: number; readonly reason: string }) => void,
  ): void
  addEventListener(type: 'open' | 'error', listener: () => void): void
}
