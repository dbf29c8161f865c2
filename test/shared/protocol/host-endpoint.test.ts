import { describe, expect, it } from 'vitest'
import { formatEndpoint, parseEndpoint } from '../../../src/shared/protocol/host-endpoint'

describe('the host endpoint in a library lock', () => {
  it('reads back what a host writes', () => {
    for (const endpoint of [
      { url: 'ws://127.0.0.1:49152/sync', token: 'k3V9_q0x-2mz5aAbCdEfGhIjKlMnOpQrStUvWxYz012' },
      { url: 'ws://localhost:5000', token: 't' },
      { url: 'wss://[::1]:8443/sync', token: 'a+b/c=&d' },
    ])
      expect(parseEndpoint(formatEndpoint(endpoint))).toEqual(endpoint)
    // No host makes a token with a space or a control character in it.
    expect(parseEndpoint(formatEndpoint({ url: 'ws://127.0.0.1:1', token: 'a b' }))).toBeNull()
  })

  it('reads what hosts wrote before this contract (the same text)', () => {
    expect(parseEndpoint('ws://127.0.0.1:5000/sync?token=abc')).toEqual({
      url: 'ws://127.0.0.1:5000/sync',
      token: 'abc',
    })
    expect(parseEndpoint('ws://127.0.0.1:1/?token=42')).toEqual({
      url: 'ws://127.0.0.1:1',
      token: '42',
    })
  })

  it('names no endpoint for garbled or hostile lock contents', () => {
    const refused: unknown[] = [
      undefined,
      null,
      42,
      { url: 'ws://127.0.0.1:1', token: 't' },
      '',
      'not a url',
      'ws://127.0.0.1:5000/sync',
      'ws://127.0.0.1:5000/sync?token=',
      'ws://127.0.0.1:5000/sync?token=a&token=b',
      'ws://127.0.0.1:5000/sync?token=%0Aevil',
      'http://127.0.0.1:5000/sync?token=abc',
      'file:///etc/passwd?token=abc',
      'ws://evil.example:5000/sync?token=abc',
      'ws://192.168.1.20:5000/sync?token=abc',
      'ws://127.0.0.1.evil.example/sync?token=abc',
      'ws://user:pass@127.0.0.1:5000/sync?token=abc',
      `ws://127.0.0.1:5000/sync?token=${'x'.repeat(600)}`,
      `ws://127.0.0.1:5000/${'a/'.repeat(2000)}?token=abc`,
      '\u0000ws://127.0.0.1:5000/sync?token=abc\u0000',
    ]
    for (const text of refused) expect(parseEndpoint(text), JSON.stringify(text)).toBeNull()
  })

  it('keeps the token out of the printable url', () => {
    const parsed = parseEndpoint('ws://127.0.0.1:5000/sync?token=secret#frag')
    expect(parsed).toEqual({ url: 'ws://127.0.0.1:5000/sync', token: 'secret' })
  })
})
