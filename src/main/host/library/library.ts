import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import * as Y from 'yjs'
import { Dossier } from '../../../shared/dossier'
import type { StatusCounts } from '../../../shared/dossier'
import type { Signer } from '../../../shared/identity'
import { writeFileAtomic } from './atomic-file'
import { loadOrCreateIdentity } from './identity-store'
import { DamagedFileError, decodeSnapshot, encodeSnapshot } from './snapshot-file'

export interface DossierSummary {
  readonly id: string
  readonly title: string
  readonly story: string
  readonly claims: number
  readonly counts: StatusCounts
  readonly updated: string
}

export interface LibraryProblem {
  readonly id: string
  readonly reason: string
}

export interface OpenDossier {
  readonly doc: Y.Doc
  readonly dossier: Dossier
}

export class LibraryError extends Error {}

const ID = /^m_[0-9a-z]{8,32}$/
const EXTENSION = '.ydoc'

/**
 * A folder of dossiers, one snapshot file each, written atomically. (The durable append-only log
 * and the running host that owns the folder come with the host; this is what the CLI needs now.)
 */
export class Library {
  private constructor(readonly dir: string) {}

  static async open(dir: string): Promise<Library> {
    try {
      await fs.mkdir(path.join(dir, 'dossiers'), { recursive: true })
      await fs.access(dir, fs.constants.R_OK | fs.constants.W_OK)
    } catch (error) {
      throw new LibraryError(`cannot use the library folder ${dir}: ${describeFsError(error)}`)
    }
    return new Library(dir)
  }

  identity(name?: string): Promise<Signer> {
    return loadOrCreateIdentity(this.dir, name)
  }

  async ids(): Promise<string[]> {
    const names = await fs.readdir(path.join(this.dir, 'dossiers'))
    return names
      .filter((name) => name.endsWith(EXTENSION) && ID.test(name.slice(0, -EXTENSION.length)))
      .map((name) => name.slice(0, -EXTENSION.length))
      .sort()
  }

  /** Every dossier that opens, plus a problem line for each that does not; one bad file hides nothing else. */
  async list(): Promise<{ dossiers: DossierSummary[]; problems: LibraryProblem[] }> {
    const dossiers: DossierSummary[] = []
    const problems: LibraryProblem[] = []
    for (const id of await this.ids()) {
      try {
        const { doc, dossier } = await this.load(id)
        const stat = await fs.stat(this.fileOf(id))
        const meta = dossier.meta()
        dossiers.push({
          id,
          title: meta.title,
          story: meta.story,
          claims: dossier.activeClaims().length,
          counts: dossier.counts(),
          updated: stat.mtime.toISOString(),
        })
        dossier.destroy()
        doc.destroy()
      } catch (error) {
        problems.push({ id, reason: (error as Error).message })
      }
    }
    dossiers.sort((a, b) => (a.updated < b.updated ? 1 : -1))
    return { dossiers, problems }
  }

  /** Resolves a full id or a unique prefix of one. */
  async resolve(ref: string): Promise<string> {
    const ids = await this.ids()
    if (ids.includes(ref)) return ref
    const matches = ids.filter((id) => id.startsWith(ref) || id.slice(2).startsWith(ref))
    if (matches.length === 1) return matches[0]!
    if (matches.length > 1)
      throw new LibraryError(`"${ref}" matches ${matches.length} dossiers; type more of the id`)
    throw new LibraryError(`no dossier "${ref}" in ${this.dir} (see \`dossier list\`)`)
  }

  async load(ref: string): Promise<OpenDossier> {
    const id = await this.resolve(ref)
    const file = this.fileOf(id)
    let bytes: Uint8Array
    try {
      bytes = await fs.readFile(file)
    } catch (error) {
      throw new LibraryError(`cannot read dossier ${id}: ${describeFsError(error)}`)
    }
    const doc = new Y.Doc()
    try {
      Y.applyUpdate(doc, decodeSnapshot(bytes))
      return { doc, dossier: Dossier.open(doc) }
    } catch (error) {
      doc.destroy()
      const reason =
        error instanceof DamagedFileError
          ? error.message
          : `its content is unreadable (${(error as Error).message})`
      throw new LibraryError(
        `dossier ${id} cannot be opened: ${reason}; the file ${file} was left as it is`,
      )
    }
  }

  async save(dossier: Dossier): Promise<void> {
    const id = dossier.id
    if (!ID.test(id))
      throw new LibraryError(`refusing to store a dossier with the unsafe id "${id}"`)
    try {
      await writeFileAtomic(this.fileOf(id), encodeSnapshot(Y.encodeStateAsUpdate(dossier.doc)))
    } catch (error) {
      throw new LibraryError(
        `could not save dossier ${id}: ${describeFsError(error)}; nothing was changed on disk`,
      )
    }
  }

  async exists(id: string): Promise<boolean> {
    return (await this.ids()).includes(id)
  }

  private fileOf(id: string): string {
    return path.join(this.dir, 'dossiers', `${id}${EXTENSION}`)
  }
}

export const describeFsError = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code
  switch (code) {
    case 'ENOSPC':
      return 'the disk is full; free some space and try again'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EROFS':
      return 'the folder is read-only'
    case 'ENOENT':
      return 'it does not exist'
    case 'ENOTDIR':
      return 'a file stands where a folder should be'
    default:
      return (error as Error).message
  }
}
