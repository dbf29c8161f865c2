import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { isDossierId } from '../../../shared/dossier'
import type { Signer } from '../../../shared/identity'
import type { HostEndpoint } from '../../../shared/protocol/host-endpoint'
import type { StoreOptions } from '../store/dossier-store'
import { describeRecovery } from '../store/recovery'
import type { RecoveryReport } from '../store/recovery'
import { describeFsError } from '../store/store-error'
import { PRIVATE_DIR } from '../store/private-mode'
import { loadOrCreateIdentity } from './identity-store'
import { noKeyProtection } from './key-protection'
import type { KeyProtection } from './key-protection'
import { LibraryError } from './library-errors'
import { LibraryLock } from './library-lock'
import { OpenDossiers } from './open-dossiers'
import type { DossierHandle } from './open-dossiers'
import { resolveDossierRef } from './resolve-ref'
import { TRASH_DIR } from './trash'

export interface LibraryOptions {
  readonly store?: StoreOptions
  /** Called with one line per thing recovery did when a dossier was opened. */
  readonly onRecovery?: (lines: string[], report: RecoveryReport) => void
  /** Where this host can be reached; written into the lock for tools that look for it. */
  readonly endpoint?: HostEndpoint
  /** What seals the device's signing key (the desktop app's keychain); none by default. */
  readonly keyProtection?: KeyProtection
}

/** Why `root` cannot serve as a library folder, as the one error a caller sees. */
export const unusableFolder = (root: string, error: unknown): LibraryError =>
  new LibraryError(`cannot use the library folder ${root}: ${describeFsError(error)}`)

/**
 * Makes `root` a library folder this process can use (creating it and its `dossiers/` if
 * needed) and takes its lock; `endpoint` is written into the lock for tools that look for it.
 */
export const claimLibraryFolder = async (
  root: string,
  endpoint: HostEndpoint | undefined,
): Promise<LibraryLock> => {
  try {
    await fs.mkdir(path.join(root, 'dossiers'), { recursive: true, mode: PRIVATE_DIR })
    await fs.access(root, fs.constants.R_OK | fs.constants.W_OK)
  } catch (error) {
    throw unusableFolder(root, error)
  }
  try {
    return await LibraryLock.acquire(root, endpoint === undefined ? {} : { endpoint })
  } catch (error) {
    if (error instanceof LibraryError) throw error
    throw unusableFolder(root, error)
  }
}

/**
 * What every operation of a Library stands on: the folder this process owns (its lock), where
 * each dossier lives in it, this device's identity, and the dossiers open now.
 */
export class LibraryFolder {
  protected readonly open_: OpenDossiers

  protected constructor(
    readonly dir: string,
    readonly lock: LibraryLock,
    private readonly options: LibraryOptions,
  ) {
    this.open_ = new OpenDossiers((id) => this.folderOf(id), {
      ...(options.store === undefined ? {} : { store: options.store }),
      onRecovery: (report) => options.onRecovery?.(describeRecovery(report), report),
    })
  }

  /** Closes every open dossier (saving and compacting it) and gives the folder up. */
  async close(): Promise<void> {
    try {
      await this.open_.closeAll()
    } finally {
      await this.lock.release()
    }
  }

  get dossiersDir(): string {
    return path.join(this.dir, 'dossiers')
  }

  get trashDir(): string {
    return path.join(this.dir, TRASH_DIR)
  }

  folderOf(id: string): string {
    if (!isDossierId(id)) throw new LibraryError(`"${id}" is not a dossier id`)
    return path.join(this.dossiersDir, id)
  }

  identity(name?: string): Promise<Signer> {
    return loadOrCreateIdentity(this.dir, name, undefined, this.keyProtection)
  }

  get keyProtection(): KeyProtection {
    return this.options.keyProtection ?? noKeyProtection
  }

  async ids(): Promise<string[]> {
    const entries = await fs.readdir(this.dossiersDir, { withFileTypes: true })
    return entries
      .filter((entry) => entry.isDirectory() && isDossierId(entry.name))
      .map((entry) => entry.name)
      .sort()
  }

  async exists(id: string): Promise<boolean> {
    return (await this.ids()).includes(id)
  }

  /** Resolves a full id or a unique prefix of one. */
  async resolve(ref: string): Promise<string> {
    return resolveDossierRef(await this.ids(), ref, this.dir)
  }

  /** Opens a dossier for reading and writing; see DossierHandle. */
  async open(ref: string): Promise<DossierHandle> {
    return this.open_.acquire(await this.resolve(ref))
  }

  isOpen(id: string): boolean {
    return this.open_.isOpen(id)
  }

  /** Runs `work` on an open dossier, then closes it (saving everything). */
  async with<T>(ref: string, work: (handle: DossierHandle) => T | Promise<T>): Promise<T> {
    const handle = await this.open(ref)
    let result: T
    try {
      result = await work(handle)
      await handle.flush()
    } catch (error) {
      // The work's own failure is the one to report, not a second one while closing.
      await handle.close().catch(() => undefined)
      throw error
    }
    await handle.close()
    return result
  }
}
