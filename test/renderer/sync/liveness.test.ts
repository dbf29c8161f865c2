import { MessageChannel } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import NodeWebSocket from 'ws'
import { LOST_REASON, livenessDialer, watchLiveness } from '../../../src/renderer/sync/liveness'
import type { LivenessTimers } from '../../../src/renderer/sync/liveness'
import { HostConnection } from '../../../src/renderer/sync/host-connection'
import type { NetworkSignals } from '../../../src/renderer/sync/network-signals'
import { webSocketDialer } from '../../../src/renderer/sync/websocket-dialer'
import { PROBE_RPC_ID, decodeFrame, REPLICA_FRAME_LIMITS } from '../../../src/shared/protocol'
import { CLOSE_ABNORMAL, memoryPair, messagePortTransport } from '../../../src/shared/transport'
import type { Transport, TransportClose } from '../../../src/shared/transport'
import { FAST_BACKOFF, eventually, onCleanup, startTestHost } from './support'

/** A clock that moves only when the test says so. */
class FakeClock implements LivenessTimers {
  private now = 0
  private next = 1
  private readonly due = new Map<number, { at: number; callback: () => void }>()

  setTimeout(callback: () => void, ms: number): number {
    const handle = this.next++
    this.due.set(handle, { at: this.now + ms, callback })
    return handle
  }

  clearTimeout(handle: unknown): void {
    this.due.delete(handle as number)
  }

  advance(ms: number): void {
    const until = this.now + ms
    for (;;) {
      const [handle, timer] =
        [...this.due].filter(([, t]) => t.at <= until).sort(([, a], [, b]) => a.at - b.at)[0] ?? []
      if (handle === undefined || timer === undefined) break
      this.due.delete(handle)
      this.now = timer.at
      timer.callback()
    }
    this.now = until
  }
}

const OPTIONS = { silenceMs: 15_000, answerMs: 5_000 }

/** What the host end received, as RPC method names ('sync' etc. for the rest). */
const received = (host: Transport): string[] => {
  const seen: string[] = []
  host.onMessage((bytes) => {
    const decoded = decodeFrame(bytes, REPLICA_FRAME_LIMITS)
    if (!decoded.ok) return void seen.push('garbage')
    const { frame } = decoded
    seen.push(
      frame.type === 'rpc' && frame.message.kind === 'request'
        ? `${frame.message.request.method}#${frame.message.request.id}`
        : frame.type,
    )
  })
  return seen
}

const watched = () => {
  const clock = new FakeClock()
  const pair = memoryPair()
  const closes: TransportClose[] = []
  pair.a.onClose((close) => closes.push(close))
  const seen = received(pair.b)
  const connection = watchLiveness(pair.a, { ...OPTIONS, timers: clock })
  return { clock, pair, closes, seen, connection }
}

const frameFromHost = (pair: ReturnType<typeof memoryPair>) => pair.b.send(new Uint8Array([3]))

