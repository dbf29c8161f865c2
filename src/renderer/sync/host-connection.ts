import type { BackoffOptions } from '../../shared/session'
import type { Dialer } from '../../shared/transport'
import { DossierReplica } from './dossier-replica'
import { LibraryClient } from './library-client'

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

  constructor(private readonly options: HostConnectionOptions) {
    this.library = new LibraryClient({
      dialer: options.dialer,
      ...(options.backoff === undefined ? {} : { backoff: options.backoff }),
    })
  }

  get scope(): string {
    return this.options.scope
  }

  /** Resolves once this device's copy is loaded (or known absent); the sync runs on from there. */
  openDossier(dossierId: string): Promise<DossierReplica> {
    return DossierReplica.open({
      dossierId,
      dialer: this.options.dialer,
      cacheName:
        this.options.cache === false ? null : replicaCacheName(this.options.scope, dossierId),
      ...(this.options.backoff === undefined ? {} : { backoff: this.options.backoff }),
    })
  }

  close(): void {
    this.library.close()
  }
}
