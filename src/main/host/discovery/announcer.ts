import Bonjour from 'bonjour-service'
import { advertisedService } from './advertisement'
import type { UsableInterface } from './interface-filter'
import type { MdnsHandle, MdnsRecord, MdnsServer } from './mdns-handle'

/** First re-announcement after 1 s, then each 3 times later, up to an hour (as bonjour-service). */
const FIRST_REPEAT_MS = 1000
const LAST_REPEAT_MS = 60 * 60 * 1000

/**
 * Publishes our service on one interface. bonjour-service's own `publish` cannot be used: it
 * lists the addresses of every interface (VPNs included) and its name probe hears our responder
 * on another interface of the same LAN as a conflict, then sends a goodbye that makes peers drop
 * us. Here the records name only this interface's addresses, and there is no probe: the instance
 * name has 40 random bits, a collision is not worth a goodbye storm.
 */
export class Announcer {
  private readonly records: MdnsRecord[]
  private timer: NodeJS.Timeout | undefined
  private stopped = false

  constructor(
    private readonly server: MdnsServer,
    private readonly mdns: MdnsHandle,
    options: { iface: UsableInterface; instance: string; port: number; protocolVersion: number },
    private readonly onError: (error: Error) => void,
  ) {
    const { iface, instance, port, protocolVersion } = options
    const noop = () => {}
    const service = new Bonjour.Service(
      advertisedService(instance, port, protocolVersion),
      noop,
      noop,
    )
    const own = new Set(iface.addresses)
    this.records = service
      .records()
      .filter((r) => (r.type !== 'A' && r.type !== 'AAAA') || own.has(String(r.data)))
    // bonjour-service reads addresses from os.networkInterfaces(); the interface list we were
    // given may be newer, so add what it lacks.
    const listed = new Set(this.records.map((r) => String(r.data)))
    for (const address of iface.addresses) {
      if (listed.has(address)) continue
      const type = address.includes(':') ? 'AAAA' : 'A'
      this.records.push({ name: `${instance}.local`, type, ttl: 120, data: address })
    }
    this.server.register(this.records)
    this.announce(FIRST_REPEAT_MS)
  }

  private announce(nextMs: number): void {
    if (this.stopped) return
    this.mdns.respond(this.records, (error) => {
      if (error) return this.onError(error)
      if (this.stopped || nextMs > LAST_REPEAT_MS) return
      this.timer = setTimeout(() => this.announce(nextMs * 3), nextMs)
      this.timer.unref()
    })
  }

  /** Stops answering and sends the records with TTL 0, so peers drop us at once. */
  goodbye(): Promise<void> {
    if (this.stopped) return Promise.resolve()
    this.stopped = true
    clearTimeout(this.timer)
    this.server.unregister(this.records)
    const farewell = this.records.map((record) => ({ ...record, ttl: 0 }))
    return new Promise((resolve) => this.mdns.respond(farewell, () => resolve()))
  }
}
