import type { ChangeSummary, Dossier, DossierMeta, QuarantineItem } from '../../shared/dossier'
import type { SignatureSweepState } from '../signatures/signature-sweeper'

/**
 * The React-facing store of one replica's derived state (not the host's durable `DossierStore`
 * in src/main/host/store, which keeps the log and snapshots on disk). The dossier already caches
 * its claim list, counts and per-claim views and replaces them only when they change, so those
 * are valid snapshots for useSyncExternalStore as they are. Meta, source text and quarantine are
 * recomputed by the dossier on every call; this store caches them and drops a cache only when a
 * change touches it.
 */
export class ReplicaViewStore {
  private meta: DossierMeta | null = null
  private source: string | null = null
  private quarantined: readonly QuarantineItem[] | null = null
  /** Bumped when author names change: timelines show them. */
  private namesVersion = 0
  private signatures: SignatureSweepState | null = null
  private readonly listeners = new Set<() => void>()
  private readonly unsubscribe: () => void

  constructor(readonly dossier: Dossier) {
    this.unsubscribe = dossier.onChange((change) => {
      this.invalidate(change)
      for (const listener of [...this.listeners]) listener()
    })
  }

  dispose(): void {
    this.unsubscribe()
    this.listeners.clear()
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private invalidate(change: ChangeSummary): void {
    if (change.meta) {
      this.meta = null
      this.namesVersion += 1
    }
    if (change.source) this.source = null
    if (change.quarantine) this.quarantined = null
  }

  readonly getMeta = (): DossierMeta => (this.meta ??= this.dossier.meta())
  readonly getSourceText = (): string => (this.source ??= this.dossier.sourceText())
  readonly getQuarantine = (): readonly QuarantineItem[] =>
    (this.quarantined ??= this.dossier.quarantine())
  readonly getNamesVersion = (): number => this.namesVersion
  /** How far the check of every signature has come; null when none runs. */
  readonly getSignatures = (): SignatureSweepState | null => this.signatures

  setSignatures(state: SignatureSweepState): void {
    this.signatures = state
    for (const listener of [...this.listeners]) listener()
  }
}
