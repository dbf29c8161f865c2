import { networkInterfaces } from 'node:os'
import type { NetworkInterfaceInfo } from 'node:os'
import {
  advertisedVersion,
  isInstanceName,
  LAN_PROTOCOL_VERSION,
  randomInstanceName,
} from './advertisement'
import {
  defaultInterfaceFilter,
  interfacesKey,
  usableInterfaces,
  type InterfaceFilter,
  type UsableInterface,
} from './interface-filter'
import { InterfaceResponder, type BrowsedService } from './interface-responder'
import type { MdnsOptions } from './mdns-handle'

/** Another member that announced itself on the LAN and speaks our protocol version. */
export interface DiscoveredPeer {
  instance: string
  addresses: string[]
  port: number
  protocolVersion: number
}

export type DiscoveryStatus =
  | { state: 'running'; interfaces: string[] }
  | { state: 'unavailable'; reason: string; message: string }

export type DiscoveryEvent =
  | { type: 'peer'; peer: DiscoveredPeer }
  | { type: 'peer-gone'; instance: string }
  | { type: 'incompatible'; instance: string; protocolVersion: number | undefined }
  | { type: 'status'; status: DiscoveryStatus }

export interface DiscoveryOptions {
  /** The port of this member's LAN listener, advertised in the SRV record. */
  port: number
  onEvent: (event: DiscoveryEvent) => void
  protocolVersion?: number
  /** Which interfaces by name may carry discovery; defaults to skipping VPN and virtual adapters. */
  interfaceFilter?: InterfaceFilter
  /** How often to look for interfaces that came or went. */
  interfaceCheckMs?: number
  /** How long to wait before trying again on interfaces where discovery failed. */
  retryFailedMs?: number
  networkInterfaces?: () => NodeJS.Dict<NetworkInterfaceInfo[]>
  /** Options for each interface's multicast-dns; tests hand in fake sockets. */
  mdnsOptions?: (iface: UsableInterface) => MdnsOptions
}

/** A LAN has a handful of desks; anything beyond this is someone flooding the link. */
const MAX_KNOWN_INSTANCES = 256

const unavailable = (reason: string): DiscoveryStatus => ({
  state: 'unavailable',
  reason,
  message: `discovery unavailable: ${reason}; members are still reached at the invite's addresses`,
})

/**
 * Finds other members on the LAN over mDNS and lets them find us. It announces a random instance
 * name, our listener's port and the protocol version, nothing else. Failures never throw: they
 * become an 'unavailable' status, because the invite's addresses and manual entry still work.
 */
export class Discovery {
  readonly instance = randomInstanceName()
  private readonly responders = new Map<string, InterfaceResponder>()
  /** instance -> interface name -> what was seen there */
  private readonly sightings = new Map<string, Map<string, DiscoveredPeer>>()
  private readonly incompatible = new Set<string>()
  private readonly failures = new Map<string, string>()
  private readonly protocolVersion: number
  private readonly filter: InterfaceFilter
  private readonly listInterfaces: () => NodeJS.Dict<NetworkInterfaceInfo[]>
  private timer: NodeJS.Timeout | undefined
  private key: string | undefined
  private current: DiscoveryStatus | undefined
  private failedAt = 0
  private closed = false

  constructor(private readonly options: DiscoveryOptions) {
    this.protocolVersion = options.protocolVersion ?? LAN_PROTOCOL_VERSION
    this.filter = options.interfaceFilter ?? defaultInterfaceFilter
    this.listInterfaces = options.networkInterfaces ?? networkInterfaces
  }

  start(): void {
    if (this.timer || this.closed) return
    this.refresh()
    this.timer = setInterval(() => this.refresh(), this.options.interfaceCheckMs ?? 10_000)
    this.timer.unref()
  }

  /** The latest status, also sent as a 'status' event; undefined before start(). */
  get status(): DiscoveryStatus | undefined {
    return this.current
  }

  get peers(): DiscoveredPeer[] {
    return [...this.sightings.keys()].map((instance) => this.merged(instance)!)
  }

