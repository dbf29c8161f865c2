import type { DeviceKeyFile } from '../../../shared/identity'
import { formatLanAddress } from '../../../shared/lan'
import type { LanAddress } from '../../../shared/lan'
import { CLOSE_POLICY_VIOLATION } from '../../../shared/protocol'
import { startLanListener } from '../lan'
import type { LanListener } from '../lan'
import { DEFAULT_LAN_LISTEN, advertisedAddresses, isLoopback } from './listen-address'
import { mdnsDiscovery } from './member-discovery'
import type { MemberDiscovery, StartDiscovery } from './member-discovery'
import { sessionCandidates } from './session-candidates'
import type { CandidateSource } from './session-candidates'
import { admitPeer, welcomePeer } from './session-door'
import type { DoorHost } from './session-door'

export interface LanEndpointOptions {
  /** Where the LAN endpoint listens (default every IPv4 interface, any free port). */
  readonly listen?: LanAddress
  readonly onProblem?: (line: string) => void
  /** How other hosts are found besides known addresses (default mDNS); never on loopback. */
  readonly discover?: StartDiscovery
  /** Why the LAN endpoint must not listen at all (a listen address that does not read). */
  readonly listenProblem?: string
  /** Tests only: run `discover` (a fake) although the listener is on loopback. */
  readonly discoverOnLoopback?: boolean
}

/** What the listener needs of the host's sessions: who may connect, and who takes them in. */
export interface EndpointHost extends DoorHost, CandidateSource {
  readonly closed: boolean
  readonly deviceKey: DeviceKeyFile
}

/**
 * The LAN endpoint of the host's sessions: the listener that admits invite holders and members,
 * with the discovery that announces it, started on demand and stopped when nothing is shared.
 */
export class LanEndpoint {
  private listener: LanListener | null = null
  private discovery: MemberDiscovery | null = null
  private starting: Promise<void> | null = null
  private listenerProblem: string | null = null

  constructor(
    private readonly host: EndpointHost,
    private readonly options: LanEndpointOptions,
    /** Called with the addresses of each host discovery finds. */
    private readonly onHostFound: (addresses: LanAddress[]) => void,
  ) {}

  get problem(): string | null {
    return this.listenerProblem
  }

  /** Where this host listens, as it tells invitees and members; empty when it does not. */
  advertised(): LanAddress[] {
    return this.listener === null ? [] : advertisedAddresses(this.listener.address)
  }

  /** Starts the listener unless it runs; concurrent callers share one start. */
  ensureListening(): Promise<void> {
    if (this.listener !== null || this.host.closed) return Promise.resolve()
    this.starting ??= this.startListening().finally(() => (this.starting = null))
    return this.starting
  }

  private async startListening(): Promise<void> {
    if (this.options.listenProblem !== undefined) {
      this.listenerProblem = this.options.listenProblem
      this.options.onProblem?.(this.listenerProblem)
      throw new Error(this.listenerProblem)
    }
    const listen = this.options.listen ?? DEFAULT_LAN_LISTEN
    try {
      this.listener = await startLanListener({
        host: listen.host,
        port: listen.port,
        deviceKey: this.host.deviceKey,
        candidates: () => sessionCandidates(this.host),
        admit: (peer) => admitPeer(this.host, peer),
        onPeer: (peer) =>
          void welcomePeer(this.host, peer).catch((error: unknown) => {
            this.options.onProblem?.(`a LAN peer could not be welcomed: ${String(error)}`)
            peer.transport.close(CLOSE_POLICY_VIOLATION, 'the host could not take this connection')
          }),
      })
      this.listenerProblem = null
      if (!isLoopback(listen.host) || this.options.discoverOnLoopback === true) {
        const discover = this.options.discover ?? mdnsDiscovery
        this.discovery = discover(this.listener.address.port, (addresses) =>
          this.onHostFound(addresses),
        )
      }
    } catch (error) {
      this.listenerProblem = `the LAN endpoint cannot listen on ${formatLanAddress(listen)}: ${(error as Error).message}`
      this.options.onProblem?.(this.listenerProblem)
      throw new Error(this.listenerProblem)
    }
  }

  /** Closes the listener, if it runs, and the discovery; ensureListening starts them again. */
  async stop(): Promise<void> {
    if (this.listener === null) return
    const listener = this.listener
    this.listener = null
    await this.discovery?.close()
    this.discovery = null
    await listener.close()
  }

  /** Closes the discovery, then the listener: the host is leaving (and starts neither again). */
  async close(): Promise<void> {
    await this.discovery?.close()
    this.discovery = null
    await this.listener?.close()
    this.listener = null
  }
}
