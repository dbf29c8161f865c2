import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  HOST_FRAME_LIMITS,
  REPLICA_FRAME_LIMITS,
  checkUpdate,
  decodeFrame,
  encodeAwarenessFrame,
  encodeRpc,
  encodeSyncStep1,
  encodeSyncUpdate,
  readAwarenessEntries,
  writeAwarenessEntries,
} from '../../../src/shared/protocol'

const doc = new Y.Doc()
doc.getText('t').insert(0, 'some text to sync')
doc.getArray<unknown>('a').push([{ nested: [1, 'two', null] }, 3.5, true])
const validFrames = [
  encodeSyncStep1(Y.encodeStateVector(doc)),
  encodeSyncUpdate(Y.encodeStateAsUpdate(doc)),
  encodeAwarenessFrame(
    writeAwarenessEntries([{ clientId: 12, clock: 4, state: { user: { name: 'Ana' } } }]),
  ),
  encodeRpc({ id: 1, method: 'list', params: {} }),
]

/** A valid frame with a few bytes overwritten, and possibly cut short. */
const mutatedFrame = fc
  .record({
    frame: fc.constantFrom(...validFrames),
    edits: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
    cut: fc.option(fc.nat()),
  })
  .map(({ frame, edits, cut }) => {
    const bytes = frame.slice()
    for (const [at, value] of edits) bytes[at % bytes.length] = value
    return cut === null ? bytes : bytes.subarray(0, cut % (bytes.length + 1))
  })

const neverThrows = (bytes: Uint8Array): void => {
  for (const limits of [HOST_FRAME_LIMITS, REPLICA_FRAME_LIMITS]) {
    const result = decodeFrame(bytes, limits)
    expect(typeof result.ok).toBe('boolean')
    if (result.ok && (result.frame.type === 'sync-update' || result.frame.type === 'sync-step2')) {
      expect(typeof checkUpdate(result.frame.update, () => 0).ok).toBe('boolean')
    }
  }
}

describe('the decoder never throws', () => {
  it('on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 512 }), neverThrows), { numRuns: 3000 })
  })

  it('on valid frames with bytes changed or cut off', () => {
    fc.assert(fc.property(mutatedFrame, neverThrows), { numRuns: 3000 })
  })

  it('on random sync payloads, and checkUpdate never throws on them either', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 256 }), (payload) => {
        neverThrows(encodeSyncUpdate(payload))
        expect(typeof checkUpdate(payload, () => 0).ok).toBe('boolean')
        expect(readAwarenessEntries(payload)).toBeDefined()
      }),
      { numRuns: 3000 },
    )
  })
})
