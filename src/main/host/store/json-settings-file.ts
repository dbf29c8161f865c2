import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type * as z from 'zod'
import { writeFileAtomic } from './atomic-file'

export interface SettingsLoad<T> {
  readonly file: T
  /** Set when the file did not read: where it was moved, in words. */
  readonly problem: string | null
}

/**
 * A small JSON settings file of the library that may hold secrets (0600, its folder 0700):
 * checked by `schema` where it is read and before it is written, replaced atomically, writes
 * queued one at a time; a file that does not read is moved aside (`<name>.damaged-<ms>`) and
 * reported with `damagedAdvice`, never overwritten.
 */
export class JsonSettingsFile<T> {
  private writing: Promise<void> = Promise.resolve()

  constructor(
    readonly path: string,
    private readonly schema: z.ZodType<T>,
    private readonly empty: T,
    /** What the user should do when the file was damaged, after "…was moved to X; ". */
    private readonly damagedAdvice: string,
    private readonly what: string,
  ) {}

  async load(now = Date.now()): Promise<SettingsLoad<T>> {
    let text: string
    try {
      text = await fs.readFile(this.path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        return { file: structuredClone(this.empty), problem: null }
      throw error
    }
    try {
      return { file: this.schema.parse(JSON.parse(text)), problem: null }
    } catch {
      const aside = `${this.path}.damaged-${now}`
      await fs.rename(this.path, aside)
      return {
        file: structuredClone(this.empty),
        problem: `${this.what} ${this.path} was damaged and was moved to ${aside}; ${this.damagedAdvice}`,
      }
    }
  }

  save(file: T): Promise<void> {
    let text: string
    try {
      text = `${JSON.stringify(this.schema.parse(file), null, 2)}\n`
    } catch (error) {
      return Promise.reject(error as Error)
    }
    const write = this.writing.then(async () => {
      await fs.mkdir(path.dirname(this.path), { recursive: true, mode: 0o700 })
      await writeFileAtomic(this.path, text, 0o600)
    })
    this.writing = write.catch(() => undefined)
    return write
  }
}