describe('the liveness check', () => {
  it('asks a silent host, then closes the connection when nothing answers', async () => {
    const { clock, pair, closes, seen } = watched()
    clock.advance(14_999)
    await eventually(() => expect(pair.inFlight('b')).toBe(0))
    expect(seen).toEqual([])
    clock.advance(1)
    await eventually(() => expect(seen).toEqual([`ping#${PROBE_RPC_ID}`]))
    clock.advance(4_999)
    expect(closes).toEqual([])
    clock.advance(1)
    expect(closes).toEqual([
      { code: CLOSE_ABNORMAL, reason: LOST_REASON, opened: true, refused: false },
    ])
  })

  it('keeps the connection when the host answers, and asks again after the next silence', async () => {
    const { clock, pair, closes, seen } = watched()
    clock.advance(15_000)
    await eventually(() => expect(seen).toHaveLength(1))
    frameFromHost(pair)
    await eventually(() => expect(pair.inFlight('a')).toBe(0))
    clock.advance(14_999)
    expect(closes).toEqual([])
    expect(seen).toHaveLength(1)
    clock.advance(1)
    await eventually(() => expect(seen).toHaveLength(2))
    expect(closes).toEqual([])
  })

  it('counts any frame from the host as life: a busy host is never asked', async () => {
    const { clock, pair, closes, seen } = watched()
    for (let i = 0; i < 10; i++) {
      clock.advance(10_000)
      frameFromHost(pair)
      await eventually(() => expect(pair.inFlight('a')).toBe(0))
    }
    expect(seen).toEqual([])
    expect(closes).toEqual([])
  })

  it('stops its timers once the connection closed', () => {
    const { clock, pair, closes, seen } = watched()
    pair.a.close(1000, 'done')
    clock.advance(60_000)
    expect(seen).toEqual([])
    expect(closes.map((close) => close.code)).toEqual([1000])
  })

  it('asks every open connection at once when told (the browser went offline)', async () => {
    const clock = new FakeClock()
    const pairs = [memoryPair(), memoryPair()]
    const seen = pairs.map((pair) => received(pair.b))
    let dialled = 0
    const watching = livenessDialer(() => pairs[dialled++]!.a, { ...OPTIONS, timers: clock })
    const closed: string[] = []
    for (const room of ['one', 'two']) watching.dialer(room).onClose(() => closed.push(room))
    clock.advance(1_000)
    watching.probeAll()
    await eventually(() => expect(seen.map((s) => s.length)).toEqual([1, 1]))
    frameFromHost(pairs[0]!)
    await eventually(() => expect(pairs[0]!.inFlight('a')).toBe(0))
    clock.advance(5_000)
    expect(closed).toEqual(['two'])
  })
})

describe('the host and liveness', () => {
  it('answers ping at once, over a real socket', async () => {
    const host = await startTestHost()
    const transport = host.dialer()(host.dossierId)
    onCleanup(() => transport.close())
    const answers: unknown[] = []
    transport.onMessage((bytes) => {
      const decoded = decodeFrame(bytes, REPLICA_FRAME_LIMITS)
      if (decoded.ok && decoded.frame.type === 'rpc' && decoded.frame.message.kind === 'response') {
        answers.push(decoded.frame.message.response)
      }
    })
    transport.onOpen(() => watchLiveness(transport, { timers: new FakeClock() }).probe())
    await eventually(() => expect(answers).toEqual([{ id: PROBE_RPC_ID, result: {} }]))
  })

  it('does not misfire over a MessagePort: the host answers there too', async () => {
    const host = await startTestHost()
    const channel = new MessageChannel()
    host.current.hub.connect(messagePortTransport(channel.port1), { dossierId: host.dossierId })
    const transport = messagePortTransport(channel.port2)
    onCleanup(() => transport.close())
    const clock = new FakeClock()
    const closes: TransportClose[] = []
    transport.onClose((close) => closes.push(close))
    const answered: number[] = []
    transport.onMessage((bytes) => {
      const decoded = decodeFrame(bytes, REPLICA_FRAME_LIMITS)
      if (decoded.ok && decoded.frame.type === 'rpc' && decoded.frame.message.kind === 'response') {
        answered.push(decoded.frame.message.response.id)
      }
    })
    watchLiveness(transport, { ...OPTIONS, timers: clock })
    // Silence after the host's greeting: the replica asks, and the answer keeps it.
    clock.advance(15_000)
    await eventually(() => expect(answered).toEqual([PROBE_RPC_ID]))
    clock.advance(5_000)
    expect(closes).toEqual([])
  })

  it('dials again at once when the browser says the network is back', async () => {
    const host = await startTestHost()
    const listeners = new Map<string, () => void>()
    const network: NetworkSignals = {
      on: (event, listener) => {
        listeners.set(event, listener)
        return () => listeners.delete(event)
      },
    }
    // A long wait between attempts: only the `online` event can bring it back in time.
    const connection = new HostConnection({
      dialer: webSocketDialer({
        origin: host.current.url,
        token: host.token,
        WebSocket: NodeWebSocket,
      }),
      scope: 'test',
      cache: false,
      backoff: { ...FAST_BACKOFF, baseMs: 600_000, capMs: 600_000 },
      network,
    })
    onCleanup(() => connection.close())
    await connection.library.whenLive()
    await host.restart()
    await eventually(() => expect(connection.library.state.kind).toBe('offline'))
    listeners.get('online')?.()
    await eventually(() => expect(connection.library.state.kind).toBe('live'))
    connection.close()
    expect([...listeners.keys()]).toEqual([])
  })
})
