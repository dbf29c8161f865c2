import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import * as z from 'zod'
import { ROLES, dossierIdSchema } from '../../../shared/protocol'
import { writeFileAtomic } from '../store/atomic-file'

/**
 * What this host shares on the LAN, per dossier: `<library>/lan/sharing.json` (0600). It holds
 * secrets (the session secret, the invites' secrets), so only its owner may read it; it is
 * replaced atomically, and a file that does not read is set aside, never overwritten.
 */

const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`))
const addressSchema = z.strictObject({ host: z.string(), port: z.number().int().min(1).max(65535) })

const inviteRecordSchema = z.strictObject({
  id: hex(8),
  secret: hex(32),
  role: z.enum(ROLES),
  created: z.string(),
  expiresAt: z.number().int().nullable(),
  state: z.enum(['open', 'used', 'revoked']),
  /** The link as it was given out, so the inviting host can show it again. */
  link: z.string(),
})
export type InviteRecord = z.infer<typeof inviteRecordSchema>

const sharedDossierSchema = z.strictObject({
  sessionSecret: hex(32),
  invites: z.array(inviteRecordSchema),
  /** Where each member's LAN endpoint was last known to listen, by device key. */
  addresses: z.record(hex(32), z.array(addressSchema)),
})
export type SharedDossier = z.infer<typeof sharedDossierSchema>

const sharingFileSchema = z.strictObject({
  version: z.literal(1),
  dossiers: z.record(dossierIdSchema, sharedDossierSchema),
})
export type SharingFile = z.infer<typeof sharingFileSchema>

export const SHARING_FILE = path.join('lan', 'sharing.json')

export interface SharingLoad {
  readonly file: SharingFile
  /** Set when the file did not read: where it was moved, in words. */
  readonly problem: string | null
}

const EMPTY: SharingFile = { version: 1, dossiers: {} }

export class SharingStore {
  private writing: Promise<void> = Promise.resolve()

  constructor(readonly libraryDir: string) {}

  get path(): string {
    return path.join(this.libraryDir, SHARING_FILE)
  }

  /** Reads the file; a damaged one is moved aside (`sharing.json.damaged-<ms>`) and reported. */
  async load(now = Date.now()): Promise<SharingLoad> {
    let text: string
    try {
      text = await fs.readFile(this.path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { file: EMPTY, problem: null }
      throw error
    }
    try {
      return { file: sharingFileSchema.parse(JSON.parse(text)), problem: null }
    } catch {
      const aside = `${this.path}.damaged-${now}`
      await fs.rename(this.path, aside)
      return {
        file: EMPTY,
        problem: `the LAN sharing state ${this.path} was damaged and was moved to ${aside}; share the dossiers again`,
      }
    }
  }

  /** Replaces the file with `file`; writes are queued, one at a time. */
  save(file: SharingFile): Promise<void> {
    let text: string
    try {
      text = `${JSON.stringify(sharingFileSchema.parse(file), null, 2)}\n`
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
