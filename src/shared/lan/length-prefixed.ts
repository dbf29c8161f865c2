/** A LAN frame on the wire: a uint32 big-endian length, then that many bytes. */
export const LENGTH_BYTES = 4

export const encodeLengthPrefixed = (body: Uint8Array): Uint8Array => {
  const out = new Uint8Array(LENGTH_BYTES + body.length)
  new DataView(out.buffer).setUint32(0, body.length)
  out.set(body, LENGTH_BYTES)
  return out
}

export type FrameReadResult =
  | { readonly ok: true; readonly frames: Uint8Array[] }
  | { readonly ok: false; readonly length: number }

/**
 * Cuts a byte stream into frames. The cap is checked as soon as a length is read, before a byte of
 * the body is buffered, and can change between chunks (small during the handshake). Chunks are kept
 * apart until a frame is complete, so a large frame arriving in small chunks is copied once.
 */
export class LengthPrefixedReader {
  private chunks: Uint8Array[] = []
  private buffered = 0

  constructor(public cap: number) {}

  push(chunk: Uint8Array): FrameReadResult {
    this.chunks.push(chunk)
    this.buffered += chunk.length
    const frames: Uint8Array[] = []
    for (;;) {
      if (this.buffered < LENGTH_BYTES) return { ok: true, frames }
      const header = this.peek(LENGTH_BYTES)
      const length = new DataView(header.buffer, header.byteOffset).getUint32(0)
      if (length > this.cap) return { ok: false, length }
      if (this.buffered < LENGTH_BYTES + length) return { ok: true, frames }
      frames.push(this.take(LENGTH_BYTES + length).subarray(LENGTH_BYTES))
    }
  }

  /** Bytes received and not yet part of a frame. */
  get pending(): number {
    return this.buffered
  }

  private peek(length: number): Uint8Array {
    const first = this.chunks[0]
    if (first !== undefined && first.length >= length) return first.subarray(0, length)
    this.chunks = [this.joined()]
    return this.chunks[0]?.subarray(0, length) ?? new Uint8Array()
  }

  private take(length: number): Uint8Array {
    const all = this.chunks.length === 1 ? (this.chunks[0] ?? new Uint8Array()) : this.joined()
    const out = all.slice(0, length)
    const rest = all.subarray(length)
    this.chunks = rest.length > 0 ? [rest] : []
    this.buffered = rest.length
    return out
  }

  private joined(): Uint8Array {
    const out = new Uint8Array(this.buffered)
    let offset = 0
    for (const chunk of this.chunks) {
      out.set(chunk, offset)
      offset += chunk.length
    }
    return out
  }
}
