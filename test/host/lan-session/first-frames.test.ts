import { randomBytes } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { createDeviceKey } from '../../../src/shared/identity'
import { dialLan, startLanListener } from '../../../src/main/host/lan'
import type { LanListener } from '../../../src/main/host/lan'

const listeners: LanListener[] = []
afterEach(async () => {
  while (listeners.length > 0) await listeners.pop()!.close()
})

describe('the first frames after a LAN handshake', () => {
  it('a listener may send full-size frames the moment it admits (regression: read with the handshake cap)', async () => {
    const secret = new Uint8Array(randomBytes(32))
    const big = new Uint8Array(randomBytes(4000))
    const dialer = createDeviceKey('dialer')
    const listener = await startLanListener({
      host: '127.0.0.1',
      deviceKey: createDeviceKey('listener'),
      candidates: () => [
        { dossierId: 'm_first1234567', secret, grant: { kind: 'member', key: dialer.publicKey } },
      ],
      admit: () => ({ admit: true }),
      onPeer: (peer) => {
        peer.transport.send(big)
        peer.transport.send(big)
      },
    })
    listeners.push(listener)
    for (let attempt = 0; attempt < 5; attempt++) {
      const dialled = await dialLan(listener.address, {
        dossierId: 'm_first1234567',
        secret,
        purpose: 'member',
        deviceKey: dialer,
      })
      if (!dialled.ok) throw new Error(dialled.message)
      const received: Uint8Array[] = []
      await new Promise<void>((resolve) =>
        dialled.transport.onMessage((bytes) => {
          received.push(bytes)
          if (received.length === 2) resolve()
        }),
      )
      expect(received).toEqual([big, big])
      dialled.transport.close()
    }
  })
})
