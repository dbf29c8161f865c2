import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import {
  HOST_FRAME_LIMITS,
  MESSAGE_RPC,
  decodeFrame,
  encodeAwarenessFrame,
  encodeAwarenessStates,
  encodeClose,
  encodeQueryAwareness,
  encodeRpc,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
  readAwarenessEntries,
  writeAwarenessEntries,
} from '../../../src/shared/protocol'
import type { DecodeResult } from '../../../src/shared/protocol'

const docWithText = (text: string): Y.Doc => {
  const doc = new Y.Doc()
  doc.getText('t').insert(0, text)
  return doc
}

/** A frame as y-websocket's own code writes it. */
const yWebsocketFrame = (write: (encoder: encoding.Encoder) => void): Uint8Array => {
  const encoder = encoding.createEncoder()
  write(encoder)
  return encoding.toUint8Array(encoder)
}

const decode = (bytes: Uint8Array): DecodeResult => decodeFrame(bytes, HOST_FRAME_LIMITS)

const failure = (bytes: Uint8Array): string => {
  const result = decode(bytes)
  if (result.ok) throw new Error(`decoded as ${result.frame.type}`)
  return result.reason
}

describe('frames are y-websocket frames', () => {
  it('sync step 1, step 2 and update are byte for byte what y-protocols writes', () => {
    const doc = docWithText('hello')
    const sv = Y.encodeStateVector(doc)
    const update = Y.encodeStateAsUpdate(doc)
    expect(encodeSyncStep1(sv)).toEqual(
      yWebsocketFrame((e) => (encoding.writeVarUint(e, 0), syncProtocol.writeSyncStep1(e, doc))),
    )
    expect(encodeSyncStep2(update)).toEqual(
      yWebsocketFrame((e) => (encoding.writeVarUint(e, 0), syncProtocol.writeSyncStep2(e, doc))),
    )
    expect(encodeSyncUpdate(update)).toEqual(
      yWebsocketFrame((e) => (encoding.writeVarUint(e, 0), syncProtocol.writeUpdate(e, update))),
    )
  })

  it('awareness frames carry y-protocols awareness updates', () => {
    const awareness = new Awareness(new Y.Doc())
    // The constructor sets an empty state (clock 0); this is the second (clock 1).
    awareness.setLocalState({ user: { name: 'Ana' } })
    const id = awareness.clientID
    const theirs = yWebsocketFrame((e) => {
      encoding.writeVarUint(e, 1)
      encoding.writeVarUint8Array(e, encodeAwarenessUpdate(awareness, [id]))
    })
    expect(encodeAwarenessStates(awareness, [id])).toEqual(theirs)
    const decoded = decode(theirs)
    expect(decoded).toMatchObject({
      ok: true,
      frame: {
        type: 'awareness',
        entries: [{ clientId: id, clock: 1, state: { user: { name: 'Ana' } } }],
      },
    })
    awareness.destroy()
  })

  it('round-trips every frame type', () => {
    const doc = docWithText('round trip')
    const sv = Y.encodeStateVector(doc)
    const update = Y.encodeStateAsUpdate(doc)
    const entries = [
      { clientId: 7, clock: 3, state: { user: { name: 'B' } } },
      { clientId: 4294967295, clock: 0, state: null },
    ]
    const cases: [Uint8Array, unknown][] = [
      [encodeSyncStep1(sv), { type: 'sync-step1', stateVector: sv }],
      [encodeSyncStep2(update), { type: 'sync-step2', update }],
      [encodeSyncUpdate(update), { type: 'sync-update', update }],
      [encodeAwarenessFrame(writeAwarenessEntries(entries)), { type: 'awareness', entries }],
      [encodeQueryAwareness(), { type: 'query-awareness' }],
      [
        encodeRpc({ id: 5, method: 'export', params: { id: 'm_x', format: 'md' } }),
        {
          type: 'rpc',
          message: {
            kind: 'request',
            request: { id: 5, method: 'export', params: { id: 'm_x', format: 'md' } },
          },
        },
      ],
      [
        encodeRpc({ id: 5, result: { ok: 1 } }),
        { type: 'rpc', message: { kind: 'response', response: { id: 5, result: { ok: 1 } } } },
      ],
      [
        encodeRpc({ id: 6, error: { code: 'busy', message: 'later' } }),
        {
          type: 'rpc',
          message: {
            kind: 'response',
            response: { id: 6, error: { code: 'busy', message: 'later' } },
          },
        },
      ],
      [
        encodeClose(1008, 'rate limit exceeded'),
        { type: 'close', code: 1008, reason: 'rate limit exceeded' },
      ],
    ]
    for (const [bytes, frame] of cases)
      expect(decode(bytes)).toEqual({ ok: true, frame: expect.objectContaining(frame as object) })
  })

  it('extracted payloads are copies, not views of the frame', () => {
    const frame = encodeSyncUpdate(Y.encodeStateAsUpdate(docWithText('copy')))
    const decoded = decode(frame)
    if (!decoded.ok || decoded.frame.type !== 'sync-update') throw new Error('not an update')
    expect(decoded.frame.update.buffer).not.toBe(frame.buffer)
    expect(decoded.frame.update.byteOffset).toBe(0)
  })

  it('cuts close reasons to what a WebSocket close frame can carry', () => {
    const decoded = decode(encodeClose(1008, 'é'.repeat(200)))
    if (!decoded.ok || decoded.frame.type !== 'close') throw new Error('not a close notice')
    expect(new TextEncoder().encode(decoded.frame.reason).length).toBeLessThanOrEqual(123)
  })
})

