import { hostname } from 'node:os'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventually } from '../../support/eventually'
import {
  canCreateNamespaces,
  createNetnsPair,
  startMember,
  stopMember,
  type Member,
  type MemberEvent,
  type NetnsPair,
} from './support/netns'

/**
 * Real mDNS between two members, each in a network namespace of its own joined by a veth pair
 * the test creates. Nothing is sent on the machine's real interfaces. Each member also runs in
 * its own UTS namespace with a telltale host name, so the test can see that it never leaks.
 */
const usable = canCreateNamespaces()
const reason = ' (skipped: needs root and ip netns to create its own network namespaces)'
const title = `discovery across network namespaces${usable ? '' : reason}`

const PORTS = [41001, 41002] as const
const secretHost = (side: string) => `desk-laptop-of-jane-${side}-${process.pid}`

const started = (member: Member) => member.events.find((e) => e.type === 'started')
const instanceOf = (member: Member): string => {
  const event = started(member)
  if (typeof event?.instance !== 'string')
    throw new Error(`not started yet: ${member.stderr.join('')}`)
  return event.instance
}
const peersSeen = (member: Member) =>
  member.events.filter((e) => e.type === 'peer').map((e) => e.peer as Record<string, unknown>)
const records = (member: Member) => member.events.filter((e) => e.type === 'record')

describe.skipIf(!usable)(title, () => {
  let net: NetnsPair | undefined
  const members: Member[] = []
  const start = (side: 0 | 1) => {
    const member = startMember(net!.namespaces[side], {
      hostname: secretHost(side === 0 ? 'a' : 'b'),
      port: PORTS[side],
      interfacePrefix: net!.links[side],
    })
    members.push(member)
    return member
  }

  beforeAll(() => {
    net = createNetnsPair()
  })

  afterAll(async () => {
    await Promise.all(members.map((member) => stopMember(member, 2000)))
    net?.remove()
  })

  it('two members find each other with no address given, see each other leave, and put nothing but type, instance, port, addresses and version on the wire', async () => {
    const a = start(0)
    const b = start(1)
    await eventually(() => {
      expect(started(a)?.hostname).toBe(secretHost('a'))
      expect(started(b)?.hostname).toBe(secretHost('b'))
    }, 20_000)

    await eventually(() => {
      expect(peersSeen(a)).toContainEqual({
        instance: instanceOf(b),
        addresses: expect.arrayContaining([net!.addresses[1]]),
        port: PORTS[1],
        protocolVersion: 1,
      })
      expect(peersSeen(b)).toContainEqual({
        instance: instanceOf(a),
        addresses: expect.arrayContaining([net!.addresses[0]]),
        port: PORTS[0],
        protocolVersion: 1,
      })
    }, 20_000)
    // Nobody reports itself.
    expect(peersSeen(a).map((p) => p.instance)).not.toContain(instanceOf(a))

    const firstB = instanceOf(b)
    await stopMember(b)
    expect(b.events.at(-1)).toEqual({ type: 'closed' })
    await eventually(() => {
      expect(a.events).toContainEqual({ type: 'peer-gone', instance: firstB })
    }, 10_000)

    // A restarted member comes back under a new name and is found again.
    const b2 = start(1)
    await eventually(() => {
      expect(peersSeen(a).map((p) => p.instance)).toContain(instanceOf(b2))
    }, 20_000)
    expect(instanceOf(b2)).not.toBe(firstB)

    // Everything either namespace heard: only the type, random instances, ports, the veth
    // addresses and the version. Never a host name.
    const heard = members.flatMap(records)
    expect(heard.length).toBeGreaterThan(0)
    const instances = members.map(instanceOf)
    // A host name as a whole name or label: a short one ("vm") may occur inside a random
    // instance ("vd-vm6i3ly6") without anything having been told.
    const secrets = [hostname(), secretHost('a'), secretHost('b')].map(
      (name) =>
        new RegExp(`(?<![\\w-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'i'),
    )
    for (const record of heard) {
      const text = JSON.stringify(record)
      for (const secret of secrets) expect(text).not.toMatch(secret)
    }
    const allowedNames = new Set([
      '_vdesk._tcp.local',
      '_services._dns-sd._udp.local',
      ...instances.flatMap((i) => [`${i}._vdesk._tcp.local`, `${i}.local`]),
    ])
    const shape = (r: MemberEvent) => {
      switch (r.rrtype) {
        case 'PTR':
          return typeof r.data === 'string' && allowedNames.has(r.data)
        case 'SRV': {
          const data = r.data as { target?: unknown; port?: unknown }
          return allowedNames.has(String(data.target)) && PORTS.some((p) => p === data.port)
        }
        case 'TXT':
          return JSON.stringify(r.data) === '["v=1"]'
        case 'A':
          return net!.addresses.some((address) => address === r.data)
        case 'AAAA':
          return typeof r.data === 'string' && r.data.startsWith('fe80:')
        default:
          return false
      }
    }
    for (const record of heard) {
      expect(allowedNames.has(String(record.name)), JSON.stringify(record)).toBe(true)
      expect(shape(record), JSON.stringify(record)).toBe(true)
    }
  }, 90_000)
})
