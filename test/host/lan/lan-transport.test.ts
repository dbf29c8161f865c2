import { describe, expect, it } from 'vitest'
import type { Transport, TransportClose } from '../../../src/shared/transport'
import { eventually, sleep } from '../../support/eventually'
import { inviteCandidate, lanPair, listenerWith, openTransport, proxy, secret } from './support'

/**
 * What the LAN channel promises beyond the shared transport contract (shared-contract.test.ts):
 * large frames, both sides told of a pulled cable, early frames kept, the listener's goodbye.
 */
const record = (transport: Transport) => {
  const messages: Uint8Array[] = []
  const closes: TransportClose[] = []
  transport.onMessage((bytes) => messages.push(bytes))
  transport.onClose((close) => closes.push(close))
  return { messages, closes }
}

describe('the LAN transport, beyond the shared contract', () => {
  it('delivers each frame whole and in order, empty and large ones included', async () => {
    const { a, b } = await lanPair()
    const atB = record(b)
    const frames = [
      new Uint8Array(),
      Uint8Array.of(7),
      new Uint8Array(70_000).fill(3),
      new Uint8Array(1 << 20).fill(9),
    ]
    for (let i = 0; i < 200; i++) frames.push(Uint8Array.of(i, i >> 8))
    for (const frame of frames) a.send(frame)
    await eventually(() => expect(atB.messages).toHaveLength(frames.length))
    // Buffer.equals: vitest's deep equality takes seconds over a MiB of bytes.
    expect(atB.messages.map((bytes, i) => Buffer.from(bytes).equals(frames[i]!))).not.toContain(
      false,
    )
  })

  it('reports 1006 when the peer vanishes without a close', async () => {
    const host = await listenerWith([inviteCandidate(secret())])
    const key = secret()
    host.candidates = [inviteCandidate(key)]
    const wire = await proxy(host.address)
    const { a, b } = await lanPair({ through: wire.address, listener: host, secret: key })
    const atA = record(a)
    const atB = record(b)
    await wire.drop()
    await eventually(() => {
      expect(atA.closes).toMatchObject([{ code: 1006 }])
      expect(atB.closes).toMatchObject([{ code: 1006 }])
    })
  })

  it('keeps what the listener sends the moment it admits a peer until the dialer listens', async () => {
    const key = secret()
    const host = await listenerWith([inviteCandidate(key)], {
      onPeer: (peer) => [42, 43].forEach((byte) => peer.transport.send(Uint8Array.of(byte))),
    })
    const dialed = await openTransport(host.address, { secret: key })
    await sleep(50)
    const messages = record(dialed.transport).messages
    await eventually(() => expect(messages).toEqual([Uint8Array.of(42), Uint8Array.of(43)]))
  })

  it('closes its admitted peers when the listener closes (1001)', async () => {
    const { a, host } = await lanPair()
    const atA = record(a)
    await host.listener.close()
    await eventually(() =>
      expect(atA.closes).toMatchObject([{ code: 1001, reason: 'the host is leaving' }]),
    )
  })
})