describe('the decoder refuses, with a reason', () => {
  const update = Y.encodeStateAsUpdate(docWithText('payload'))

  it('empty frames, unknown types and y-websocket auth messages', () => {
    expect(failure(new Uint8Array())).toBe('empty')
    expect(failure(Uint8Array.of(2, 0, 0))).toBe('unknown-type')
    expect(failure(Uint8Array.of(42))).toBe('unknown-type')
    expect(failure(Uint8Array.of(0x80))).toBe('truncated')
  })

  it('cut-short and padded frames', () => {
    const frame = encodeSyncUpdate(update)
    expect(failure(frame.subarray(0, frame.length - 1))).toBe('truncated')
    expect(failure(Uint8Array.of(0))).toBe('truncated')
    expect(failure(Uint8Array.of(...frame, 0))).toBe('trailing-bytes')
    expect(failure(Uint8Array.of(3, 0))).toBe('trailing-bytes')
  })

  it('unknown sync types and bad state vectors', () => {
    expect(failure(Uint8Array.of(0, 3, 0))).toBe('bad-sync-type')
    expect(failure(Uint8Array.of(0, 0, 2, 1, 0x80))).toBe('bad-state-vector')
  })

  it('awareness that is not y-protocols awareness', () => {
    const entry = (json: string) => {
      const e = encoding.createEncoder()
      encoding.writeVarUint(e, 1)
      encoding.writeVarUint(e, 1)
      encoding.writeVarUint(e, 0)
      encoding.writeVarString(e, json)
      return encodeAwarenessFrame(encoding.toUint8Array(e))
    }
    expect(failure(entry('{"user":'))).toBe('bad-awareness')
    expect(failure(entry('[1,2]'))).toBe('bad-awareness')
    expect(failure(entry('"text"'))).toBe('bad-awareness')
    expect(decode(entry('null')).ok).toBe(true)
    expect(failure(encodeAwarenessFrame(Uint8Array.of(200, 1)))).toBe('bad-awareness')
    expect(readAwarenessEntries(Uint8Array.of(1, 1, 1, 4, 0x7b, 0x7d))).toBe(
      'awareness state is cut short',
    )
  })

  it('frames over the limit for their type', () => {
    const pad = 'x'.repeat(HOST_FRAME_LIMITS.awarenessBytes)
    expect(
      failure(
        encodeAwarenessFrame(writeAwarenessEntries([{ clientId: 1, clock: 1, state: { pad } }])),
      ),
    ).toBe('too-big')
    expect(failure(Uint8Array.of(3, ...new Uint8Array(HOST_FRAME_LIMITS.controlBytes)))).toBe(
      'too-big',
    )
    expect(decode(encodeSyncUpdate(Y.encodeStateAsUpdate(docWithText(pad)))).ok).toBe(true)
  })

  it('RPC frames that are not JSON envelopes', () => {
    const raw = (bytes: Uint8Array) => {
      const e = encoding.createEncoder()
      encoding.writeVarUint(e, MESSAGE_RPC)
      encoding.writeVarUint8Array(e, bytes)
      return encoding.toUint8Array(e)
    }
    const text = (json: string) => raw(new TextEncoder().encode(json))
    expect(failure(text('nope'))).toBe('bad-rpc')
    expect(failure(text('{"id":1}'))).toBe('bad-rpc')
    expect(failure(text('{"id":1.5,"method":"list"}'))).toBe('bad-rpc')
    expect(failure(text('{"id":1,"method":"list","params":{},"extra":1}'))).toBe('bad-rpc')
    expect(failure(text('{"id":1,"error":{"code":"x"}}'))).toBe('bad-rpc')
    expect(failure(raw(Uint8Array.of(0xff, 0xfe)))).toBe('bad-rpc')
  })
})
