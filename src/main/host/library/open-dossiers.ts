import type * as Y from 'yjs'
import { Dossier, useFastSignatureCheck } from '../../../shared/dossier'
import { DossierStore } from '../store/dossier-store'
import type { StoreOptions } from '../store/dossier-store'
import type { RecoveryReport } from '../store/recovery'
import { DossierInUseError, NotFoundError, UnreadableError } from './library-errors'
import { nativeSignatureCheck, nativeSweepCheck } from './native-signatures'
import { filesChangedAt, readSummary, summarize, writeSummary } from './summary-cache'
import type { DossierSummary } from './summary-cache'

/** How long a dossier stays open before the check of its whole history starts. */
const SWEEP_DELAY_MS = 1000

// Opening a dossier verifies every claim's current decisions: natively here, not in pure JS.
useFastSignatureCheck(nativeSignatureCheck)

/** An open dossier. Changes made to `doc` (through `dossier` or by sync) are saved as they happen. */
export interface DossierHandle {
  readonly id: string
  readonly doc: Y.Doc
  readonly dossier: Dossier
  /** What recovery found when the dossier was opened (empty `events` after a clean shutdown). */
  readonly report: RecoveryReport
  /** Resolves once every change so far is on disk (fsynced). */
  flush(): Promise<void>
  /**
   * Applies an update from elsewhere and resolves once it is on disk: what a sync host waits
   * for before it acknowledges the update to its sender.
   */
  applyUpdate(update: Uint8Array, origin?: unknown): Promise<void>
  /** Releases this handle; the dossier is saved, compacted and closed with the last one. */
  close(): Promise<void>
}

interface Entry {
  readonly store: DossierStore
  readonly dossier: Dossier
  /** Stops the background check of every signature (it runs while the dossier is open). */
  readonly sweep: AbortController
  /** Last change before this opening, for the listing if nothing changes now. */
  readonly changedBefore: string
}

interface Slot {
  refs: number
  readonly ready: Promise<Entry>
  done?: Promise<void>
}

/**
 * The dossiers open in one library. Each is opened once however many handles ask for it (two
 * stores on one log would interleave their writes), and closed when its last handle closes.
 */
export class OpenDossiers {
  private readonly slots = new Map<string, Slot>()
  private readonly closing = new Map<string, Promise<void>>()
  /** Dossiers being moved out of the library (to the trash): no new handle is given out. */
  private readonly blocked = new Set<string>()

  constructor(
    private readonly folderOf: (id: string) => string,
    private readonly options: {
      readonly store?: StoreOptions
      readonly onRecovery?: (report: RecoveryReport) => void
    },
  ) {}

  isOpen(id: string): boolean {
    return this.slots.has(id)
  }

  /**
   * Keeps `id` closed while its folder is moved away: an acquire from now on fails as an unknown
   * dossier. Resolves, blocked, once a close still saving it has finished; call the function it
   * returns when the move is over. Throws DossierInUseError while it is open or already blocked.
   */
  async block(id: string): Promise<() => void> {
    if (this.slots.has(id))
      throw new DossierInUseError(`dossier ${id} is open; close it before deleting it`)
    if (this.blocked.has(id))
      throw new DossierInUseError(`dossier ${id} is being moved to the trash already`)
    this.blocked.add(id)
    // A close that failed was reported to whoever closed; nothing writes to the folder now.
    await this.closing.get(id)?.catch(() => undefined)
    return () => this.blocked.delete(id)
  }

  /** The summary of an open dossier, from its live views. */
  async liveSummary(id: string): Promise<DossierSummary | null> {
    const slot = this.slots.get(id)
    if (slot === undefined) return null
    const entry = await slot.ready
    return summarize(entry.dossier, entry.store.lastChange?.toISOString() ?? entry.changedBefore)
  }

  async acquire(id: string): Promise<DossierHandle> {
    await this.closing.get(id)
    if (this.blocked.has(id)) throw new NotFoundError(`dossier ${id} is being moved to the trash`)
    let slot = this.slots.get(id)
    if (slot === undefined) {
      slot = { refs: 0, ready: this.load(id) }
      this.slots.set(id, slot)
    }
    const current = slot
    current.refs++
    let entry: Entry
    try {
      entry = await current.ready
    } catch (error) {
      if (--current.refs === 0 && this.slots.get(id) === current) this.slots.delete(id)
      throw error
    }
    let closed = false
    return {
      id,
      doc: entry.store.doc,
      dossier: entry.dossier,
      report: entry.store.report,
      flush: () => entry.store.flush(),
      applyUpdate: (update, origin) => entry.store.append(update, origin),
      close: async () => {
        if (closed) return
        closed = true
        await this.release(id, current, entry)
      },
    }
  }

  /** Closes every open dossier; rejects with the first failure once all have been tried. */
  async closeAll(): Promise<void> {
    const results = await Promise.allSettled(
      [...this.slots.entries()].map(async ([id, slot]) =>
        this.release(id, slot, await slot.ready, true),
      ),
    )
    await Promise.allSettled([...this.closing.values()])
    const failed = results.find((result) => result.status === 'rejected')
    if (failed !== undefined) throw (failed as PromiseRejectedResult).reason
  }

  private async load(id: string): Promise<Entry> {
    const folder = this.folderOf(id)
    const changedBefore = await filesChangedAt(folder)
    const store = await DossierStore.open(folder, id, this.options.store)
    if (store.report.events.length > 0) this.options.onRecovery?.(store.report)
    try {
      const dossier = Dossier.open(store.doc, { storedAs: id })
      return { store, dossier, changedBefore, sweep: this.sweep(dossier) }
    } catch (error) {
      await store.close({ compact: false }).catch(() => undefined)
      store.doc.destroy()
      throw new UnreadableError(`dossier ${id} cannot be opened: ${(error as Error).message}`)
    }
  }

  /**
   * Every signature of the dossier checked in the background once it is open, so that a tampered
   * entry anywhere in its history is known (and every later view of it is instant). It starts a
   * moment after the open: a dossier opened for one call (a listing, an export, a version) is
   * closed before then, and pays nothing for it.
   */
  private sweep(dossier: Dossier): AbortController {
    const controller = new AbortController()
    const start = setTimeout(() => {
      const { heads, rest } = dossier.decisionsToVerify()
      void dossier
        .checkSignatures([...heads, ...rest], {
          check: nativeSweepCheck,
          signal: controller.signal,
        })
        .catch(() => undefined)
    }, SWEEP_DELAY_MS)
    start.unref()
    controller.signal.addEventListener('abort', () => clearTimeout(start))
    return controller
  }

  private release(id: string, slot: Slot, entry: Entry, force = false): Promise<void> {
    if (slot.done !== undefined) return slot.done
    if (--slot.refs > 0 && !force) return Promise.resolve()
    this.slots.delete(id)
    const done = this.shutDown(id, entry).finally(() => this.closing.delete(id))
    slot.done = done
    this.closing.set(id, done)
    return done
  }

  private async shutDown(id: string, entry: Entry): Promise<void> {
    const { store, dossier } = entry
    entry.sweep.abort()
    const summary = summarize(dossier, store.lastChange?.toISOString() ?? entry.changedBefore)
    dossier.destroy()
    try {
      await store.close()
    } finally {
      store.doc.destroy()
    }
    // Only a cache: rewritten when something changed (or it is stale), and a failure to write
    // it costs a slower listing, nothing else.
    const folder = this.folderOf(id)
    if (store.lastChange !== null || (await readSummary(folder)) === null)
      await writeSummary(folder, summary).catch(() => undefined)
  }
}
