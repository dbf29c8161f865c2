import { describe, expect, it } from 'vitest'
import type { TransportClose } from '../../../src/shared/transport'
import { CLOSE_ABNORMAL } from '../../../src/shared/transport'
import { eventually } from '../../support/eventually'
import { inviteCandidate, lanPair, listenerWith, proxy, secret } from './support'

/** Short enough for a test; the defaults are 10 s and 35 s (`DEFAULT_LAN_LIMITS`). */
const LIVENESS = { keepAliveMs: 40, silenceMs: 400 }

const pairThroughProxy = async () => {
  const key = secret()
  const listener = await listenerWith([inviteCandidate(key)], { limits: LIVENESS })
  const wire = await proxy(listener.address)
  const { a, b } = await lanPair({ listener, through: wire.address, secret: key, limits: LIVENESS })
  const closes: Record<'a' | 'b', TransportClose | null> = { a: null, b: null }
  a.onClose((info) => (closes.a = info))
  b.onClose((info) => (closes.b = info))
  return { a, b, wire, closes }
}

describe('a LAN link that goes quiet', () => {
  it('sends keep-alives while idle, which roll the stream key and keep data flowing', async () => {
    const { a, b, wire, closes } = await pairThroughProxy()
    const sent = { ...wire.bytes }
    // Nothing is sent by either side's user, yet both directions carry keep-alives (17-byte
    // sealed frames with a 4-byte length): at least five each way.
    await eventually(() => {
      expect(wire.bytes['to-listener'] - sent['to-listener']).toBeGreaterThanOrEqual(5 * 21)
      expect(wire.bytes['to-dialer'] - sent['to-dialer']).toBeGreaterThanOrEqual(5 * 21)
    })
    expect(closes).toEqual({ a: null, b: null })
    const received: Uint8Array[] = []
    b.onMessage((bytes) => received.push(bytes))
    a.send(Uint8Array.of(7, 8, 9))
    a.send(new Uint8Array(0))
    await eventually(() => expect(received).toEqual([Uint8Array.of(7, 8, 9), new Uint8Array(0)]))
  })

  it('closes both ends as gone when nothing arrives any more (a lid shut, no FIN)', async () => {
    const { wire, closes } = await pairThroughProxy()
    wire.freeze()
    await eventually(() => {
      for (const close of [closes.a, closes.b])
        expect(close).toMatchObject({
          code: CLOSE_ABNORMAL,
          reason: 'the peer stopped answering (nothing in 0.4 s)',
        })
    }, 5000)
  })
})
