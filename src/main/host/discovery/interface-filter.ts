import type { NetworkInterfaceInfo } from 'node:os'

/** Decides by name whether an interface may carry discovery. */
export type InterfaceFilter = (name: string) => boolean

/**
 * Adapters that lead to another network than the LAN the user sits on (VPNs, containers,
 * virtual machines, bridges, the host side of veth pairs): announcing there would tell strangers
 * or other tenants that a desk member is around.
 */
const VIRTUAL_OR_VPN =
  /^(lo\d*$|tun|tap|wg|utun|ipsec|ppp|docker|veth|vboxnet|vmnet|br-|virbr|zt|tailscale|cni|flannel|cali|vxlan)/i

export const defaultInterfaceFilter: InterfaceFilter = (name) => !VIRTUAL_OR_VPN.test(name)

/** One interface discovery runs on: its IPv4 address carries multicast, all its addresses are advertised. */
export interface UsableInterface {
  name: string
  ipv4: string
  addresses: string[]
}

/** The interfaces to run on, from a snapshot of os.networkInterfaces(): up, not loopback, allowed by `filter`. */
export const usableInterfaces = (
  snapshot: NodeJS.Dict<NetworkInterfaceInfo[]>,
  filter: InterfaceFilter,
): UsableInterface[] => {
  const usable: UsableInterface[] = []
  for (const [name, infos] of Object.entries(snapshot)) {
    if (!infos || !filter(name)) continue
    const external = infos.filter((info) => !info.internal)
    const ipv4 = external.find((info) => info.family === 'IPv4')
    if (!ipv4) continue
    usable.push({ name, ipv4: ipv4.address, addresses: external.map((info) => info.address) })
  }
  return usable.sort((a, b) => a.name.localeCompare(b.name))
}

/** A key that changes exactly when the set of usable interfaces or their addresses changes. */
export const interfacesKey = (interfaces: UsableInterface[]): string =>
  interfaces.map((i) => `${i.name}=${i.addresses.join(',')}`).join(';')
