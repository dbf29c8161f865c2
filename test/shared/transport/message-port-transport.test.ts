import { EventEmitter } from 'node:events'
import { MessageChannel } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { portTransport } from '../../../src/main/host/sync'
import type { MessagePortLike } from '../../../src/main/host/sync'
import { HOST_FRAME_LIMITS, decodeFrame } from '../../../src/shared/protocol'
import { eventually } from './support/eventually'

/** Electron's MessagePortMain: an emitter whose 'message' listeners get `{ data, ports }`. */
class FakePortMain extends EventEmitter implements MessagePortLike {
  readonly posted: unknown[] = []
  started = false
  closed = false
  postMessage(message: unknown): void {
    this.posted.push(message)
  }
  close(): void {
    this.closed = true
    this.emit('close')
  }
  start(): void {
    this.started = true
  }
}

describe('the MessagePort transport', () => {
  it('passes bytes both ways over a worker_threads channel and ends with a close notice', async () => {
    const { port1, port2 } = new MessageChannel()
    const transport = portTransport(port1)
    const received: Uint8Array[] = []
    const toReplica: Uint8Array[] = []
    const closes: [number, string][] = []
    transport.onMessage((bytes) => received.push(bytes))
    transport.onClose((code, reason) => closes.push([code, reason]))
    port2.on('message', (bytes: Uint8Array) => toReplica.push(bytes))
    port2.postMessage(Uint8Array.of(3))
    transport.send(Uint8Array.of(1, 2))
    await eventually(() => expect(received).toEqual([Uint8Array.of(3)]))
    transport.close(1008, 'rate limit exceeded')
    transport.close(1000, 'again')
    await eventually(() => expect(toReplica).toHaveLength(2))
    const notice = decodeFrame(toReplica[1]!, HOST_FRAME_LIMITS)
    expect(notice).toEqual({
      ok: true,
      frame: { type: 'close', code: 1008, reason: 'rate limit exceeded' },
    })
    expect(closes).toEqual([[1008, 'rate limit exceeded']])
  })

  it('reads Electron-style message events, and closes on anything that is not bytes', () => {
    const port = new FakePortMain()
    const transport = portTransport(port)
    const received: Uint8Array[] = []
    const closes: [number, string][] = []
    transport.onMessage((bytes) => received.push(bytes))
    transport.onClose((code, reason) => closes.push([code, reason]))
    expect(port.started).toBe(true)
    port.emit('message', { data: Uint8Array.of(3), ports: [] })
    port.emit('message', { data: new Uint8Array([0, 0, 0]).buffer, ports: [] })
    expect(received).toEqual([Uint8Array.of(3), Uint8Array.of(0, 0, 0)])
    port.emit('message', { data: 'hello', ports: [] })
    expect(closes).toEqual([[1003, 'binary frames only']])
    expect(port.closed).toBe(true)
    port.emit('message', { data: Uint8Array.of(3), ports: [] })
    expect(received).toHaveLength(2)
  })

  it('reports the peer closing its end', async () => {
    const { port1, port2 } = new MessageChannel()
    const transport = portTransport(port1)
    const closes: [number, string][] = []
    transport.onClose((code, reason) => closes.push([code, reason]))
    port2.close()
    await eventually(() => expect(closes).toEqual([[1000, 'port closed']]))
  })
})
