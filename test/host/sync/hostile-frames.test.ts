import fc from 'fast-check'
import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  HOST_FRAME_LIMITS,
  MESSAGE_RPC,
  decodeFrame,
  encodeAwarenessFrame,
  encodeRpc,
  encodeSyncStep1,
  encodeSyncUpdate,
  withLimits,
  writeAwarenessEntries,
} from '../../../src/shared/protocol'
import { eventually } from './support/eventually'
import { startHub } from './support/hub-fixture'
import { honestPair } from './support/honest'
import { rawSocket, syncUrl } from './support/replicas'

const MiB = 1024 * 1024

/** An update of `bytes` characters of source text from a client no one has heard of. */
const bigUpdate = (bytes: number): Uint8Array => {
  const doc = new Y.Doc()
  doc.getText('source').insert(0, 'x'.repeat(bytes))
  return Y.encodeStateAsUpdate(doc)
}

const rpcText = (json: string): Uint8Array => {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_RPC)
  encoding.writeVarString(encoder, json)
  return encoding.toUint8Array(encoder)
}

describe('hostile frames', () => {
  it('random bytes close only the connection that sent them', async () => {
    const fixture = await startHub()
    const honest = await honestPair(fixture)
    const url = syncUrl(fixture.server.url, fixture.dossierId, fixture.token)
    const frames = fc.sample(fc.uint8Array({ minLength: 1, maxLength: 300 }), {
      numRuns: 30,
      seed: 7,
    })
    let refused = 0
    for (const frame of frames) {
      const raw = await rawSocket(url)
      raw.socket.send(frame)
      if (!decodeFrame(frame, HOST_FRAME_LIMITS).ok) {
        const closed = await raw.closed
        expect([1008, 1009]).toContain(closed.code)
        expect(closed.reason).toMatch(/^bad frame/)
        refused++
      }
      raw.socket.terminate()
    }
    expect(refused).toBeGreaterThan(20)
    await honest.stillSyncing('random bytes')
  })

  it('oversized frames are refused by the socket limit and by the per-type limit', async () => {
    const fixture = await startHub()
    const honest = await honestPair(fixture)
    const url = syncUrl(fixture.server.url, fixture.dossierId, fixture.token)

    const huge = await rawSocket(url)
    huge.socket.send(new Uint8Array(17 * MiB))
    expect((await huge.closed).code).toBe(1009)

    // Under the socket's limit, over awareness's own 64 KiB.
    const entries = [{ clientId: 1, clock: 1, state: { pad: 'x'.repeat(70 * 1024) } }]
    const fat = await rawSocket(url)
    fat.socket.send(encodeAwarenessFrame(writeAwarenessEntries(entries)))
    const closed = await fat.closed
    expect(closed).toEqual({ code: 1009, reason: expect.stringMatching(/too-big/) })
    await honest.stillSyncing('oversized frames')
  })

  it('truncated sync messages and text frames are refused', async () => {
    const fixture = await startHub()
    const honest = await honestPair(fixture)
    const url = syncUrl(fixture.server.url, fixture.dossierId, fixture.token)
    const frame = encodeSyncUpdate(bigUpdate(100))
    for (const cut of [1, 2, 5, frame.length - 1]) {
      const raw = await rawSocket(url)
      raw.socket.send(frame.subarray(0, cut))
      const closed = await raw.closed
      expect(closed.code).toBe(1008)
      expect(closed.reason).toMatch(/bad frame \((truncated|bad-sync-type)\)/)
    }
    const text = await rawSocket(url)
    text.socket.send('{"hello":"world"}')
    expect(await text.closed).toEqual({ code: 1003, reason: 'binary frames only' })
    await honest.stillSyncing('truncated frames')
  })

  it('a valid update for an unknown dossier reaches no document', async () => {
    const fixture = await startHub()
    const honest = await honestPair(fixture)
    const raw = await rawSocket(syncUrl(fixture.server.url, 'm_nosuchdossier1', fixture.token))
    raw.socket.send(encodeSyncUpdate(bigUpdate(10)))
    expect(await raw.closed).toEqual({ code: 4404, reason: 'unknown dossier' })
    expect(fixture.docs.docs.has('m_nosuchdossier1')).toBe(false)
    expect(fixture.hub.stats.rooms).toBe(1)
    await honest.stillSyncing('an unknown dossier')
  })

  it('a malformed update inside a valid sync frame closes the sender; the document is untouched', async () => {
    const fixture = await startHub()
    const honest = await honestPair(fixture)
    const hubDoc = fixture.docs.docs.get(fixture.dossierId)!
    const before = Y.encodeStateAsUpdate(hubDoc)
    const update = bigUpdate(50)
    for (const broken of [
      update.slice(0, update.length - 3),
      Uint8Array.from([5, 250, 251, 252]),
    ]) {
      const raw = await rawSocket(syncUrl(fixture.server.url, fixture.dossierId, fixture.token))
      raw.socket.send(encodeSyncUpdate(broken))
      expect(await raw.closed).toEqual({
        code: 1008,
        reason: 'malformed update: update does not decode',
      })
    }
    expect(Y.encodeStateAsUpdate(hubDoc)).toEqual(before)
    await honest.stillSyncing('malformed updates')
  })

  it('holds updates whose dependencies are missing, applies them when they arrive, and bounds them', async () => {
    const fixture = await startHub({ limits: withLimits({ heldUpdateBytes: 64 * 1024 }) })
    const honest = await honestPair(fixture)
    const hubDoc = fixture.docs.docs.get(fixture.dossierId)!
    const author = new Y.Doc()
    author.getText('source').insert(0, 'first ')
    const first = Y.encodeStateAsUpdate(author)
    const afterFirst = Y.encodeStateVector(author)
    author.getText('source').insert(6, 'second')
    const second = Y.encodeStateAsUpdate(author, afterFirst)

    const url = syncUrl(fixture.server.url, fixture.dossierId, fixture.token)
    const late = await rawSocket(url)
    late.socket.send(encodeSyncUpdate(second))
    await honest.stillSyncing('a gap')
    expect(hubDoc.getText('source').toString()).not.toContain('second')
    expect(hubDoc.store.pendingStructs).toBeNull()
    late.socket.send(encodeSyncUpdate(first))
    await eventually(() => expect(hubDoc.getText('source').toString()).toContain('first second'))

    // Gaps that are never filled: held apart, up to the cap, then the sender goes.
    const liar = await rawSocket(url)
    for (let i = 0; i < 40; i++) {
      const gap = new Y.Doc()
      gap.getText('junk').insert(0, 'a')
      const sv = Y.encodeStateVector(gap)
      gap.getText('junk').insert(1, 'b'.repeat(4096))
      liar.socket.send(encodeSyncUpdate(Y.encodeStateAsUpdate(gap, sv)))
    }
    expect((await liar.closed).reason).toBe(
      'too many updates waiting for changes that never arrived',
    )
    expect(hubDoc.store.pendingStructs).toBeNull()
    expect(hubDoc.share.has('junk') && hubDoc.getText('junk').length > 0).toBe(false)
    await honest.stillSyncing('unfilled gaps')
  })

  it('RPC: a malformed envelope closes the connection, bad params and unknown methods are answered', async () => {
    const fixture = await startHub()
    const honest = await honestPair(fixture)
    const url = syncUrl(fixture.server.url, fixture.dossierId, fixture.token)
    const caller = await rawSocket(url)
    caller.socket.send(encodeRpc({ id: 1, method: 'peers', params: { dossierId: 42 } }))
    caller.socket.send(encodeRpc({ id: 2, method: 'format-disk', params: {} }))
    caller.socket.send(encodeRpc({ id: 3, method: 'peers', params: {} }))
    await eventually(() => expect(rpcAnswers(caller.received)).toHaveLength(3))
    const answers = rpcAnswers(caller.received)
    expect(answers.find((answer) => answer.id === 1)).toMatchObject({
      error: { code: 'invalid-params' },
    })
    expect(answers.find((answer) => answer.id === 2)).toMatchObject({
      error: { code: 'method-not-found' },
    })
    expect(answers.find((answer) => answer.id === 3)).toMatchObject({
      result: { peers: expect.any(Array) },
    })

    for (const json of ['not json', '{"id":-1,"method":"list"}', '[1,2,3]', '{"id":4}']) {
      const raw = await rawSocket(url)
      raw.socket.send(rpcText(json))
      expect(await raw.closed).toMatchObject({
        code: 1008,
        reason: expect.stringMatching(/bad-rpc/),
      })
    }
    const answering = await rawSocket(url)
    answering.socket.send(encodeRpc({ id: 9, result: {} }))
    expect(await answering.closed).toEqual({ code: 1008, reason: 'the host asked nothing' })
    await honest.stillSyncing('bad RPC')
  })

  it('a flood is cut off by the rate limit, memory stays bounded, honest replicas carry on', async () => {
    const fixture = await startHub()
    const honest = await honestPair(fixture)
    const url = syncUrl(fixture.server.url, fixture.dossierId, fixture.token)
    const heapBefore = process.memoryUsage().heapUsed

    const chatter = await rawSocket(url)
    const step1 = encodeSyncStep1(Y.encodeStateVector(new Y.Doc()))
    for (let i = 0; i < 20_000 && chatter.socket.readyState === chatter.socket.OPEN; i++) {
      chatter.socket.send(step1)
    }
    expect(await chatter.closed).toEqual({ code: 1008, reason: 'rate limit exceeded' })

    const bulk = await rawSocket(url)
    const frame = encodeSyncUpdate(bigUpdate(MiB))
    for (let i = 0; i < 80 && bulk.socket.readyState === bulk.socket.OPEN; i++)
      bulk.socket.send(frame)
    expect(await bulk.closed).toEqual({ code: 1008, reason: 'rate limit exceeded' })

    await honest.stillSyncing('a flood')
    const grown = process.memoryUsage().heapUsed - heapBefore
    expect(grown).toBeLessThan(48 * MiB)
    expect(fixture.hub.stats).toEqual({ rooms: 1, connections: 2 })
  })
})

const rpcAnswers = (frames: readonly Uint8Array[]) =>
  frames.flatMap((bytes) => {
    const decoded = decodeFrame(bytes, { ...HOST_FRAME_LIMITS, syncBytes: 1 << 30 })
    if (!decoded.ok || decoded.frame.type !== 'rpc' || decoded.frame.message.kind !== 'response')
      return []
    return [decoded.frame.message.response]
  })
