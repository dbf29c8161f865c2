import { Dossier, NotADossierError } from '../../shared/dossier'
import { pageSignatureCheck } from '../signatures/native-check'
import { SignatureSweeper } from '../signatures/signature-sweeper'
import type { SignatureSweepState } from '../signatures/signature-sweeper'
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
  /** The check of the statuses' signatures, while it holds the dossier back; null otherwise. */
  readonly checking: SignatureSweepState | null
}

/**
 * A dossier opened from the host, as the UI needs it: the replica, the typed dossier over it
 * once there is one, and who else is in the room. One snapshot object per change, for
 * useSyncExternalStore.
 */
export class OpenedDossier {
  private dossier: Dossier | null = null
  private store: ReplicaViewStore | null = null
  private sweeper: SignatureSweeper | null = null
  private checking: SignatureSweepState | null = null
  private current: OpenedDossierView
  private readonly listeners = new Set<() => void>()
  private readonly stopWatching: () => void

  private constructor(readonly replica: DossierReplica) {
    this.current = {
      status: replica.status,
      store: null,
      problem: null,
      others: [],
      checking: null,
    }
    this.stopWatching = replica.subscribe(this.refresh)
    replica.awareness.on('change', this.refresh)
    this.refresh()
  }

  static async open(connection: HostConnection, dossierId: string): Promise<OpenedDossier> {
    // The verify workers start (and prove they answer) while the copy loads, not after it: the
    // claims wait for the heads' check, which would otherwise wait for them (docs/benchmarks.md).
    void pageSignatureCheck()
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
    this.sweeper?.stop()
    this.sweeper = null
    this.store?.dispose()
    this.dossier?.destroy()
    this.listeners.clear()
    await this.replica.close()
  }

  private readonly refresh = (): void => {
    const { status } = this.replica
    let { problem } = this.current
    if (this.dossier === null && status.hasCopy) {
      try {
        this.dossier = Dossier.open(this.replica.doc)
        performance.mark('vdesk:dossier-indexed')
        problem = null
        this.check(this.dossier)
      } catch (error) {
        if (!(error instanceof NotADossierError)) throw error
        problem = 'What the host sent for this id is not a dossier.'
      }
    }
    this.current = {
      status,
      store: this.store,
      problem,
      others: otherEditors(this.replica.awareness),
      checking: this.store === null ? this.checking : null,
    }
    for (const listener of [...this.listeners]) listener()
  }

  /**
   * The statuses' signatures are checked (natively, off the page's thread) before the claims are
   * shown, so painting them checks nothing; the rest of the history follows in the background.
   */
  private check(dossier: Dossier): void {
    const sweeper = new SignatureSweeper(dossier, (state) => {
      if (this.store === null) {
        this.checking = state
        this.refresh()
      } else this.store.setSignatures(state)
    })
    this.sweeper = sweeper
    void sweeper.headsChecked.then(() => {
      if (this.sweeper !== sweeper || this.dossier !== dossier) return
      performance.mark('vdesk:heads-checked')
      // From now on a new head (a burst of remote decisions) is checked off the thread too.
      void pageSignatureCheck().then((check) => {
        if (this.dossier === dossier) dossier.deferSignatureChecks(check)
      })
      this.store = new ReplicaViewStore(dossier)
      if (this.checking !== null) this.store.setSignatures(this.checking)
      this.refresh()
    })
  }
}
