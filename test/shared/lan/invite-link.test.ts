import QRCode from 'qrcode'
import { describe, expect, it } from 'vitest'
import { createDeviceKey } from '../../../src/shared/identity'
import { newId } from '../../../src/shared/dossier/ids'
import {
  INVITE_LINK_PREFIX,
  createInvite,
  encodeInviteBytes,
  encodeInviteLink,
  readInviteLink,
} from '../../../src/shared/lan'
import type { Invite } from '../../../src/shared/lan'
import { toBase64Url } from '../../../src/shared/lan/base64url'

const inviter = createDeviceKey('Alice').publicKey
const NOW = Date.UTC(2026, 10, 27, 12, 0, 0)

const sampleInvite = (overrides: Partial<Parameters<typeof createInvite>[0]> = {}): Invite =>
  createInvite({
    dossierId: newId('m'),
    role: 'editor',
    inviter,
    addresses: [
      { host: '192.168.1.20', port: 41234 },
      { host: '10.0.0.7', port: 41234 },
      { host: 'fe80::1c2a:3bff:fe4d:5e6f', port: 41234 },
    ],
    expiresAt: NOW + 24 * 3600 * 1000,
    ...overrides,
  })

const failureOf = (input: unknown, now = NOW) => {
  const read = readInviteLink(input, now)
  if (read.ok) throw new Error('expected a failure')
  return read
}

describe('invite links', () => {
  it('round-trips every field, as a link and as the payload pasted alone', () => {
    const invite = sampleInvite({ role: 'viewer' })
    const link = encodeInviteLink(invite)
    expect(link.startsWith(INVITE_LINK_PREFIX)).toBe(true)
    expect(readInviteLink(link, NOW)).toEqual({ ok: true, invite })
    const payload = link.slice(INVITE_LINK_PREFIX.length)
    expect(readInviteLink(`  ${payload}\n`, NOW)).toEqual({ ok: true, invite })
    const lasting = sampleInvite({ expiresAt: undefined })
    expect(readInviteLink(encodeInviteLink(lasting), NOW)).toEqual({ ok: true, invite: lasting })
  })

  it('carries the relay the dossier syncs through, with its token, and stays scannable', async () => {
    const relay = {
      url: 'wss://relay.example.org/desk',
      protocol: 'hocuspocus' as const,
      mode: 'sealed' as const,
      token: 'tk_4f9a2c',
    }
    const invite = sampleInvite({ relay })
    const link = encodeInviteLink(invite)
    expect(readInviteLink(link, NOW)).toEqual({ ok: true, invite })
    const tokenless = sampleInvite({
      relay: { url: 'ws://127.0.0.1:1234', protocol: 'y-websocket', mode: 'plain' },
    })
    expect(readInviteLink(encodeInviteLink(tokenless), NOW)).toEqual({
      ok: true,
      invite: tokenless,
    })
    // Measured: 253 characters, QR version 12 at level M (the same invite without a relay: 197, 10).
    expect(link.length).toBeLessThan(300)
    expect(QRCode.create(link, { errorCorrectionLevel: 'M' }).version).toBeLessThanOrEqual(12)
    // A relay section cut short, or naming a protocol this build does not know, is damage.
    const bytes = encodeInviteBytes(invite)
    expect(failureOf(toBase64Url(bytes.subarray(0, bytes.length - 3)))).toMatchObject({
      problem: 'damaged',
    })
    const unknown = bytes.slice()
    const protocolAt = bytes.length - 2 - relay.token.length - 2 - relay.url.length - 1
    expect(unknown[protocolAt]).toBe(1)
    unknown[protocolAt] = 9
    expect(failureOf(toBase64Url(unknown))).toMatchObject({ problem: 'damaged' })
    // "Sealed" is a property of a relay: the flag alone is damage, not a plain invite.
    const lan = encodeInviteBytes(sampleInvite())
    lan[1] = lan[1]! | 8
    expect(failureOf(toBase64Url(lan))).toMatchObject({ problem: 'damaged' })
  })

  it('makes a fresh 256-bit secret and id for each invite', () => {
    const a = sampleInvite()
    const b = sampleInvite()
    expect(a.secret).toHaveLength(32)
    expect(a.id).toMatch(/^[0-9a-f]{16}$/)
    expect(a.secret).not.toEqual(b.secret)
    expect(a.id).not.toEqual(b.id)
  })

  it('writes IPv6 addresses in canonical form and reads them back the same', () => {
    const invite = sampleInvite({
      addresses: [
        { host: '2001:DB8:0:0:0:0:0:1', port: 7 },
        { host: '::ffff:10.0.0.1', port: 8 },
      ],
    })
    expect(invite.addresses).toEqual([
      { host: '2001:db8::1', port: 7 },
      { host: '::ffff:a00:1', port: 8 },
    ])
    expect(readInviteLink(encodeInviteLink(invite), NOW)).toEqual({ ok: true, invite })
  })

  it('stays a small QR code with three addresses (measured)', async () => {
    const link = encodeInviteLink(sampleInvite())
    const qr = QRCode.create(link, { errorCorrectionLevel: 'M' })
    // 197 characters with three addresses (two IPv4, one IPv6) and an expiry: QR version 10 at
    // level M (57×57 modules); phone cameras read up to about version 15-20 from a screen.
    expect(link.length).toBe(197)
    expect(qr.version).toBe(10)
    await expect(QRCode.toString(link, { type: 'svg' })).resolves.toContain('<svg')
  })

  it('refuses fields no invite may carry when it is made', () => {
    expect(() => sampleInvite({ dossierId: 'not/an id' })).toThrow()
    expect(() => sampleInvite({ addresses: [] })).toThrow()
    expect(() => sampleInvite({ addresses: [{ host: 'printer.local', port: 1 }] })).toThrow()
    expect(() => sampleInvite({ addresses: [{ host: 'fe80::1%eth0', port: 1 }] })).toThrow()
    expect(() => sampleInvite({ addresses: [{ host: '10.0.0.1', port: 0 }] })).toThrow()
    expect(() => sampleInvite({ inviter: 'abc' })).toThrow()
  })
})

