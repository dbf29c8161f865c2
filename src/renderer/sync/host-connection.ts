import type { BackoffOptions } from '../../shared/session'
import type { Dialer } from '../../shared/transport'
import { DossierReplica } from './dossier-replica'
import { LibraryClient } from './library-client'
import { livenessDialer } from './liveness'
import type { LivenessOptions } from './liveness'
import { browserNetwork } from './network-signals'
import type { NetworkSignals } from './network-signals'

export interface HostConnectionOptions {
  readonly dialer: Dialer
  /**
   * Names this host in cache names: the page's origin in a browser, the host's id in the
   * desktop app. Copies of the same dossier id from different hosts never mix.
   */
  readonly scope: string
  /** False keeps no copy on this device (the browser refused storage). */
  readonly cache?: boolean
  readonly backoff?: BackoffOptions
  /** How long a silent host is given (liveness.ts); tests pass a fake clock. */
  readonly liveness?: LivenessOptions
  /** The browser's offline/online events; tests pass their own. */
  readonly network?: NetworkSignals
}

/** The IndexedDB database that holds this device's copy of a dossier from a given host. */
export const replicaCacheName = (scope: string, dossierId: string): string =>
  `vdesk:${scope}:${dossierId}`

/**
 * Everything the renderer has to do with its host: the library (list, import) and one synced
 * replica per open dossier, all over one kind of transport.
 */
export class HostConnection {
  readonly library: LibraryClient
  private readonly dialer: Dialer
  private readonly replicas = new Set<DossierReplica>()
  private readonly stopListening: (() => void)[]

  constructor(private readonly options: HostConnectionOptions) {
    const watched = livenessDialer(options.dialer, options.liveness)
    this.dialer = watched.dialer
    this.library = new LibraryClient({
      dialer: this.dialer,
      ...(options.backoff === undefined ? {} : { backoff: options.backoff }),
    })
    const network = options.network ?? browserNetwork()
    this.stopListening = [
      // Asked rather than cut: a host on this computer is still there without a network.
      network.on('offline', () => watched.probeAll()),
      network.on('online', () => this.retryNow()),
    ]
  }

  get scope(): string {
    return this.options.scope
  }

  /** Resolves once this device's copy is loaded (or known absent); the sync runs on from there. */
  async openDossier(dossierId: string): Promise<DossierReplica> {
    const replica = await DossierReplica.open({
      dossierId,
      dialer: this.dialer,
      cacheName:
        this.options.cache === false ? null : replicaCacheName(this.options.scope, dossierId),
      ...(this.options.backoff === undefined ? {} : { backoff: this.options.backoff }),
    })
    this.replicas.add(replica)
    const stop = replica.subscribe(() => {
      if (replica.status.link.kind !== 'closed') return
      stop()
      this.replicas.delete(replica)
    })
    return replica
  }

  /** Every connection waiting to dial again does so now (the network came back). */
  retryNow(): void {
    this.library.retryNow()
    for (const replica of this.replicas) replica.retryNow()
  }

  close(): void {
    for (const stop of this.stopListening) stop()
    this.library.close()
  }
}
