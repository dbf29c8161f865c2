import { describe, expect, it } from 'vitest'
import { memoryPair, pendingTransport } from '../../../src/shared/transport'
import type { Transport } from '../../../src/shared/transport'
import { eventually } from '../../support/eventually'
import { record } from './transport-contract'

const deferred = () => {
  let resolve!: (transport: Transport) => void
  let reject!: (error: Error) => void
  const promise = new Promise<Transport>((yes, no) => {
    resolve = yes
    reject = no
  })
  return { promise, resolve, reject }
}

describe('a transport whose carrier comes later', () => {
  it('is connecting until the carrier comes, then carries both ways', async () => {
    const carrier = deferred()
    const transport = pendingTransport('port', carrier.promise)
    const seen = record(transport)
    let opened = false
    transport.onOpen(() => (opened = true))
    transport.send(Uint8Array.of(0))
    const pair = memoryPair()
    const atPeer = record(pair.b)
    carrier.resolve(pair.a)
    await eventually(() => expect(opened).toBe(true))
    transport.send(Uint8Array.of(1))
    pair.b.send(Uint8Array.of(2))
    await eventually(() => expect(seen.messages).toEqual([Uint8Array.of(2)]))
    expect(atPeer.messages).toEqual([Uint8Array.of(1)])
    pair.b.close(4404, 'unknown dossier')
    await eventually(() =>
      expect(seen.closes).toEqual([
        { code: 4404, reason: 'unknown dossier', opened: true, refused: false },
      ]),
    )
  })

  it('reports a carrier that never came as a close that never opened, with why', async () => {
    const carrier = deferred()
    const transport = pendingTransport('port', carrier.promise)
    const seen = record(transport)
    carrier.reject(new Error('the host did not answer'))
    await eventually(() =>
      expect(seen.closes).toEqual([
        { code: 1006, reason: 'the host did not answer', opened: false, refused: false },
      ]),
    )
  })

  it('closes a carrier that comes after it was given up', async () => {
    const carrier = deferred()
    const transport = pendingTransport('port', carrier.promise)
    transport.close(1000, 'replica closed')
    const pair = memoryPair()
    const atPeer = record(pair.b)
    carrier.resolve(pair.a)
    await eventually(() => expect(atPeer.closes).toHaveLength(1))
    expect(atPeer.closes[0]).toMatchObject({ code: 1000 })
  })
})
