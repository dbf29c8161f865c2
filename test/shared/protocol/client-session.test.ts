import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  ClientSession,
  HOST_FRAME_LIMITS,
  decodeFrame,
  encodeClose,
  encodeRpc,
  encodeSyncUpdate,
} from '../../../src/shared/protocol'
import type { FrameType } from '../../../src/shared/protocol'

/** Two sessions wired to each other directly, recording the type of every frame sent. */
const wiredPair = () => {
  const sent: { from: 'a' | 'b'; type: FrameType }[] = []
  const record = (from: 'a' | 'b', bytes: Uint8Array) => {
    const decoded = decodeFrame(bytes, HOST_FRAME_LIMITS)
    if (decoded.ok) sent.push({ from, type: decoded.frame.type })
  }
  const docA = new Y.Doc()
  const docB = new Y.Doc()
  let b: ClientSession | null = null
  const a = new ClientSession({
    doc: docA,
    send: (bytes) => (record('a', bytes), b?.receive(bytes)),
  })
  b = new ClientSession({ doc: docB, send: (bytes) => (record('b', bytes), a.receive(bytes)) })
  return { a, b, docA, docB, sent }
}

describe('ClientSession', () => {
  it('runs the handshake both ways and then forwards updates without echoing them', () => {
    const { a, b, docA, docB, sent } = wiredPair()
    docA.getText('source').insert(0, 'before connecting')
    b.start()
    a.start()
    expect(a.synced && b.synced).toBe(true)
    expect(docB.getText('source').toString()).toBe('before connecting')

    sent.length = 0
    docB.getText('source').insert(0, 'B: ')
    expect(docA.getText('source').toString()).toBe('B: before connecting')
    // One update went out, and applying it on A sent nothing back.
    expect(sent).toEqual([{ from: 'b', type: 'sync-update' }])
    a.destroy()
    b.destroy()
  })

  it('sends its own presence only, and drops remote presences when disconnected', () => {
    const { a, b, docA } = wiredPair()
    a.start()
    b.start()
    a.setPresence({ user: { name: 'Ana' }, claimId: 'c_1' })
    expect(b.awareness.getStates().get(docA.clientID)).toEqual({
      user: { name: 'Ana' },
      claimId: 'c_1',
    })
    b.disconnected()
    expect(b.awareness.getStates().has(docA.clientID)).toBe(false)
    a.destroy()
    b.destroy()
  })

  it('reports a host that breaks the protocol instead of applying its frames', () => {
    const doc = new Y.Doc()
    const errors: string[] = []
    const closes: [number, string][] = []
    const session = new ClientSession({
      doc,
      send: () => undefined,
      onProtocolError: (reason) => errors.push(reason),
      onHostClose: (code, reason) => closes.push([code, reason]),
    })
    session.start()
    session.receive(Uint8Array.of(77))
    session.receive(encodeSyncUpdate(Uint8Array.of(1, 2, 3)))
    session.receive(encodeClose(1008, 'rate limit exceeded'))
    expect(errors).toEqual([
      'unknown-type: unknown message type 77',
      'the host sent an update that does not decode',
    ])
    expect(closes).toEqual([[1008, 'rate limit exceeded']])
    expect(doc.share.size).toBe(0)
    session.destroy()
  })
})

describe('RPC client', () => {
  it('checks params before sending and results when they arrive', async () => {
    const frames: Uint8Array[] = []
    const session = new ClientSession({ doc: new Y.Doc(), send: (bytes) => frames.push(bytes) })
    await expect(session.rpc.call('list', {})).rejects.toMatchObject({ code: 'disconnected' })
    session.start()
    frames.length = 0
    await expect(
      session.rpc.call('export', { id: 'm_x', format: 'pdf' as 'md' }),
    ).rejects.toMatchObject({
      code: 'invalid-params',
    })
    expect(frames).toHaveLength(0)

    const good = session.rpc.call('flush', {})
    const bad = session.rpc.call('flush', {})
    const failed = session.rpc.call('flush', {})
    const [one, two, three] = frames.map((bytes) => {
      const decoded = decodeFrame(bytes, HOST_FRAME_LIMITS)
      if (!decoded.ok || decoded.frame.type !== 'rpc' || decoded.frame.message.kind !== 'request') {
        throw new Error('not a request')
      }
      return decoded.frame.message.request.id
    })
    session.receive(encodeRpc({ id: one!, result: { updates: 3, waiting: 0 } }))
    session.receive(encodeRpc({ id: two!, result: { updates: 'many' } }))
    session.receive(encodeRpc({ id: three!, error: { code: 'not-durable', message: 'disk full' } }))
    session.receive(encodeRpc({ id: 99, result: {} }))
    await expect(good).resolves.toEqual({ updates: 3, waiting: 0 })
    await expect(bad).rejects.toMatchObject({ code: 'bad-result' })
    await expect(failed).rejects.toMatchObject({ code: 'not-durable', message: 'disk full' })

    const pending = session.rpc.call('list', {})
    session.disconnected()
    await expect(pending).rejects.toMatchObject({ code: 'disconnected' })
    session.destroy()
  })

  it('gives up on a call that gets no answer', async () => {
    const session = new ClientSession({ doc: new Y.Doc(), send: () => undefined, rpcTimeoutMs: 20 })
    session.start()
    await expect(session.rpc.call('list', {})).rejects.toMatchObject({ code: 'timeout' })
    session.destroy()
  })
})
