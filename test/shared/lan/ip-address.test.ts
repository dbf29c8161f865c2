import { describe, expect, it } from 'vitest'
import { canonicalIp } from '../../../src/shared/lan'

describe('IP literals in invites', () => {
  it('writes IPv6 the RFC 5952 way', () => {
    expect(canonicalIp('2001:0DB8:0000:0000:0000:0000:0000:0001')).toBe('2001:db8::1')
    expect(canonicalIp('::')).toBe('::')
    expect(canonicalIp('::1')).toBe('::1')
    expect(canonicalIp('fe80::')).toBe('fe80::')
    // The longest run of zeros is shortened, the first of two equal runs, and never a single group.
    expect(canonicalIp('2001:db8:0:0:1:0:0:1')).toBe('2001:db8::1:0:0:1')
    expect(canonicalIp('2001:db8:0:1:1:1:1:1')).toBe('2001:db8:0:1:1:1:1:1')
    expect(canonicalIp('::ffff:192.168.1.2')).toBe('::ffff:c0a8:102')
  })

  it('keeps IPv4 as it is and refuses anything that is not an IP literal', () => {
    expect(canonicalIp('192.168.1.20')).toBe('192.168.1.20')
    for (const bad of [
      '192.168.1.256',
      '192.168.01.2',
      '1.2.3',
      'printer.local',
      '1::2::3',
      '1:2:3:4:5:6:7:8:9',
      '1:2:3:4:5:6:7',
      'fe80::1%eth0',
      '::12345',
      '',
    ]) {
      expect(canonicalIp(bad)).toBeNull()
    }
  })
})
