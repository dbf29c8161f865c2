import * as fs from 'node:fs/promises'
import { syncDir } from './atomic-file'
import { logHeader } from './log-format'
import { PRIVATE_FILE } from './private-mode'

interface Waiter {
  readonly record: Buffer | null
  readonly resolve: () => void
  readonly reject: (error: Error) => void
}

export interface LogPaths {
  readonly log: string
  /** Where the next log is prepared during compaction before it replaces `log`. */
  readonly next: string
  readonly dir: string
}

/**
 * The few file operations the writer needs; `fs.FileHandle` is one. Tests wrap it to see the
 * order of writes, syncs and acknowledgements, which a SIGKILL cannot show (the page cache
 * survives it, so a missing fdatasync goes unnoticed by crash tests).
 */
export interface LogFile {
  write(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
  ): Promise<{ bytesWritten: number }>
  truncate(length: number): Promise<void>
  datasync(): Promise<void>
  close(): Promise<void>
}

/** Opens a new file for writing (the next log during compaction). */
export type OpenLogFile = (file: string) => Promise<LogFile>

const openPrivate: OpenLogFile = (file) => fs.open(file, 'w', PRIVATE_FILE)

export interface WriterStats {
  /** Records in the current log file. */
  readonly records: number
  /** Bytes in the current log file, header included. */
  readonly bytes: number
  readonly batches: number
}

const writeFully = async (handle: LogFile, bytes: Buffer, position: number) => {
  let done = 0
  while (done < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, position + done)
    done += bytesWritten
  }
}

/**
 * Appends framed records to a log with group commit: every record handed in while a write is in
 * flight goes into the next single write and single fdatasync, in order. A promise resolves only
 * once its record is on disk.
 *
 * After a failed write the file is cut back to its last good length and the records are kept, to
 * be written (first, so order holds) with the next batch: a later record never lands in the log
 * ahead of an earlier one it may depend on. A failed fdatasync is fatal: the kernel may have
 * dropped the dirty pages, so nothing written since can be trusted to be on disk.
 */
export class LogWriter {
  private queue: Waiter[] = []
  private unwritten: Buffer[] = []
  private running = false
  private fatal: Error | null = null
  private carry: Buffer[] | null = null
  private rotation: { resolve: () => void; reject: (error: Error) => void } | null = null
  private records: number
  private size: number
  private batches = 0

  constructor(
    private handle: LogFile,
    private readonly paths: LogPaths,
    initial: { readonly size: number; readonly records: number },
    private readonly openFile: OpenLogFile = openPrivate,
  ) {
    this.size = initial.size
    this.records = initial.records
  }

  /** Resolves once `record` (already framed) is written and fsynced. */
  append(record: Buffer): Promise<void> {
    return this.enqueue(record)
  }

  /** Resolves once everything appended before is on disk, retrying records that failed. */
  flush(): Promise<void> {
    if (!this.running && this.queue.length === 0 && this.unwritten.length === 0) {
      return this.fatal ? Promise.reject(this.fatal) : Promise.resolve()
    }
    return this.enqueue(null)
  }

  /** Records not on disk because a write failed (they are retried with the next batch). */
  get pendingRecords(): number {
    return this.unwritten.length
  }

  get failure(): Error | null {
    return this.fatal
  }

  stats(): WriterStats {
    return { records: this.records, bytes: this.size, batches: this.batches }
  }

  /** From now on, remember every record written, to carry it into the next log. */
  startCarry(): void {
    this.carry = []
  }

  stopCarry(): void {
    this.carry = null
  }

  /**
   * Replaces the log with a fresh one holding only the records written since `startCarry`
   * (the snapshot just written holds everything before): prepared beside it, fsynced, renamed
   * over it, folder fsynced. Runs between batches, so no append interleaves with it.
   */
  rotate(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.rotation = { resolve, reject }
      void this.run()
    })
  }

  async close(): Promise<void> {
    await this.flush().catch(() => undefined)
    await this.handle.close()
  }

  private enqueue(record: Buffer | null): Promise<void> {
    if (this.fatal) return Promise.reject(this.fatal)
    return new Promise((resolve, reject) => {
      this.queue.push({ record, resolve, reject })
      void this.run()
    })
  }

  private async run(): Promise<void> {
    if (this.running) return
    this.running = true
    try {
      while (this.queue.length > 0 || this.rotation !== null) {
        if (this.rotation !== null) {
          const { resolve, reject } = this.rotation
          this.rotation = null
          await this.replaceLog().then(resolve, reject)
        } else {
          await this.writeBatch(this.queue.splice(0))
        }
      }
    } finally {
      this.running = false
    }
  }

  private async writeBatch(batch: Waiter[]): Promise<void> {
    const fail = (error: Error) => batch.forEach((waiter) => waiter.reject(error))
    if (this.fatal) return fail(this.fatal)
    const records = [...this.unwritten]
    for (const waiter of batch) if (waiter.record) records.push(waiter.record)
    const bytes = Buffer.concat(records)
    if (bytes.length > 0) {
      try {
        await writeFully(this.handle, bytes, this.size)
      } catch (error) {
        this.unwritten = records
        try {
          await this.handle.truncate(this.size)
        } catch {
          this.fatal = error as Error
        }
        return fail(error as Error)
      }
      try {
        await this.handle.datasync()
      } catch (error) {
        this.fatal = error as Error
        return fail(error as Error)
      }
      this.unwritten = []
      this.size += bytes.length
      this.records += records.length
      this.batches++
      this.carry?.push(...records)
    }
    batch.forEach((waiter) => waiter.resolve())
  }

  private async replaceLog(): Promise<void> {
    const carried = this.carry ?? []
    this.carry = null
    if (this.fatal) throw this.fatal
    const bytes = Buffer.concat([logHeader(), ...carried])
    const next = await this.openFile(this.paths.next)
    try {
      await writeFully(next, bytes, 0)
      await next.datasync()
      await fs.rename(this.paths.next, this.paths.log)
    } catch (error) {
      await next.close()
      await fs.rm(this.paths.next, { force: true })
      throw error
    }
    const previous = this.handle
    this.handle = next
    this.size = bytes.length
    this.records = carried.length
    await previous.close().catch(() => undefined)
    try {
      await syncDir(this.paths.dir)
    } catch (error) {
      // Until the rename is durable, a crash could bring back the old log without what is
      // written from here on: stop acknowledging rather than risk it.
      this.fatal = error as Error
      throw error
    }
  }
}
