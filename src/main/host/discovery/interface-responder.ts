import { isIP } from 'node:net'
import type Bonjour from 'bonjour-service'
import type { Service } from 'bonjour-service'
import { SERVICE_TYPE } from './advertisement'
import { Announcer } from './announcer'
import { interfacesKey, type UsableInterface } from './interface-filter'
import { mdnsHandleOf, mdnsServerOf, openBonjourOn, type MdnsOptions } from './mdns-handle'

/** A service another member announced, as bonjour-service's browser saw it. */
export interface BrowsedService {
  instance: string
  port: number
  addresses: string[]
  txt: unknown
}

export interface ResponderListener {
  up(service: BrowsedService): void
  down(instance: string): void
  /** The responder cannot work any more; it has been closed. */
  failed(reason: string): void
}

export interface ResponderConfig {
  iface: UsableInterface
  instance: string
  port: number
  protocolVersion: number
  listener: ResponderListener
  mdns?: MdnsOptions
}

const MAX_ADDRESSES = 16

/**
 * Advertises and browses on one interface. multicast-dns sends through a single multicast
 * interface per socket, so each usable interface gets its own Bonjour instance, and the A/AAAA
 * records it publishes carry that interface's addresses only.
 */
export class InterfaceResponder {
  private readonly bonjour: Bonjour
  private readonly announcer: Announcer
  private closed = false

  constructor(private readonly config: ResponderConfig) {
    const { iface, instance, port, protocolVersion, listener } = config
    this.bonjour = openBonjourOn(iface.ipv4, (error) => this.fail(error), config.mdns)
    const mdns = mdnsHandleOf(this.bonjour)
    mdns.on('error', (error) => this.fail(error))
    // Warnings are undecodable packets (anyone on the LAN may send those) or a group membership
    // that failed, which multicast-dns retries every 5 s by itself.
    mdns.on('warning', () => {})

    this.announcer = new Announcer(
      mdnsServerOf(this.bonjour),
      mdns,
      { iface, instance, port, protocolVersion },
      (error) => this.fail(error),
    )

    // bonjour-service's browser drops the errors of its queries; ours reports them.
    mdns.query(`_${SERVICE_TYPE}._tcp.local`, 'PTR', (error) => {
      if (error) this.fail(error)
    })

    const browser = this.bonjour.find({ type: SERVICE_TYPE, protocol: 'tcp' })
    const seen = (found: Service) => {
      if (this.closed) return
      listener.up({
        instance: found.name,
        port: found.port,
        addresses: (found.addresses ?? []).filter((a) => isIP(a) !== 0).slice(0, MAX_ADDRESSES),
        txt: found.txt,
      })
    }
    browser.on('up', seen)
    browser.on('srv-update', seen)
    browser.on('txt-update', seen)
    browser.on('down', (gone: Service) => {
      if (!this.closed) listener.down(gone.name)
    })
  }

  /** Which interface and addresses this responder was started for. */
  get key(): string {
    return interfacesKey([this.config.iface])
  }

  private fail(error: Error): void {
    if (this.closed) return
    const reason = `${this.config.iface.name}: ${error.message}`
    void this.close()
    this.config.listener.failed(reason)
  }

  /** Says goodbye (records with TTL 0) so peers drop us at once, then closes the socket. */
  close(): Promise<void> {
    if (this.closed) return Promise.resolve()
    this.closed = true
    return new Promise((resolve) => {
      void this.announcer.goodbye().then(() => this.bonjour.destroy(() => resolve()))
    })
  }
}
