import { EventEmitter } from 'node:events'
import { MessageChannel } from 'node:worker_threads'
import type { MessagePort } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { HOST_FRAME_LIMITS, decodeFrame } from '../../../src/shared/protocol'
import { messagePortTransport } from '../../../src/shared/transport'
import type { MessagePortLike } from '../../../src/shared/transport'
import { onCleanup } from '../../support/cleanup'
import { eventually } from '../../support/eventually'
import { record, transportContract } from './transport-contract'

const channel = (): { port1: MessagePort; port2: MessagePort } => {
  const { port1, port2 } = new MessageChannel()
  onCleanup(() => {
    port1.close()
    port2.close()
  })
  return { port1, port2 }
}

transportContract('a worker_threads MessagePort', {
  bufferedAmount: false,
  connect: async () => {
    const { port1, port2 } = channel()
    return {
      client: messagePortTransport(port1),
      server: messagePortTransport(port2),
      sendRaw: (to, data) => (to === 'client' ? port2 : port1).postMessage(data),
      // Closing the raw port skips the adapter's close notice: to the client, the host is gone.
      vanishServer: () => port2.close(),
    }
  },
})

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
  it('reads Electron-style message events, and closes on anything that is not bytes', () => {
    const port = new FakePortMain()
    const transport = messagePortTransport(port)
    const seen = record(transport)
    expect(port.started).toBe(true)
    port.emit('message', { data: Uint8Array.of(3), ports: [] })
    port.emit('message', { data: new Uint8Array([0, 0, 0]).buffer, ports: [] })
    expect(seen.messages).toEqual([Uint8Array.of(3), Uint8Array.of(0, 0, 0)])
    port.emit('message', { data: 'hello', ports: [] })
    expect(seen.closes).toEqual([
      { code: 1003, reason: 'binary frames only', opened: true, refused: false },
    ])
    expect(port.closed).toBe(true)
    port.emit('message', { data: Uint8Array.of(3), ports: [] })
    expect(seen.messages).toHaveLength(2)
  })

  it('closes with a close notice frame that a bare ClientSession reads (the wire is unchanged)', async () => {
    const { port1, port2 } = channel()
    const transport = messagePortTransport(port1)
    const raw: Uint8Array[] = []
    port2.on('message', (bytes: Uint8Array) => raw.push(bytes))
    transport.send(Uint8Array.of(1, 2))
    transport.close(1008, 'rate limit exceeded')
    await eventually(() => expect(raw).toHaveLength(2))
    expect(decodeFrame(raw[1]!, HOST_FRAME_LIMITS)).toEqual({
      ok: true,
      frame: { type: 'close', code: 1008, reason: 'rate limit exceeded' },
    })
  })

  it('works with a DOM-style port: listeners through addEventListener, started by hand', async () => {
    const { port1, port2 } = channel()
    let started = false
    const domStyle: MessagePortLike = {
      postMessage: (message) => port1.postMessage(message),
      close: () => port1.close(),
      addEventListener: (type, listener) => port1.addEventListener(type, listener),
      start: () => {
        started = true
        port1.start()
      },
    }
    const client = messagePortTransport(domStyle)
    const server = messagePortTransport(port2)
    const atClient = record(client)
    const atServer = record(server)
    expect(started).toBe(true)
    client.send(Uint8Array.of(1))
    server.send(Uint8Array.of(2))
    await eventually(() => {
      expect(atServer.messages).toEqual([Uint8Array.of(1)])
      expect(atClient.messages).toEqual([Uint8Array.of(2)])
    })
    server.close(4404, 'no such dossier')
    await eventually(() =>
      expect(atClient.closes).toEqual([
        { code: 4404, reason: 'no such dossier', opened: true, refused: false },
      ]),
    )
  })
})
