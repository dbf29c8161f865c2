import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import * as Y from 'yjs'
import { UpdateFeed } from '../../../shared/protocol'
import { syncDir, writeFileAtomic } from './atomic-file'
import { encodeRecord, logHeader } from './log-format'
import { LogWriter } from './log-writer'
import { recover } from './recovery'
import type { RecoveryReport } from './recovery'
import { encodeSnapshot } from './snapshot-file'
import { StoreError, storeError } from './store-error'
import { LOG, SNAPSHOT, storePaths } from './store-files'
import { PRIVATE_DIR, PRIVATE_FILE } from './private-mode'

export interface StoreOptions {
  /** Compact once the log holds this many records (default 1000). */
  readonly compactAfterRecords?: number
  /** ... or this many bytes (default 8 MiB). */
  readonly compactAfterBytes?: number
  /** Failures of background work (compaction); nothing acknowledged is ever lost by one. */
  readonly onProblem?: (error: StoreError) => void
}

export interface StoreStats {
  readonly logRecords: number
  readonly logBytes: number
  /** Writes (each with one fdatasync) since the store was opened. */
  readonly batches: number
  readonly compactions: number
}

const SAVE_HINT = '; every change saved before this one is kept'

/**
 * The durable form of one dossier: a folder with a snapshot and an append-only log of Yjs
 * updates. The store owns the dossier's Y.Doc: every update of the doc is appended to the log
 * as it happens, and `flush()` resolves once all of them are fsynced. The log is compacted into
 * a new snapshot in the background and on close.
 */
export class DossierStore {
  private readonly writer: LogWriter
  private readonly paths: ReturnType<typeof storePaths>
  private compacting: Promise<void> | null = null
  private compactions = 0
  /** After a failed compaction (a full disk, say), background ones wait until then. */
  private retryCompactionAt = 0
  private closing: Promise<void> | null = null
  private lastError: StoreError | null = null
  private applyingOwn = false
  private changedAt: Date | null = null
  private readonly stopFeed: () => void

  private constructor(
    readonly id: string,
    readonly folder: string,
    readonly doc: Y.Doc,
    readonly report: RecoveryReport,
    handle: fs.FileHandle,
    log: { size: number; records: number },
    private readonly options: StoreOptions,
  ) {
    this.paths = storePaths(folder)
    this.writer = new LogWriter(
      handle,
      { log: this.paths.log, next: this.paths.next, dir: folder },
      log,
    )
    this.stopFeed = UpdateFeed.of(doc).subscribe(this.onUpdate)
  }

  /** Opens a dossier folder, recovering from whatever a crash or a bad disk left there. */
  static async open(folder: string, id: string, options: StoreOptions = {}): Promise<DossierStore> {
    let recovered
    try {
      recovered = await recover(folder, id)
    } catch (error) {
      throw storeError(id, 'open', error)
    }
    let handle: fs.FileHandle
    try {
      handle = await fs.open(path.join(folder, LOG), 'r+')
    } catch (error) {
      recovered.doc.destroy()
      throw storeError(id, 'open', error)
    }
    return new DossierStore(
      id,
      folder,
      recovered.doc,
      recovered.report,
      handle,
      recovered.log,
      options,
    )
  }

  /**
   * Writes a new dossier folder holding `state`, all at once: it is built beside its final
   * place, fsynced, and renamed into it, so a crash never leaves half a dossier.
   */
  static async create(
    folder: string,
    id: string,
    state: Uint8Array,
    extraFiles: Readonly<Record<string, string | Uint8Array>> = {},
  ): Promise<void> {
    const parent = path.dirname(folder)
    const temp = path.join(parent, `.${path.basename(folder)}.new-${process.pid}-${Date.now()}`)
    try {
      await fs.mkdir(temp, { mode: PRIVATE_DIR })
      const files = { [SNAPSHOT]: encodeSnapshot(state), [LOG]: logHeader(), ...extraFiles }
      for (const [name, bytes] of Object.entries(files)) {
        const handle = await fs.open(path.join(temp, name), 'wx', PRIVATE_FILE)
        try {
          await handle.writeFile(bytes)
          await handle.sync()
        } finally {
          await handle.close()
        }
      }
      await syncDir(temp)
      try {
        await fs.access(folder)
        throw new StoreError(`dossier ${id} already exists in ${parent}`, id, 'EEXIST')
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      }
      await fs.rename(temp, folder)
      await syncDir(parent)
    } catch (error) {
      await fs.rm(temp, { recursive: true, force: true }).catch(() => undefined)
      throw storeError(id, 'create', error, '; nothing was added to the library')
    }
  }

