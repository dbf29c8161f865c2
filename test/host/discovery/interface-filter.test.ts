import type { NetworkInterfaceInfo } from 'node:os'
import { describe, expect, it } from 'vitest'
import {
  defaultInterfaceFilter,
  interfacesKey,
  usableInterfaces,
} from '../../../src/main/host/discovery/interface-filter'

const info = (address: string, internal = false): NetworkInterfaceInfo =>
  address.includes(':')
    ? {
        address,
        netmask: 'ffff:ffff:ffff:ffff::',
        family: 'IPv6',
        mac: '02:00:00:00:00:01',
        internal,
        cidr: null,
        scopeid: 2,
      }
    : {
        address,
        netmask: '255.255.255.0',
        family: 'IPv4',
        mac: '02:00:00:00:00:01',
        internal,
        cidr: null,
      }

describe('the interface filter', () => {
  it('keeps LAN adapters and skips loopback, VPN and virtual ones', () => {
    for (const name of ['eth0', 'enp3s0', 'wlan0', 'wlp2s0', 'en0', 'Ethernet', 'Wi-Fi']) {
      expect(defaultInterfaceFilter(name), name).toBe(true)
    }
    for (const name of [
      'lo',
      'lo0',
      'tun0',
      'tap1',
      'wg0',
      'utun3',
      'docker0',
      'veth12ab',
      'vboxnet0',
      'vmnet8',
      'br-1a2b',
      'virbr0',
      'ztabcdef',
      'tailscale0',
      'ppp0',
    ]) {
      expect(defaultInterfaceFilter(name), name).toBe(false)
    }
  })

  it('runs on interfaces with an external IPv4 address, advertising all their addresses', () => {
    const snapshot = {
      lo: [info('127.0.0.1', true), info('::1', true)],
      wlan0: [info('192.168.1.20'), info('fe80::1')],
      eth0: [info('10.0.0.5')],
      tun0: [info('10.8.0.2')],
      ipv6only: [info('fe80::2')],
    }
    // multicast-dns sends over IPv4, so an IPv6-only interface is not used.
    expect(usableInterfaces(snapshot, defaultInterfaceFilter)).toEqual([
      { name: 'eth0', ipv4: '10.0.0.5', addresses: ['10.0.0.5'] },
      { name: 'wlan0', ipv4: '192.168.1.20', addresses: ['192.168.1.20', 'fe80::1'] },
    ])
  })

  it('lets a caller allow its own names, as the namespace test does for its veth pair', () => {
    const allowTestLink = (name: string) => name === 'vdta123'
    const snapshot = { vdta123: [info('10.231.1.1')], eth0: [info('10.0.0.5')] }
    expect(usableInterfaces(snapshot, allowTestLink).map((i) => i.name)).toEqual(['vdta123'])
  })

  it('a changed address changes the key; the same set in another order does not', () => {
    const one = usableInterfaces({ a0: [info('10.0.0.1')], b0: [info('10.0.1.1')] }, () => true)
    const swapped = usableInterfaces({ b0: [info('10.0.1.1')], a0: [info('10.0.0.1')] }, () => true)
    const moved = usableInterfaces({ a0: [info('10.0.0.2')], b0: [info('10.0.1.1')] }, () => true)
    expect(interfacesKey(one)).toBe(interfacesKey(swapped))
    expect(interfacesKey(one)).not.toBe(interfacesKey(moved))
  })
})
