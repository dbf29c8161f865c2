import { Dossier, NotADossierError } from '../../shared/dossier'
import { ReplicaViewStore } from '../state/replica-view-store'
import type { DossierReplica, ReplicaStatus } from '../sync/dossier-replica'
import type { HostConnection } from '../sync/host-connection'
import { otherEditors } from '../sync/presence'
import type { PresentEditor } from '../sync/presence'

export interface OpenedDossierView {
  readonly status: ReplicaStatus
  /** Null until the replica holds the dossier (from this device's copy or from the host). */
  readonly store: ReplicaViewStore | null
  /** The replica holds something that is not a dossier. */
  readonly problem: string | null
  readonly others: readonly PresentEditor[]
}

/**
 * A dossier opened from the host, as the UI needs it: the replica, the typed dossier over it
 * once there is one, and who else is in the room. One snapshot object per change, for
 * useSyncExternalStore.
 */
export class OpenedDossier {
  private dossier: Dossier | null = null
  private current: OpenedDossierView
  private readonly listeners = new Set<() => void>()
  private readonly stopWatching: () => void

  private constructor(readonly replica: DossierReplica) {
    this.current = { status: replica.status, store: null, problem: null, others: [] }
    this.stopWatching = replica.subscribe(this.refresh)
    replica.awareness.on('change', this.refresh)
    this.refresh()
  }

  static async open(connection: HostConnection, dossierId: string): Promise<OpenedDossier> {
    return new OpenedDossier(await connection.openDossier(dossierId))
  }

  get view(): OpenedDossierView {
    return this.current
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  async close(): Promise<void> {
    this.stopWatching()
    this.replica.awareness.off('change', this.refresh)
    this.current.store?.dispose()
    this.dossier?.destroy()
    this.listeners.clear()
    await this.replica.close()
  }

  private readonly refresh = (): void => {
    const { status } = this.replica
    let { store, problem } = this.current
    if (store === null && status.hasCopy) {
      try {
        this.dossier = Dossier.open(this.replica.doc)
        store = new ReplicaViewStore(this.dossier)
        problem = null
      } catch (error) {
        if (!(error instanceof NotADossierError)) throw error
        problem = 'What the host sent for this id is not a dossier.'
      }
    }
    this.current = { status, store, problem, others: otherEditors(this.replica.awareness) }
    for (const listener of [...this.listeners]) listener()
  }
}