describe('hostile invite links', () => {
  const bytes = encodeInviteBytes(sampleInvite())

  it('says an invite from a newer version is one, whatever follows the version', () => {
    const newer = bytes.slice()
    newer[0] = 2
    expect(failureOf(INVITE_LINK_PREFIX + toBase64Url(newer))).toMatchObject({
      problem: 'newer-version',
      message: 'this invite is for a newer version of Verification Desk',
    })
    expect(failureOf(toBase64Url(Uint8Array.of(200)))).toMatchObject({ problem: 'newer-version' })
  })

  it('says when it expired', () => {
    const invite = sampleInvite({ expiresAt: NOW - 1000 })
    expect(failureOf(encodeInviteLink(invite))).toMatchObject({
      problem: 'expired',
      message: 'this invite expired at 2026-11-27T11:59:59.000Z',
    })
  })

  it('calls damaged what is cut, padded, flagged or spelled wrong', () => {
    const damaged = [
      bytes.subarray(0, bytes.length - 1),
      Uint8Array.from([...bytes, 0]),
      Uint8Array.of(0, ...bytes.subarray(1)),
      Uint8Array.from([bytes[0] ?? 1, 0x80, ...bytes.subarray(2)]),
    ]
    for (const variant of damaged) {
      expect(failureOf(toBase64Url(variant))).toMatchObject({
        problem: 'damaged',
        message: 'this invite link is damaged',
      })
    }
    const link = encodeInviteLink(sampleInvite())
    expect(failureOf(`${link}!`)).toMatchObject({ problem: 'damaged' })
    expect(failureOf(`${link.slice(0, -1)}`)).toMatchObject({ problem: 'damaged' })
    expect(failureOf(INVITE_LINK_PREFIX)).toMatchObject({ problem: 'damaged' })
    expect(failureOf(link + 'A'.repeat(1024))).toMatchObject({ problem: 'damaged' })
  })

  it('refuses a bad dossier id inside an otherwise sound payload', () => {
    const good = encodeInviteBytes(sampleInvite({ dossierId: 'm_abcdefghijkl' }))
    const bad = good.slice()
    // version, flags, id (8), secret (32), inviter (32), length: the id's "_" is byte 76.
    expect(bad[76]).toBe('_'.charCodeAt(0))
    bad[76] = '/'.charCodeAt(0)
    expect(failureOf(toBase64Url(bad))).toMatchObject({ problem: 'damaged' })
    bad[76] = '_'.charCodeAt(0)
    bad[77] = 'z'.charCodeAt(0)
    expect(readInviteLink(toBase64Url(bad), NOW)).toMatchObject({
      ok: true,
      invite: { dossierId: 'm_zbcdefghijkl' },
    })
  })

  it('says other links and other things are not invites', () => {
    for (const input of [
      'https://example.com/join/abc',
      'verification-desk://open/abc',
      42,
      null,
      {},
    ]) {
      expect(failureOf(input)).toMatchObject({ problem: 'not-an-invite' })
    }
  })

  it('never throws on random or mutated payloads (seeded)', () => {
    let seed = 0x2545f491
    const random = (): number => {
      seed ^= seed << 13
      seed ^= seed >>> 17
      seed ^= seed << 5
      return (seed >>> 0) / 2 ** 32
    }
    for (let round = 0; round < 1500; round++) {
      const input =
        round % 2 === 0
          ? Uint8Array.from({ length: Math.floor(random() * 200) }, () =>
              Math.floor(random() * 256),
            )
          : bytes.map((byte) => (random() < 0.03 ? Math.floor(random() * 256) : byte))
      const read = readInviteLink(toBase64Url(input), NOW)
      if (read.ok) expect(read.invite.secret).toHaveLength(32)
      else expect(read.message.length).toBeGreaterThan(0)
    }
  })
})
