import type { NetworkInterfaceInfo } from 'node:os'
import { describe, expect, it } from 'vitest'
import { Discovery, type DiscoveryEvent } from '../../../src/main/host/discovery/discovery'
import { onCleanup } from '../../support/cleanup'
import { eventually } from '../../support/eventually'
import { FakeMdnsLink } from './support/fake-mdns-link'

/**
 * Discovery over the real bonjour-service and multicast-dns code, on a fake link (no packet
 * reaches a real interface). The real network is exercised by discovery-netns.test.ts.
 */
const ipv4 = (address: string): NetworkInterfaceInfo => ({
  address,
  netmask: '255.255.255.0',
  family: 'IPv4',
  mac: '02:00:00:00:00:01',
  internal: false,
  cidr: `${address}/24`,
})

type Snapshot = Record<string, NetworkInterfaceInfo[]>

const member = (
  link: FakeMdnsLink,
  options: { port: number; snapshot: Snapshot; protocolVersion?: number; retryFailedMs?: number },
) => {
  const events: DiscoveryEvent[] = []
  const state = { snapshot: options.snapshot }
  const discovery = new Discovery({
    port: options.port,
    protocolVersion: options.protocolVersion,
    onEvent: (event) => events.push(event),
    interfaceCheckMs: 20,
    retryFailedMs: options.retryFailedMs,
    networkInterfaces: () => state.snapshot,
    mdnsOptions: (iface) => ({ socket: link.socket(iface.ipv4) }),
  })
  onCleanup(() => discovery.close())
  discovery.start()
  const peers = () => events.flatMap((e) => (e.type === 'peer' ? [e.peer.instance] : []))
  const statuses = () => events.flatMap((e) => (e.type === 'status' ? [e.status] : []))
  return { discovery, events, state, peers, statuses }
}

describe('Discovery', () => {
  it('finds another member on the link, not itself, and reports its departure', async () => {
    const link = new FakeMdnsLink()
    const a = member(link, { port: 4100, snapshot: { eth0: [ipv4('203.0.113.1')] } })
    const b = member(link, { port: 4200, snapshot: { eth0: [ipv4('203.0.113.2')] } })

    await eventually(() => {
      expect(a.peers()).toContain(b.discovery.instance)
      expect(b.peers()).toContain(a.discovery.instance)
    })
    expect(a.peers()).not.toContain(a.discovery.instance)
    expect(a.discovery.peers).toEqual([
      {
        instance: b.discovery.instance,
        addresses: ['203.0.113.2'],
        port: 4200,
        protocolVersion: 1,
      },
    ])
    expect(a.statuses().at(-1)).toEqual({ state: 'running', interfaces: ['eth0'] })
    expect(a.discovery.status).toEqual({ state: 'running', interfaces: ['eth0'] })

    await b.discovery.close()
    await eventually(() =>
      expect(a.events).toContainEqual({ type: 'peer-gone', instance: b.discovery.instance }),
    )
    expect(a.discovery.peers).toEqual([])
  })

  it('reports a member with another protocol version as incompatible, not as a peer', async () => {
    const link = new FakeMdnsLink()
    const a = member(link, { port: 4100, snapshot: { eth0: [ipv4('203.0.113.1')] } })
    const future = member(link, {
      port: 4200,
      protocolVersion: 2,
      snapshot: { eth0: [ipv4('203.0.113.2')] },
    })
    await eventually(() =>
      expect(a.events).toContainEqual({
        type: 'incompatible',
        instance: future.discovery.instance,
        protocolVersion: 2,
      }),
    )
    expect(a.peers()).toEqual([])
  })

  it('turns a socket error into an "unavailable" status instead of a crash', async () => {
    const link = new FakeMdnsLink()
    const a = member(link, { port: 4100, snapshot: { eth0: [ipv4('203.0.113.1')] } })
    await eventually(() => expect(a.statuses().at(-1)?.state).toBe('running'))
    const denied = Object.assign(new Error('bind EACCES 0.0.0.0:5353'), { code: 'EACCES' })
    link.sockets[0]!.emit('error', denied)
    expect(a.statuses().at(-1)).toEqual({
      state: 'unavailable',
      reason: 'eth0: bind EACCES 0.0.0.0:5353',
      message:
        "discovery unavailable: eth0: bind EACCES 0.0.0.0:5353; members are still reached at the invite's addresses",
    })
    await eventually(() => expect(link.openSockets).toEqual([]))
  })

  it('says discovery is unavailable where multicast cannot be sent', async () => {
    const link = new FakeMdnsLink()
    link.sendError = 'ENETUNREACH'
    const a = member(link, { port: 4100, snapshot: { eth0: [ipv4('203.0.113.1')] } })
    await eventually(() =>
      expect(a.statuses().at(-1)).toMatchObject({
        state: 'unavailable',
        message: expect.stringMatching(
          /^discovery unavailable: eth0: send ENETUNREACH .*; members are still reached at the invite's addresses$/,
        ),
      }),
    )
  })

  it('tries again once multicast gets through, and finds the peer then', async () => {
    const link = new FakeMdnsLink()
    link.sendError = 'ENETUNREACH'
    const a = member(link, {
      port: 4100,
      snapshot: { eth0: [ipv4('203.0.113.1')] },
      retryFailedMs: 50,
    })
    await eventually(() => expect(a.statuses().at(-1)?.state).toBe('unavailable'))
    link.sendError = undefined
    const b = member(link, { port: 4200, snapshot: { eth0: [ipv4('203.0.113.2')] } })
    await eventually(() => {
      expect(a.peers()).toContain(b.discovery.instance)
      expect(a.statuses().at(-1)).toEqual({ state: 'running', interfaces: ['eth0'] })
    })
  })

  it('follows interfaces that come and go, and never runs on VPN or virtual adapters', async () => {
    const link = new FakeMdnsLink()
    const a = member(link, {
      port: 4100,
      snapshot: { tun0: [ipv4('10.8.0.2')], docker0: [ipv4('172.17.0.1')] },
    })
    const b = member(link, { port: 4200, snapshot: { eth0: [ipv4('203.0.113.2')] } })
    expect(a.statuses().at(-1)).toMatchObject({
      state: 'unavailable',
      reason: 'no network interface to announce on',
    })

    a.state.snapshot = { ...a.state.snapshot, wlan0: [ipv4('203.0.113.1')] }
    await eventually(() => {
      expect(a.statuses().at(-1)).toEqual({ state: 'running', interfaces: ['wlan0'] })
      expect(a.peers()).toContain(b.discovery.instance)
    })

    a.state.snapshot = { tun0: [ipv4('10.8.0.2')] }
    await eventually(() => {
      expect(a.events).toContainEqual({ type: 'peer-gone', instance: b.discovery.instance })
      expect(a.statuses().at(-1)?.state).toBe('unavailable')
    })
    // The wlan0 socket is closed (after its goodbye); only b's is still open on the link.
    await eventually(() => expect(link.openSockets).toHaveLength(1))
  })

  it('closes every socket and stops reporting when closed', async () => {
    const link = new FakeMdnsLink()
    const a = member(link, {
      port: 4100,
      snapshot: { eth0: [ipv4('203.0.113.1')], eth1: [ipv4('198.51.100.1')] },
    })
    await eventually(() =>
      expect(a.statuses().at(-1)).toEqual({ state: 'running', interfaces: ['eth0', 'eth1'] }),
    )
    expect(link.sockets).toHaveLength(2)
    await a.discovery.close()
    expect(link.openSockets).toEqual([])
  })
})
