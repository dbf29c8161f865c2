import { canonicalIp } from '../../../shared/lan'
import type { LanAddress } from '../../../shared/lan'
import { Discovery } from '../discovery/discovery'

/** Something that reports where hosts of our protocol listen on the LAN, until closed. */
export interface MemberDiscovery {
  close(): Promise<void>
}

export type StartDiscovery = (
  listenPort: number,
  onHost: (addresses: LanAddress[]) => void,
) => MemberDiscovery

/**
 * mDNS (src/main/host/discovery): announces this host's LAN port and reports others'. An
 * announcement names no device and no dossier; the session decides by handshake who it is.
 */
export const mdnsDiscovery: StartDiscovery = (listenPort, onHost) => {
  const discovery = new Discovery({
    port: listenPort,
    onEvent: (event) => {
      if (event.type !== 'peer') return
      const hosts = event.peer.addresses
        .map((address) => canonicalIp(address))
        .filter((host): host is string => host !== null)
      if (hosts.length > 0) onHost(hosts.map((host) => ({ host, port: event.peer.port })))
    },
  })
  discovery.start()
  return discovery
}
