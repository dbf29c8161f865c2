import { describe, expect, it } from 'vitest'
import {
  DamagedFileError,
  decodeSnapshot,
  encodeSnapshot,
} from '../../../src/main/host/store/snapshot-file'

const payload = new Uint8Array(Array.from({ length: 300 }, (_, i) => i % 251))

describe('snapshot file', () => {
  it('round-trips its payload', () => {
    expect(decodeSnapshot(encodeSnapshot(payload))).toEqual(payload)
  })

  it.each([
    ['an empty file', () => new Uint8Array(), /empty/],
    [
      'another kind of file',
      () => new TextEncoder().encode('{"hello": "world"} and more text'),
      /not a dossier snapshot/,
    ],
    [
      'a truncated file',
      () => encodeSnapshot(payload).subarray(0, 100),
      /^the file is cut short \(87 of 300 bytes\)$/,
    ],
    [
      'a flipped byte',
      () => {
        const file = encodeSnapshot(payload)
        file[200] = file[200]! ^ 0xff
        return file
      },
      /^checksum mismatch$/,
    ],
    [
      'an unknown version',
      () => {
        const file = encodeSnapshot(payload)
        file[4] = 9
        return file
      },
      /unknown snapshot version 9/,
    ],
  ])('reports %s precisely', (_name, make, message) => {
    expect(() => decodeSnapshot(make())).toThrow(DamagedFileError)
    expect(() => decodeSnapshot(make())).toThrow(message)
  })
})
