import { describe, expect, it } from 'vitest'
import type { TransportClose } from '../../../src/shared/transport'
import { eventually } from '../../support/eventually'
import { inviteCandidate, lanPair, listenerWith, proxy, secret } from './support'
import type { Direction } from './support'

/**
 * What the dialer sends before its first data frame: message 1 (4 + 48 bytes), message 3
 * (4 + 64) and its stream header (4 + 24).
 */
const HANDSHAKE_TO_LISTENER = 52 + 68 + 28

const isWholeFrame = (chunk: Buffer): boolean =>
  chunk.length >= 4 && chunk.readUInt32BE(0) + 4 === chunk.length

/** A channel through a proxy that hands each post-handshake chunk to the listener to `rewrite`. */
const channelThrough = async (rewrite: (chunk: Buffer) => Buffer) => {
  const key = secret()
  const host = await listenerWith([inviteCandidate(key)])
  const wire = await proxy(host.address, (chunk: Buffer, direction: Direction, offset: number) =>
    direction === 'to-listener' && offset >= HANDSHAKE_TO_LISTENER ? rewrite(chunk) : chunk,
  )
  const pair = await lanPair({ through: wire.address, listener: host, secret: key })
  const received: Uint8Array[] = []
  const closes: TransportClose[] = []
  const dialerCloses: TransportClose[] = []
  pair.b.onMessage((bytes) => received.push(bytes))
  pair.b.onClose((close) => closes.push(close))
  pair.a.onClose((close) => dialerCloses.push(close))
  return { ...pair, received, closes, dialerCloses }
}

describe('a LAN attacker in the middle', () => {
  it('cannot flip a byte of a frame: the channel closes, nothing altered is delivered', async () => {
    let flipped = false
    const channel = await channelThrough((chunk) => {
      if (flipped || !isWholeFrame(chunk)) return chunk
      flipped = true
      const out = Buffer.from(chunk)
      out[out.length - 1]! ^= 0x01
      return out
    })
    channel.a.send(Uint8Array.of(1, 2, 3))
    await eventually(() =>
      expect(channel.closes).toEqual([
        { code: 1008, reason: 'bad frame: it does not authenticate', opened: true, refused: false },
      ]),
    )
    expect(channel.received).toEqual([])
    await eventually(() => expect(channel.dialerCloses).toMatchObject([{ code: 1008 }]))
  })

  it('cannot replay a frame: the copy closes the channel after the original was delivered once', async () => {
    let replayed = false
    const channel = await channelThrough((chunk) => {
      if (replayed || !isWholeFrame(chunk)) return chunk
      replayed = true
      return Buffer.concat([chunk, chunk])
    })
    channel.a.send(Uint8Array.of(9, 9))
    await eventually(() =>
      expect(channel.closes).toMatchObject([
        { code: 1008, reason: 'bad frame: it does not authenticate' },
      ]),
    )
    expect(replayed).toBe(true)
    expect(channel.received).toEqual([Uint8Array.of(9, 9)])
  })

  it('cannot drop a frame unnoticed: the next one no longer opens', async () => {
    let dropped = false
    const channel = await channelThrough((chunk) => {
      if (dropped || !isWholeFrame(chunk)) return chunk
      dropped = true
      return Buffer.alloc(0)
    })
    channel.a.send(Uint8Array.of(1))
    await eventually(() => expect(dropped).toBe(true))
    channel.a.send(Uint8Array.of(2))
    await eventually(() => expect(channel.closes).toMatchObject([{ code: 1008 }]))
    expect(channel.received).toEqual([])
  })
})
