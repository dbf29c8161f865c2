import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import * as z from 'zod'
import { dossierIdSchema } from '../../../shared/protocol'
import { relaySettingsSchema } from '../../../shared/relay'
import type { RelaySettings } from '../../../shared/relay'
import { writeFileAtomic } from '../store/atomic-file'

/**
 * Which dossiers this host syncs through a relay, and how: `<library>/relay/relays.json` (0600:
 * it holds the relays' tokens). Replaced atomically; a file that does not read is set aside and
 * reported, never overwritten.
 */
const relaysFileSchema = z.strictObject({
  version: z.literal(1),
  dossiers: z.record(dossierIdSchema, relaySettingsSchema),
})
export type RelaysFile = z.infer<typeof relaysFileSchema>

export const RELAYS_FILE = path.join('relay', 'relays.json')

const EMPTY: RelaysFile = { version: 1, dossiers: {} }

export class RelayStore {
  private writing: Promise<void> = Promise.resolve()

  constructor(readonly libraryDir: string) {}

  get path(): string {
    return path.join(this.libraryDir, RELAYS_FILE)
  }

  async load(now = Date.now()): Promise<{ file: RelaysFile; problem: string | null }> {
    let text: string
    try {
      text = await fs.readFile(this.path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { file: EMPTY, problem: null }
      throw error
    }
    try {
      return { file: relaysFileSchema.parse(JSON.parse(text)), problem: null }
    } catch {
      const aside = `${this.path}.damaged-${now}`
      await fs.rename(this.path, aside)
      return {
        file: EMPTY,
        problem: `the relay settings ${this.path} were damaged and were moved to ${aside}; set the relays again`,
      }
    }
  }

  save(file: RelaysFile): Promise<void> {
    let text: string
    try {
      text = `${JSON.stringify(relaysFileSchema.parse(file), null, 2)}\n`
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

export type { RelaySettings }