  /** Restarts responders when the set of usable interfaces or their addresses changed. */
  private refresh(): void {
    let current: UsableInterface[]
    try {
      current = usableInterfaces(this.listInterfaces(), this.filter)
    } catch (error) {
      this.report(unavailable(`cannot list network interfaces (${String(error)})`))
      return
    }
    const key = interfacesKey(current)
    const retryDue =
      this.failures.size > 0 && Date.now() - this.failedAt >= (this.options.retryFailedMs ?? 60_000)
    if (key === this.key && !retryDue) return
    this.key = key
    this.failures.clear()
    const wanted = new Map(current.map((iface) => [iface.name, iface]))
    // Only interfaces that went away or changed address are restarted: peers on the others keep
    // seeing us without a goodbye and a new announcement.
    for (const [name, responder] of this.responders) {
      const now = wanted.get(name)
      if (now && interfacesKey([now]) === responder.key) {
        wanted.delete(name)
        continue
      }
      void responder.close()
      this.responders.delete(name)
      this.forgetInterface(name)
    }
    for (const iface of wanted.values()) this.startOn(iface)
    this.reportStatus()
  }

  private startOn(iface: UsableInterface): void {
    try {
      const responder = new InterfaceResponder({
        iface,
        instance: this.instance,
        port: this.options.port,
        protocolVersion: this.protocolVersion,
        mdns: this.options.mdnsOptions?.(iface),
        listener: {
          up: (service) => this.seen(iface.name, service),
          down: (instance) => this.gone(iface.name, instance),
          failed: (reason) => {
            this.responders.delete(iface.name)
            this.forgetInterface(iface.name)
            this.failures.set(iface.name, reason)
            this.failedAt = Date.now()
            this.reportStatus()
          },
        },
      })
      this.responders.set(iface.name, responder)
    } catch (error) {
      this.failedAt = Date.now()
      this.failures.set(
        iface.name,
        `${iface.name}: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
  }

  private seen(ifaceName: string, service: BrowsedService): void {
    if (service.instance === this.instance) return
    const known = this.sightings.size + this.incompatible.size
    if (known >= MAX_KNOWN_INSTANCES && !this.sightings.has(service.instance)) return
    const version = advertisedVersion(service.txt)
    if (version !== this.protocolVersion || !isInstanceName(service.instance)) {
      if (!this.incompatible.has(service.instance)) {
        this.incompatible.add(service.instance)
        this.emit({ type: 'incompatible', instance: service.instance, protocolVersion: version })
      }
      return
    }
    if (!Number.isInteger(service.port) || service.port < 1 || service.port > 65535) return
    const before = JSON.stringify(this.merged(service.instance))
    const perInterface = this.sightings.get(service.instance) ?? new Map<string, DiscoveredPeer>()
    this.sightings.set(service.instance, perInterface)
    perInterface.set(ifaceName, {
      instance: service.instance,
      addresses: service.addresses,
      port: service.port,
      protocolVersion: version,
    })
    const after = this.merged(service.instance)!
    if (JSON.stringify(after) !== before) this.emit({ type: 'peer', peer: after })
  }

  private gone(ifaceName: string, instance: string): void {
    const perInterface = this.sightings.get(instance)
    if (!perInterface?.delete(ifaceName)) return
    if (perInterface.size > 0) {
      this.emit({ type: 'peer', peer: this.merged(instance)! })
      return
    }
    this.sightings.delete(instance)
    this.emit({ type: 'peer-gone', instance })
  }

  private forgetInterface(ifaceName: string): void {
    for (const instance of [...this.sightings.keys()]) this.gone(ifaceName, instance)
  }

  /** One peer across all interfaces it was seen on: the latest port, every address. */
  private merged(instance: string): DiscoveredPeer | undefined {
    const sightings = [...(this.sightings.get(instance)?.values() ?? [])]
    const last = sightings.at(-1)
    if (!last) return undefined
    const addresses = [...new Set(sightings.flatMap((s) => s.addresses))]
    return { ...last, addresses }
  }

  private reportStatus(): void {
    if (this.closed) return
    if (this.responders.size > 0) {
      this.report({ state: 'running', interfaces: [...this.responders.keys()].sort() })
    } else if (this.failures.size > 0) {
      this.report(unavailable([...this.failures.values()].join('; ')))
    } else {
      this.report(unavailable('no network interface to announce on'))
    }
  }

  private report(status: DiscoveryStatus): void {
    if (JSON.stringify(status) === JSON.stringify(this.current)) return
    this.current = status
    this.emit({ type: 'status', status })
  }

  private emit(event: DiscoveryEvent): void {
    if (this.closed) return
    try {
      this.options.onEvent(event)
    } catch {
      // A listener's bug must not stop discovery; the listener owns its own error reporting.
    }
  }

  /** Says goodbye on every interface and releases sockets and timers. */
  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    clearInterval(this.timer)
    this.timer = undefined
    const closing = [...this.responders.values()].map((r) => r.close())
    this.responders.clear()
    await Promise.all(closing)
  }
}
