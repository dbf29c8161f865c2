import type { ChangeSummary, Dossier, DossierMeta, QuarantineItem } from '../../shared/dossier'
import type { SignatureSweepState } from '../signatures/signature-sweeper'

/** Runs `notify` soon, once however often it is asked; answers a way to call it off. */
export type NotifySchedule = (notify: () => void) => () => void

/** A page that paints no frames (hidden) is still told, this long after a change. */
const WITHOUT_FRAMES_MS = 100

/**
 * Before the next frame is painted: every change that arrives in between (a burst of remote
 * decisions comes as dozens of messages a frame) is shown by one render, not one each.
 */
export const beforeNextFrame: NotifySchedule = (notify) => {
  if (typeof requestAnimationFrame !== 'function') {
    const timer = setTimeout(notify, 0)
    return () => clearTimeout(timer)
  }
  let called = false
  const cancel = () => {
    called = true
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
  const run = () => {
    if (called) return
    cancel()
    notify()
  }
  const frame = requestAnimationFrame(run)
  const timer = setTimeout(run, WITHOUT_FRAMES_MS)
  return cancel
}

/**
 * The React-facing store of one replica's derived state (not the host's durable `DossierStore`
 * in src/main/host/store, which keeps the log and snapshots on disk). The dossier already caches
 * its claim list, counts and per-claim views and replaces them only when they change, so those
 * are valid snapshots for useSyncExternalStore as they are. Meta, source text and quarantine are
 * recomputed by the dossier on every call; this store caches them and drops a cache only when a
 * change touches it. Caches are dropped at once, but React is told once per frame
 * (`beforeNextFrame`): a component that renders in between reads the new state anyway.
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
  /** Calls off the notification waiting for the next frame; null when none waits. */
  private waiting: (() => void) | null = null

  constructor(
    readonly dossier: Dossier,
    private readonly schedule: NotifySchedule = beforeNextFrame,
  ) {
    this.unsubscribe = dossier.onChange((change) => {
      this.invalidate(change)
      this.notifySoon()
    })
  }

  dispose(): void {
    this.unsubscribe()
    this.waiting?.()
    this.waiting = null
    this.listeners.clear()
  }

  private notifySoon(): void {
    if (this.waiting !== null) return
    let told = false
    const cancel = this.schedule(() => {
      told = true
      this.waiting = null
      for (const listener of [...this.listeners]) listener()
    })
    if (!told) this.waiting = cancel
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
    this.notifySoon()
  }
}
