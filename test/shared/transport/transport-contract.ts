import { describe, expect, it } from 'vitest'
import { CLOSE_ABNORMAL } from '../../../src/shared/transport'
import type { Transport, TransportClose } from '../../../src/shared/transport'
import { eventually } from '../../support/eventually'

export type End = 'client' | 'server'

/** Two ends of one open connection through the adapter under test. */
export interface ConnectedPair {
  readonly client: Transport
  readonly server: Transport
  /**
   * Puts something that is not bytes on its way to `to`, underneath the adapter. Absent where the
   * carrier can hold only bytes (a TCP stream): there is nothing else it could deliver.
   */
  sendRaw?(to: End, data: unknown): void
  /** The server's end goes without a close (killed, unplugged): the client must notice. */
  vanishServer(): void
}

export interface TransportSubject {
  /** Resolves once both ends have reported open. */
  connect(): Promise<ConnectedPair>
  /** Whether the adapter knows how much it has not written yet. */
  readonly bufferedAmount: boolean
  /** The carrier holds only bytes (a TCP stream), so "not bytes" cannot arrive and is not tested. */
  readonly carriesOnlyBytes?: true
}

/** Everything one end of a transport reported, in order. */
export interface Recorder {
  readonly messages: Uint8Array[]
  readonly closes: TransportClose[]
}

export const record = (transport: Transport): Recorder => {
  const recorder: Recorder = { messages: [], closes: [] }
  // A copy, as a plain Uint8Array (Node's Buffer.slice would share memory and differ in type).
  transport.onMessage((bytes) => recorder.messages.push(Uint8Array.from(bytes)))
  transport.onClose((close) => recorder.closes.push(close))
  return recorder
}

export const whenOpen = (transport: Transport): Promise<void> =>
  new Promise((resolve, reject) => {
    transport.onOpen(resolve)
    transport.onClose((close) => reject(new Error(`closed before open: ${close.code}`)))
  })

/** Frames of sizes that matter: empty, one byte, around the 125/65535 WebSocket length steps. */
const frames = (seed: number): Uint8Array[] =>
  [0, 1, 2, 125, 126, 127, 65_535, 65_536, 300_000].map((size, index) =>
    Uint8Array.from({ length: size }, (_, at) => (at * 31 + index * 7 + seed) & 0xff),
  )

/** Each frame's length and a checksum: cheap to compare, short to print when they differ. */
const digest = (messages: readonly Uint8Array[]): string[] =>
  messages.map((bytes) => {
    let sum = 0
    for (const byte of bytes) sum = (Math.imul(sum, 31) + byte) | 0
    return `${bytes.length}:${sum}`
  })

/**
 * The promises every Transport keeps (see src/shared/transport/transport.ts), run against one
 * adapter. An adapter that passes can carry the sync protocol without session or room changes.
 */
export const transportContract = (name: string, subject: TransportSubject): void => {
  describe(`${name}: the transport contract`, () => {
    it('opens both ends, and tells a late listener at once', async () => {
      const { client, server } = await subject.connect()
      let told = 0
      client.onOpen(() => told++)
      server.onOpen(() => told++)
      expect(told).toBe(2)
    })

    it('delivers frames whole and in order, both ways at once', async () => {
      const { client, server } = await subject.connect()
      const atClient = record(client)
      const atServer = record(server)
      const up = frames(1)
      const down = frames(2)
      for (let index = 0; index < up.length; index++) {
        client.send(up[index]!)
        server.send(down[index]!)
      }
      await eventually(() => {
        expect(atServer.messages).toHaveLength(up.length)
        expect(atClient.messages).toHaveLength(down.length)
      })
      expect(digest(atServer.messages)).toEqual(digest(up))
      expect(digest(atClient.messages)).toEqual(digest(down))
      expect(atClient.closes).toEqual([])
    })

    for (const closer of ['client', 'server'] as const) {
      it(`reports a close by the ${closer} once on both sides, with its code and reason`, async () => {
        const pair = await subject.connect()
        const self = pair[closer]
        const peer = pair[closer === 'client' ? 'server' : 'client']
        const atSelf = record(self)
        const atPeer = record(peer)
        self.send(Uint8Array.of(1))
        self.close(4000, 'done here')
        self.close(4001, 'again')
        const expected = { code: 4000, reason: 'done here', opened: true, refused: false }
        expect(atSelf.closes).toEqual([expected])
        await eventually(() => expect(atPeer.closes).toEqual([expected]))
        // The frame sent before the close arrived before it.
        expect(atPeer.messages).toEqual([Uint8Array.of(1)])
        peer.close(4002, 'too late')
        expect(atPeer.closes).toHaveLength(1)
        expect(atSelf.closes).toHaveLength(1)
        let lateListener: TransportClose | null = null
        self.onClose((close) => (lateListener = close))
        expect(lateListener).toEqual(expected)
      })
    }

    it('drops frames sent after close without throwing', async () => {
      const { client, server } = await subject.connect()
      const atServer = record(server)
      const atClient = record(client)
      client.send(Uint8Array.of(1))
      client.close(1000, 'bye')
      expect(() => client.send(Uint8Array.of(2))).not.toThrow()
      await eventually(() => expect(atServer.closes).toHaveLength(1))
      expect(() => server.send(Uint8Array.of(3))).not.toThrow()
      expect(atServer.messages).toEqual([Uint8Array.of(1)])
      expect(atClient.messages).toEqual([])
    })

    for (const to of subject.carriesOnlyBytes === true ? [] : (['client', 'server'] as const)) {
      it(`closes with 1003 when the ${to} receives something that is not bytes`, async () => {
        const pair = await subject.connect()
        const atReceiver = record(pair[to])
        const atSender = record(pair[to === 'client' ? 'server' : 'client'])
        pair.sendRaw!(to, 'not bytes')
        const expected = { code: 1003, reason: 'binary frames only', opened: true, refused: false }
        await eventually(() => {
          expect(atReceiver.closes).toEqual([expected])
          expect(atSender.closes).toEqual([expected])
        })
        expect(atReceiver.messages).toEqual([])
      })
    }

    it('reports a peer that vanished without a close', async () => {
      const pair = await subject.connect()
      const atClient = record(pair.client)
      pair.vanishServer()
      await eventually(() => expect(atClient.closes).toHaveLength(1))
      expect(atClient.closes[0]).toMatchObject({ code: CLOSE_ABNORMAL, opened: true })
    })

    if (subject.bufferedAmount) {
      it('counts bytes it has not written yet, down to nothing once they are', async () => {
        const { client, server } = await subject.connect()
        const atServer = record(server)
        client.send(new Uint8Array(8 * 2 ** 20))
        expect(client.bufferedAmount?.()).toBeGreaterThan(0)
        await eventually(() => expect(atServer.messages).toHaveLength(1))
        await eventually(() => expect(client.bufferedAmount?.()).toBe(0))
      })
    } else {
      it('says nothing of its buffer when it cannot know', async () => {
        const { client, server } = await subject.connect()
        expect(client.bufferedAmount).toBeUndefined()
        expect(server.bufferedAmount).toBeUndefined()
      })
    }
  })
}
