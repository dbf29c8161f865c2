import { describe, expect, it } from 'vitest'
import { readRelayUrl, relayRoomUrl, relaySettingsSchema } from '../../../src/shared/relay'

describe('a relay URL', () => {
  it('takes ws:// and wss:// addresses, without a trailing slash', () => {
    expect(readRelayUrl(' wss://relay.example.org/yjs/ ')).toEqual({
      ok: true,
      url: 'wss://relay.example.org/yjs',
    })
    expect(readRelayUrl('ws://127.0.0.1:1234')).toEqual({ ok: true, url: 'ws://127.0.0.1:1234' })
    expect(relayRoomUrl('ws://127.0.0.1:1234', 'm_abc123456789')).toBe(
      'ws://127.0.0.1:1234/m_abc123456789',
    )
  })

  it('refuses what is not one, saying why', () => {
    expect(readRelayUrl('relay.example.org')).toMatchObject({ ok: false, reason: /is not a URL/ })
    expect(readRelayUrl('https://relay.example.org')).toMatchObject({
      ok: false,
      reason: 'a relay URL starts with ws:// or wss://, not https://',
    })
    expect(readRelayUrl('wss://desk:secret@relay.example.org')).toMatchObject({
      ok: false,
      reason: /--token/,
    })
    expect(readRelayUrl('wss://relay.example.org/?token=x')).toMatchObject({ ok: false })
    expect(readRelayUrl('wss://relay.example.org/#room')).toMatchObject({ ok: false })
  })

  it('is checked where settings arrive, and a token is never empty', () => {
    const base = { protocol: 'y-websocket', mode: 'plain' }
    expect(relaySettingsSchema.safeParse({ ...base, url: 'ws://127.0.0.1:1' }).success).toBe(true)
    expect(relaySettingsSchema.safeParse({ ...base, url: 'http://127.0.0.1:1' }).success).toBe(
      false,
    )
    expect(relaySettingsSchema.safeParse({ ...base, url: 'ws://h', token: '' }).success).toBe(false)
    expect(relaySettingsSchema.safeParse({ ...base, url: 'ws://h', extra: 1 }).success).toBe(false)
  })
})
