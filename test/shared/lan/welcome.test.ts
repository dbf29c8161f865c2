import { describe, expect, it } from 'vitest'
import { MAX_WELCOME_MEMBERS, encodeWelcome, readWelcome } from '../../../src/shared/lan'
import type { LanWelcome } from '../../../src/shared/lan'

const text = (value: unknown) => new TextEncoder().encode(JSON.stringify(value))

const WELCOME: LanWelcome = {
  version: 1,
  name: 'Ana',
  sessionSecret: 'ab'.repeat(32),
  listening: [{ host: '192.168.1.20', port: 41234 }],
  members: [{ key: 'cd'.repeat(32), addresses: [{ host: 'fe80::1', port: 1 }] }],
}

describe('the LAN welcome', () => {
  it('reads back what was encoded', () => {
    expect(readWelcome(encodeWelcome(WELCOME))).toEqual({ ok: true, welcome: WELCOME })
  })

  it.each([
    ['not JSON', new Uint8Array([0xff, 0x00])],
    ['another version', text({ ...WELCOME, version: 2 })],
    ['an unknown key', text({ ...WELCOME, extra: 1 })],
    ['a short secret', text({ ...WELCOME, sessionSecret: 'ab' })],
    ['a host name', text({ ...WELCOME, listening: [{ host: 'example.com', port: 1 }] })],
    ['a non-canonical IP', text({ ...WELCOME, listening: [{ host: '::0:1', port: 1 }] })],
    ['port 0', text({ ...WELCOME, listening: [{ host: '10.0.0.1', port: 0 }] })],
    ['a bad key', text({ ...WELCOME, members: [{ key: 'x', addresses: [] }] })],
    [
      'too many members',
      text({
        ...WELCOME,
        members: Array.from({ length: MAX_WELCOME_MEMBERS + 1 }, () => WELCOME.members[0]),
      }),
    ],
  ])('refuses %s without throwing', (_what, bytes) => {
    const read = readWelcome(bytes)
    expect(read.ok).toBe(false)
  })
})
