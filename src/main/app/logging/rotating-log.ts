import * as fs from 'node:fs'
import { dirname } from 'node:path'

export type LogLevel = 'info' | 'warn' | 'error'

export interface RotatingLogOptions {
  /** A file that would grow past this is moved aside first. */
  readonly maxBytes?: number
  /** How many files are kept in all, the current one included. */
  readonly files?: number
  /** Where lines go once the file cannot be written (a full disk, an unwritable folder). */
  readonly fallback?: (line: string) => void
  readonly now?: () => Date
}

/**
 * The app's log: one line per entry, appended synchronously (a line written just before a crash
 * is kept), moved to `.1`, `.2`... when it reaches `maxBytes`, the oldest dropped. Logging never
 * throws: a file that cannot be written sends every later line to the fallback (stderr), and says
 * so there once.
 */
export class RotatingLog {
  private fd: number | null = null
  private size = 0
  private broken = false
  private readonly maxBytes: number
  private readonly files: number
  private readonly fallback: (line: string) => void
  private readonly now: () => Date

  constructor(
    readonly file: string,
    options: RotatingLogOptions = {},
  ) {
    this.maxBytes = options.maxBytes ?? 1024 * 1024
    this.files = Math.max(1, options.files ?? 5)
    this.fallback = options.fallback ?? ((line) => void process.stderr.write(line))
    this.now = options.now ?? (() => new Date())
  }

  /** False once the file failed and lines go to the fallback. */
  get writing(): boolean {
    return !this.broken
  }

  write(level: LogLevel, text: string): void {
    const line = `${this.now().toISOString()} ${level.padEnd(5)} ${text.replace(/\r?\n/g, '\n    ')}\n`
    if (this.broken) {
      this.fallback(line)
      return
    }
    try {
      const bytes = Buffer.byteLength(line)
      if (this.fd !== null && this.size > 0 && this.size + bytes > this.maxBytes) this.rotate()
      this.fd ??= this.open()
      fs.writeSync(this.fd, line)
      this.size += bytes
    } catch (error) {
      this.giveUp(error)
      this.fallback(line)
    }
  }

  close(): void {
    if (this.fd === null) return
    try {
      fs.closeSync(this.fd)
    } catch {
      // Already gone: nothing more to write to it.
    }
    this.fd = null
  }

  private open(): number {
    fs.mkdirSync(dirname(this.file), { recursive: true })
    const fd = fs.openSync(this.file, 'a')
    this.size = fs.fstatSync(fd).size
    if (this.size >= this.maxBytes) {
      fs.closeSync(fd)
      this.rotateFiles()
      return this.open()
    }
    return fd
  }

  private rotate(): void {
    this.close()
    this.rotateFiles()
  }

  /** desk.log.3 → .4, …, desk.log → .1; the oldest is overwritten. */
  private rotateFiles(): void {
    if (this.files === 1) {
      fs.rmSync(this.file, { force: true })
      return
    }
    for (let n = this.files - 2; n >= 1; n--) {
      const from = `${this.file}.${n}`
      if (fs.existsSync(from)) fs.renameSync(from, `${this.file}.${n + 1}`)
    }
    fs.renameSync(this.file, `${this.file}.1`)
  }

  private giveUp(error: unknown): void {
    this.broken = true
    this.close()
    const why = error instanceof Error ? error.message : String(error)
    this.fallback(
      `${this.now().toISOString()} error Verification Desk cannot write its log ${this.file} (${why}); ` +
        'logging to stderr from now on\n',
    )
  }
}
