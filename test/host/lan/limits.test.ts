import { describe, expect, it } from 'vitest'
import type { TransportClose } from '../../../src/shared/transport'
import { eventually } from '../../support/eventually'
import {
  inviteCandidate,
  lanPair,
  listenerWith,
  openTransport,
  rawClient,
  secret,
  wireFrame,
} from './support'

describe('LAN listener limits', () => {
  it('closes a connection that does not finish its handshake in time, without a byte', async () => {
    const host = await listenerWith([inviteCandidate(secret())], {
      limits: { handshakeTimeoutMs: 150 },
    })
    const idle = await rawClient(host.address)
    await idle.closed
    expect(idle.received()).toBe(0)
    expect(host.events).toEqual([{ kind: 'refused', why: 'timed-out', remoteAddress: '127.0.0.1' }])
    await eventually(() => expect(host.listener.pending).toBe(0))
  })

  it('closes connections over the pending cap at once, and serves again once they go', async () => {
    const key = secret()
    const host = await listenerWith([inviteCandidate(key)], {
      limits: { pendingConnections: 2, pendingPerAddress: 10 },
    })
    const first = await rawClient(host.address)
    const second = await rawClient(host.address)
    await eventually(() => expect(host.listener.pending).toBe(2))
    const third = await rawClient(host.address)
    await third.closed
    expect(third.received()).toBe(0)
    expect(host.events).toContainEqual(expect.objectContaining({ why: 'over-capacity' }))
    first.socket.destroy()
    second.socket.destroy()
    await eventually(() => expect(host.listener.pending).toBe(0))
    await openTransport(host.address, { secret: key })
  })

  it('limits how often one address may try, without a byte, and not another address', async () => {
    const key = secret()
    let clock = 0
    const host = await listenerWith([inviteCandidate(key)], {
      limits: { attemptsPerAddress: { perSecond: 1, burst: 3 } },
      now: () => clock,
    })
    for (let i = 0; i < 3; i++) (await rawClient(host.address)).socket.destroy()
    const fourth = await rawClient(host.address)
    await fourth.closed
    expect(fourth.received()).toBe(0)
    expect(host.events).toContainEqual({
      kind: 'refused',
      why: 'rate-limited',
      remoteAddress: '127.0.0.1',
    })
    // Another machine (another loopback address here) is not held back by the first one.
    await rawClient(host.address, '127.0.0.2')
    await eventually(() => expect(host.listener.pending).toBe(1))
    // Once its bucket refills, the first address is served again, to the end of a handshake.
    clock += 1000
    await openTransport(host.address, { secret: key })
  })

  it('caps pending connections per address', async () => {
    const host = await listenerWith([inviteCandidate(secret())], {
      limits: { pendingPerAddress: 1 },
    })
    await rawClient(host.address)
    await eventually(() => expect(host.listener.pending).toBe(1))
    const second = await rawClient(host.address)
    await second.closed
    expect(host.events).toMatchObject([
      { kind: 'refused', why: 'over-capacity', remoteAddress: '127.0.0.1' },
    ])
  })

  it('closes on a length over the handshake cap before reading its body, without a byte', async () => {
    const host = await listenerWith([inviteCandidate(secret())])
    const client = await rawClient(host.address)
    client.socket.write(wireFrame(new Uint8Array(257)).subarray(0, 4))
    await client.closed
    expect(client.received()).toBe(0)
    expect(host.events).toContainEqual(expect.objectContaining({ why: 'too-big' }))
  })

  it('closes with 1009 on a frame over the cap after the handshake, and tells the sender', async () => {
    const key = secret()
    const host = await listenerWith([inviteCandidate(key)], { limits: { frameBytes: 1024 } })
    const { a, b } = await lanPair({ listener: host, secret: key })
    const atA: TransportClose[] = []
    const atB: TransportClose[] = []
    a.onClose((close) => atA.push(close))
    b.onClose((close) => atB.push(close))
    a.send(new Uint8Array(1024 - 17))
    a.send(new Uint8Array(1024))
    await eventually(() => {
      expect(atB).toMatchObject([{ code: 1009, reason: 'frame of 1041 bytes is over the limit' }])
      expect(atA).toMatchObject([{ code: 1009 }])
    })
  })
})
