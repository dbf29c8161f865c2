import type { Socket } from 'node:net'
import { LengthPrefixedReader, encodeLengthPrefixed } from '../../../shared/lan'

/** Why no next frame will come. */
export type SocketEnd =
  | { readonly kind: 'closed'; readonly error?: string }
  | { readonly kind: 'too-big'; readonly length: number }

export class SocketEndedError extends Error {
  constructor(readonly end: SocketEnd) {
    super(end.kind === 'too-big' ? `a frame of ${end.length} bytes` : (end.error ?? 'closed'))
  }
}

/**
 * A TCP socket as a sequence of length-prefixed frames. During the handshake the caller awaits
 * `next()`; afterwards it hands the frames to `onFrame` as they come. An oversize length ends the
 * frames before its body is read.
 */
export class FramedSocket {
  private readonly reader: LengthPrefixedReader
  private readonly queue: Uint8Array[] = []
  private waiter: { resolve: (frame: Uint8Array) => void; reject: (error: Error) => void } | null =
    null
  private listener: ((frame: Uint8Array) => void) | null = null
  private endListener: ((end: SocketEnd) => void) | null = null
  private ended: SocketEnd | null = null
  private error: string | undefined

  constructor(
    readonly socket: Socket,
    cap: number,
  ) {
    this.reader = new LengthPrefixedReader(cap)
    socket.on('data', (chunk: Buffer) => this.receive(chunk))
    socket.on('error', (error: NodeJS.ErrnoException) => (this.error = error.code ?? error.message))
    socket.on('close', () =>
      this.end({ kind: 'closed', ...(this.error === undefined ? {} : { error: this.error }) }),
    )
  }

  set cap(cap: number) {
    this.reader.cap = cap
  }

  /** The next frame; rejects with SocketEndedError once the socket is gone or sent too much. */
  next(): Promise<Uint8Array> {
    const queued = this.queue.shift()
    if (queued !== undefined) return Promise.resolve(queued)
    if (this.ended !== null) return Promise.reject(new SocketEndedError(this.ended))
    return new Promise((resolve, reject) => (this.waiter = { resolve, reject }))
  }

  /** From now on every frame (those already queued first) goes to `onFrame`, the end to `onEnd`. */
  stream(onFrame: (frame: Uint8Array) => void, onEnd: (end: SocketEnd) => void): void {
    this.listener = onFrame
    this.endListener = onEnd
    while (this.listener !== null && this.queue.length > 0) {
      const frame = this.queue.shift()
      if (frame !== undefined) onFrame(frame)
    }
    if (this.ended !== null) onEnd(this.ended)
  }

  write(body: Uint8Array): void {
    if (this.socket.writable) this.socket.write(encodeLengthPrefixed(body))
  }

  /** Destroys the socket: no more frames are read, none is written. */
  destroy(): void {
    this.socket.destroy()
  }

  private receive(chunk: Buffer): void {
    if (this.ended !== null) return
    const read = this.reader.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length))
    const frames = read.ok ? read.frames : []
    for (const frame of frames) this.deliver(frame)
    if (!read.ok) {
      // A streaming owner says why before it destroys the socket; during the handshake, no word.
      const streaming = this.endListener !== null
      this.end({ kind: 'too-big', length: read.length })
      if (!streaming) this.socket.destroy()
    }
  }

  private deliver(frame: Uint8Array): void {
    if (this.ended !== null) return
    const waiter = this.waiter
    this.waiter = null
    if (waiter !== null) waiter.resolve(frame)
    else if (this.listener !== null) this.listener(frame)
    else this.queue.push(frame)
  }

  private end(end: SocketEnd): void {
    if (this.ended !== null) return
    this.ended = end
    this.waiter?.reject(new SocketEndedError(end))
    this.waiter = null
    this.endListener?.(end)
  }
}