  /**
   * Applies an update that came from elsewhere (a peer, an import) and resolves once it is on
   * disk. The exact bytes received are logged, so even parts Yjs keeps pending (waiting for
   * updates they depend on) are durable.
   */
  append(update: Uint8Array, origin?: unknown): Promise<void> {
    if (this.closing !== null) return Promise.reject(this.closedError())
    this.applyingOwn = true
    try {
      UpdateFeed.of(this.doc).applyReceived(update, origin)
    } catch (error) {
      return Promise.reject(
        new StoreError(
          `an update for dossier ${this.id} was refused: it is not a readable Yjs update (${(error as Error).message})`,
          this.id,
        ),
      )
    } finally {
      this.applyingOwn = false
    }
    return this.write(update)
  }

  /** Resolves once every update so far is fsynced; rejects if some could not be written. */
  async flush(): Promise<void> {
    try {
      await this.writer.flush()
      this.lastError = null
    } catch (error) {
      throw this.lastError ?? storeError(this.id, 'save', error, SAVE_HINT)
    }
  }

  /** Time of the last change written by this store, if any. */
  get lastChange(): Date | null {
    return this.changedAt
  }

  stats(): StoreStats {
    const writer = this.writer.stats()
    return {
      logRecords: writer.records,
      logBytes: writer.bytes,
      batches: writer.batches,
      compactions: this.compactions,
    }
  }

  /**
   * Writes the whole state as a new snapshot and starts a fresh log holding only what was
   * written meanwhile. Every step leaves a complete dossier on disk: until the new snapshot is
   * renamed into place the old snapshot and log hold everything; after it, the old log is
   * replayed harmlessly on top (a snapshot newer than the log) until the new log replaces it.
   */
  compact(): Promise<void> {
    if (this.compacting !== null) return this.compacting
    if (this.writer.failure !== null) return Promise.reject(this.lastError ?? this.writer.failure)
    const run = async (): Promise<void> => {
      const state = Y.encodeStateAsUpdate(this.doc)
      this.writer.startCarry()
      try {
        await writeFileAtomic(this.paths.snapshot, encodeSnapshot(state))
      } catch (error) {
        this.writer.stopCarry()
        throw storeError(this.id, 'compact', error, '; its log still holds every change')
      }
      try {
        await this.writer.rotate()
      } catch (error) {
        throw storeError(this.id, 'compact', error, '; its snapshot holds every change')
      }
      this.compactions++
    }
    this.compacting = run().finally(() => {
      this.compacting = null
    })
    return this.compacting
  }

  /** Stops persisting the doc, writes what is pending, compacts, and closes the log. */
  close(options: { compact?: boolean } = {}): Promise<void> {
    this.closing ??= this.shutDown(options.compact !== false)
    return this.closing
  }

  private async shutDown(compact: boolean): Promise<void> {
    this.stopFeed()
    let failure: StoreError | null = null
    try {
      await this.flush()
    } catch (error) {
      failure = error as StoreError
    }
    await this.compacting?.catch(() => undefined)
    if (failure === null && compact && this.writer.stats().records > 0) {
      await this.compact().catch((error: StoreError) => this.options.onProblem?.(error))
    }
    await this.writer.close()
    if (failure !== null) throw failure
  }

  private readonly onUpdate = (
    update: Uint8Array,
    _origin: unknown,
    transaction: Y.Transaction,
  ): void => {
    // The update `append` applies is logged as the bytes received; changes that observers make
    // in reaction to it are local transactions of their own, and logged like any other.
    if (this.applyingOwn && !transaction.local) return
    this.write(update).catch(() => undefined)
  }

  private async write(update: Uint8Array): Promise<void> {
    try {
      await this.writer.append(encodeRecord(update))
    } catch (error) {
      this.lastError = storeError(this.id, 'save', error, SAVE_HINT)
      throw this.lastError
    }
    this.changedAt = new Date()
    this.maybeCompact()
  }

  private maybeCompact(): void {
    const { records, bytes } = this.writer.stats()
    const tooMany = records >= (this.options.compactAfterRecords ?? 1000)
    const tooBig = bytes >= (this.options.compactAfterBytes ?? 8 * 1024 * 1024)
    if (this.compacting !== null || this.closing !== null || !(tooMany || tooBig)) return
    if (Date.now() < this.retryCompactionAt) return
    this.compact().catch((error: StoreError) => {
      this.retryCompactionAt = Date.now() + 10_000
      this.options.onProblem?.(error)
    })
  }

  private closedError(): StoreError {
    return new StoreError(`dossier ${this.id} is closed; open it again to change it`, this.id)
  }
}
