/**
 * One replica connection, whatever carries it: a WebSocket, an Electron MessagePortMain, a Node
 * worker_threads MessagePort. Frames are whole messages of bytes; a transport that receives
 * anything else closes itself (1003).
 */
export interface Transport {
  /** For peers listings and logs: 'websocket', 'port', ... */
  readonly kind?: string
  send(bytes: Uint8Array): void
  /** Closes with a WebSocket-style code and reason; a second close does nothing. */
  close(code: number, reason: string): void
  onMessage(listener: (bytes: Uint8Array) => void): void
  /** Called once, however the transport closed (by us, by the peer, by an error). */
  onClose(listener: (code: number, reason: string) => void): void
  /** Bytes queued for sending and not yet written, where the transport knows. */
  bufferedAmount?(): number
}

/** A listener list that calls each listener at most once when asked to, and forgets them all. */
export class CloseSignal {
  private listeners: ((code: number, reason: string) => void)[] = []
  private fired = false

  add(listener: (code: number, reason: string) => void): void {
    if (!this.fired) this.listeners.push(listener)
  }

  fire(code: number, reason: string): void {
    if (this.fired) return
    this.fired = true
    const listeners = this.listeners
    this.listeners = []
    for (const listener of listeners) listener(code, reason)
  }

  get closed(): boolean {
    return this.fired
  }
}

/** Whatever a message event carried, as bytes, or null when it was not bytes. */
export const asBytes = (data: unknown): Uint8Array | null => {
  if (data instanceof Uint8Array) return data
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  if (Array.isArray(data) && data.every((part) => part instanceof Uint8Array)) {
    return concat(data as Uint8Array[])
  }
  return null
}

const concat = (parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}
