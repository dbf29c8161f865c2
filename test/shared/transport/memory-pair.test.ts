import { describe, expect, it } from 'vitest'
import { memoryPair } from '../../../src/shared/transport'
import { record, transportContract } from './transport-contract'

transportContract('the in-memory pair', {
  bufferedAmount: true,
  connect: async () => {
    const pair = memoryPair()
    return {
      client: pair.a,
      server: pair.b,
      sendRaw: (to, data) => pair.sendRaw(to === 'client' ? 'a' : 'b', data),
      vanishServer: () => pair.vanish(),
    }
  },
})

describe('the in-memory pair, delivered by hand', () => {
  it('holds every frame until it is delivered, one at a time and in order per direction', () => {
    const pair = memoryPair({ manual: true })
    const atB = record(pair.b)
    pair.a.send(Uint8Array.of(1))
    pair.a.send(Uint8Array.of(2))
    pair.a.close(4000, 'done')
    expect(pair.inFlight('b')).toBe(3)
    expect(atB.messages).toEqual([])
    expect(pair.deliver('b')).toBe(true)
    expect(atB.messages).toEqual([Uint8Array.of(1)])
    pair.deliverAll()
    expect(atB.messages).toEqual([Uint8Array.of(1), Uint8Array.of(2)])
    expect(atB.closes).toEqual([{ code: 4000, reason: 'done', opened: true, refused: false }])
    expect(pair.deliver('b')).toBe(false)
  })

  it('copies what it sends, so a sender reusing its buffer changes nothing in flight', () => {
    const pair = memoryPair({ manual: true })
    const atB = record(pair.b)
    const buffer = Uint8Array.of(1, 2, 3)
    pair.a.send(buffer)
    buffer[0] = 9
    pair.deliverAll()
    expect(atB.messages).toEqual([Uint8Array.of(1, 2, 3)])
  })
})
