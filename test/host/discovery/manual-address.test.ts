import { describe, expect, it } from 'vitest'
import {
  dialCandidates,
  ManualAddressError,
  parseManualAddress,
} from '../../../src/main/host/discovery/manual-address'

describe('a typed address', () => {
  it('reads host:port, IPv4, bracketed IPv6 and host names', () => {
    expect(parseManualAddress('192.168.1.20:4100')).toEqual({ host: '192.168.1.20', port: 4100 })
    expect(parseManualAddress('  desk-pc.local:4100 ')).toEqual({
      host: 'desk-pc.local',
      port: 4100,
    })
    expect(parseManualAddress('[fe80::1%eth0]:65535')).toEqual({
      host: 'fe80::1%eth0',
      port: 65535,
    })
    expect(parseManualAddress('[2001:db8::7]:1')).toEqual({ host: '2001:db8::7', port: 1 })
  })

  it.each([
    ['', /Type an address as host:port/],
    ['192.168.1.20', /add the port, as host:port/],
    ['192.168.1.20:', /port must be a number from 1 to 65535/],
    ['192.168.1.20:0', /port must be a number from 1 to 65535/],
    ['192.168.1.20:65536', /port must be a number from 1 to 65535/],
    ['192.168.1.20:99999999999999999999', /port must be a number/],
    ['192.168.1.20:41OO', /port must be a number/],
    ['192.168.1.20:-1', /port must be a number/],
    ['192.168.1.300:4100', /neither an IPv4 address nor a host name/],
    ['1.2.3:4100', /neither an IPv4 address nor a host name/],
    ['fe80::1:4100', /IPv6 address in brackets/],
    ['[fe80::1:4100', /closing "\]"/],
    ['[fe80::1]', /add the port, as \[address\]:port/],
    ['[not-v6]:4100', /is not an IPv6 address/],
    ['http://desk:4100', /without spaces, a scheme or a path/],
    ['desk:4100/x', /without spaces, a scheme or a path/],
    ['user@desk:4100', /without spaces, a scheme or a path/],
    ['desk pc:4100', /without spaces, a scheme or a path/],
    ['dësk:4100', /without spaces, a scheme or a path/],
    ['desk\u0000:4100', /without spaces, a scheme or a path/],
    ['-desk:4100', /neither an IPv4 address nor a host name/],
    [`${'a'.repeat(64)}:4100`, /neither an IPv4 address nor a host name/],
  ])('rejects %j with a clear error', (input, message) => {
    expect(() => parseManualAddress(input)).toThrow(ManualAddressError)
    expect(() => parseManualAddress(input)).toThrow(message)
  })

  it('quotes a very long input only in part', () => {
    const long = `${'a.'.repeat(5000)}:4100`
    expect(() => parseManualAddress(long)).toThrow(/^"(a\.){40}…"/)
  })
})

describe('the addresses to dial for a peer', () => {
  it('puts manual first, then the invite, then discovery, each address once', () => {
    expect(
      dialCandidates({
        discovered: [
          { host: '192.168.1.20', port: 4100 },
          { host: 'FE80:0:0:0:0:0:0:1', port: 4100 },
          { host: '192.168.1.21', port: 4100 },
        ],
        invite: [
          { host: '192.168.1.20', port: 4100 },
          { host: '10.0.0.5', port: 4100 },
        ],
        manual: [
          { host: 'fe80::1', port: 4100 },
          { host: '192.168.1.20', port: 4200 },
        ],
      }),
    ).toEqual([
      { host: 'fe80::1', port: 4100, source: 'manual' },
      { host: '192.168.1.20', port: 4200, source: 'manual' },
      { host: '192.168.1.20', port: 4100, source: 'invite' },
      { host: '10.0.0.5', port: 4100, source: 'invite' },
      { host: '192.168.1.21', port: 4100, source: 'discovered' },
    ])
  })

  it('treats host names case-insensitively and keeps IPv6 zones apart', () => {
    expect(
      dialCandidates({
        manual: [
          { host: 'Desk.local', port: 1 },
          { host: 'desk.local.', port: 1 },
          { host: 'fe80::1%eth0', port: 1 },
          { host: 'fe80::1%wlan0', port: 1 },
        ],
      }).map((c) => c.host),
    ).toEqual(['Desk.local', 'fe80::1%eth0', 'fe80::1%wlan0'])
  })

  it('is empty when nothing is known', () => {
    expect(dialCandidates({})).toEqual([])
  })
})
