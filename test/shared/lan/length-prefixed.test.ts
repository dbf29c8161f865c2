import { describe, expect, it } from 'vitest'
import { LengthPrefixedReader, encodeLengthPrefixed } from '../../../src/shared/lan'

describe('length-prefixed frames', () => {
  it('cuts a stream into frames however it is chunked', () => {
    const frames = [new Uint8Array(), Uint8Array.of(1, 2, 3), new Uint8Array(1000).fill(7)]
    const wire = Uint8Array.from(frames.flatMap((frame) => [...encodeLengthPrefixed(frame)]))
    for (const chunkSize of [1, 3, 4, 5, 64, wire.length]) {
      const reader = new LengthPrefixedReader(1000)
      const out: Uint8Array[] = []
      for (let i = 0; i < wire.length; i += chunkSize) {
        const read = reader.push(wire.subarray(i, i + chunkSize))
        if (!read.ok) throw new Error('refused')
        out.push(...read.frames)
      }
      expect(out).toEqual(frames)
      expect(reader.pending).toBe(0)
    }
  })

  it('refuses a length over the cap as soon as the length is read', () => {
    const reader = new LengthPrefixedReader(10)
    expect(reader.push(Uint8Array.of(0, 0))).toEqual({ ok: true, frames: [] })
    expect(reader.push(Uint8Array.of(0, 11))).toEqual({ ok: false, length: 11 })
  })
})
