import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import * as Y from 'yjs'
import { Dossier, isDossierId, newId } from '../../../shared/dossier'
import type { DossierInit } from '../../../shared/dossier'
import type { Signer } from '../../../shared/identity'
import type { HostEndpoint } from '../../../shared/protocol/host-endpoint'
import { ingestStory } from '../../../shared/ingest'
import type { StoryInput } from '../../../shared/ingest'
import { toJsonObject, fromJson } from '../../../shared/report/json'
import { DossierStore } from '../store/dossier-store'
import type { StoreOptions } from '../store/dossier-store'
import { describeRecovery } from '../store/recovery'
import type { RecoveryReport } from '../store/recovery'
import { describeFsError } from '../store/store-error'
import { damagedFiles } from '../store/store-files'
import { addSampleDossier } from './add-sample'
import { exportDossierFile, readDossierFile } from './dossier-transfer'
import { loadOrCreateIdentity } from './identity-store'
import { noKeyProtection } from './key-protection'
import type { KeyProtection } from './key-protection'
import { LibraryError } from './library-errors'
import { LibraryLock } from './library-lock'
import { tidyLibrary } from './library-tidy'
import { PRIVATE_DIR } from '../store/private-mode'
import { OpenDossiers } from './open-dossiers'
import { resolveDossierRef } from './resolve-ref'
import type { DossierHandle } from './open-dossiers'
import { filesChangedAt, readSummary, summarize, writeSummary } from './summary-cache'
import type { DossierSummary } from './summary-cache'
import {
  TRASH_DIR,
  findTrashEntry,
  listTrash,
  moveToTrash,
  removeFromTrash,
  restoreFromTrash,
} from './trash'
import type { TrashEntry } from './trash'
import { LibraryVersions } from './library-versions'
import type { OpenVersion, VersionDiff, VersionInfo } from './library-versions'

export {
  DossierInUseError,
  LibraryError,
  NotFoundError,
  TakenError,
  UnreadableError,
} from './library-errors'
export { describeFsError } from '../store/store-error'
export type { DossierSummary } from './summary-cache'
export type { DossierHandle } from './open-dossiers'
export type { TrashEntry } from './trash'
export { LibraryLockedError, readLock } from './library-lock'
export type { LockOwner, LockState } from './library-lock'
export type { OpenVersion, VersionDiff, VersionInfo } from './library-versions'

export interface LibraryProblem {
  readonly id: string
  /** 'unreadable': the dossier cannot be opened; 'set-aside': it opens, but damaged files were set aside. */
  readonly kind: 'unreadable' | 'set-aside'
  readonly reason: string
  /** The last title known for it, when there is one. */
  readonly title?: string
}

export interface LibraryOptions {
  readonly store?: StoreOptions
  /** Called with one line per thing recovery did when a dossier was opened. */
  readonly onRecovery?: (lines: string[], report: RecoveryReport) => void
  /** Where this host can be reached; written into the lock for tools that look for it. */
  readonly endpoint?: HostEndpoint
  /** What seals the device's signing key (the desktop app's keychain); none by default. */
  readonly keyProtection?: KeyProtection
}

/**
 * A folder of dossiers, owned by one process at a time (`library.lock`):
 *
 *   identity.json       this device's signing key (0600)
 *   library.lock        who owns the folder
 *   dossiers/<id>/      snapshot, log, meta.json (listing cache), versions/, set-aside files
 *   trash/<id>@<ms>/    deleted dossiers, restorable
 */
export class Library {
  private readonly open_: OpenDossiers
  readonly versions: LibraryVersions

  private constructor(
    readonly dir: string,
    readonly lock: LibraryLock,
    private readonly options: LibraryOptions,
  ) {
    this.open_ = new OpenDossiers((id) => this.folderOf(id), {
      ...(options.store === undefined ? {} : { store: options.store }),
      onRecovery: (report) => options.onRecovery?.(describeRecovery(report), report),
    })
    this.versions = new LibraryVersions(this)
  }

  /** Opens (creating if needed) a library folder and takes its lock for this process. */
  static async open(dir: string, options: LibraryOptions = {}): Promise<Library> {
    const root = path.resolve(dir)
    try {
      await fs.mkdir(path.join(root, 'dossiers'), { recursive: true, mode: PRIVATE_DIR })
      await fs.access(root, fs.constants.R_OK | fs.constants.W_OK)
    } catch (error) {
      throw new LibraryError(`cannot use the library folder ${root}: ${describeFsError(error)}`)
    }
    let lock: LibraryLock
    try {
      lock = await LibraryLock.acquire(
        root,
        options.endpoint === undefined ? {} : { endpoint: options.endpoint },
      )
    } catch (error) {
      if (error instanceof LibraryError) throw error
      throw new LibraryError(`cannot use the library folder ${root}: ${describeFsError(error)}`)
    }
    const library = new Library(root, lock, options)
    try {
      await library.tidy()
    } catch (error) {
      await lock.release()
      throw new LibraryError(`cannot use the library folder ${root}: ${describeFsError(error)}`)
    }
    return library
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

  /**
   * Every dossier with its title, claim counts and last change, newest first. One that cannot be
   * opened is listed as a problem and hides nothing else; one that opens but had damaged files
   * set aside is listed and also named as a problem until those files are removed.
   */
  async list(): Promise<{ dossiers: DossierSummary[]; problems: LibraryProblem[] }> {
    const dossiers: DossierSummary[] = []
    const problems: LibraryProblem[] = []
    for (const id of await this.ids()) {
      const folder = this.folderOf(id)
      try {
        dossiers.push(await this.summaryOf(id))
      } catch (error) {
        const title = (await readSummary(folder, { evenIfStale: true }))?.title
        problems.push({
          id,
          kind: 'unreadable',
          reason: (error as Error).message,
          ...(title === undefined ? {} : { title }),
        })
        continue
      }
      const aside = await damagedFiles(folder)
      if (aside.length > 0) {
        problems.push({
          id,
          kind: 'set-aside',
          reason: `dossier ${id}: damaged files were set aside in ${folder} (${aside.join(', ')}); check them, then delete them`,
        })
      }
    }
    dossiers.sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0))
    return { dossiers, problems }
  }

  private async summaryOf(id: string): Promise<DossierSummary> {
    const live = await this.open_.liveSummary(id)
    if (live !== null) return live
    const cached = await readSummary(this.folderOf(id))
    if (cached !== null && cached.id === id) return cached
    const handle = await this.open(id)
    const summary = summarize(handle.dossier, await filesChangedAt(this.folderOf(id)))
    await handle.close()
    return (await readSummary(this.folderOf(id))) ?? summary
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

  /** Adds a new dossier that `build` writes into an empty doc; returns its id. */
  /** `stored`, when given, names the bytes to store once `build` ran (undefined: encode them). */
  async add(
    build: (doc: Y.Doc) => Dossier,
    stored?: () => Uint8Array | undefined,
  ): Promise<string> {
    const doc = new Y.Doc()
    try {
      const dossier = build(doc)
      const id = dossier.id
      if (!isDossierId(id))
        throw new LibraryError(`refusing to store a dossier with the unsafe id "${id}"`)
      const summary = summarize(dossier, new Date().toISOString())
      dossier.destroy()
      await DossierStore.create(this.folderOf(id), id, stored?.() ?? Y.encodeStateAsUpdate(doc))
      await writeSummary(this.folderOf(id), summary).catch(() => undefined)
      return id
    } finally {
      doc.destroy()
    }
  }

  /**
   * Adds a dossier whose whole state is `state` (the sample; an import uses addIngested). Those
   * bytes are stored as they are, rather than encoded again from the document (a fifth of a large
   * import's time on the host), unless opening it changed it (a migration).
   */
  addState(state: Uint8Array): Promise<string> {
    let changed = false
    return this.add(
      (doc) => {
        Y.applyUpdate(doc, state)
        const markChanged = (): void => {
          changed = true
        }
        doc.on('update', markChanged)
        try {
          return Dossier.open(doc)
        } finally {
          doc.off('update', markChanged)
        }
      },
      () => (changed ? undefined : state),
    )
  }

  /**
   * Adds a dossier an import's worker built: its whole state and the listing's summary, both
   * computed there from the open dossier (the summary checked where the worker's message
   * arrived). The bytes are stored as they are, without decoding them on this thread: that
   * took 0.5–0.7 s of a 4 MB story's import, and this host's other work waited meanwhile.
   */
  async addIngested(state: Uint8Array, summary: DossierSummary): Promise<string> {
    const { id } = summary
    if (!isDossierId(id))
      throw new LibraryError(`refusing to store a dossier with the unsafe id "${id}"`)
    await DossierStore.create(this.folderOf(id), id, state)
    await writeSummary(this.folderOf(id), summary).catch(() => undefined)
    return id
  }

  create(init: DossierInit): Promise<string> {
    return this.add((doc) => Dossier.create(doc, init))
  }

  async importStory(input: StoryInput): Promise<string> {
    const signer = await this.identity()
    return this.add((doc) => ingestStory(doc, input, signer).dossier)
  }

  /** The built-in sample (two invented editors' work), with a version to compare with. */
  createSample(): Promise<string> {
    return addSampleDossier({
      addState: (state) => this.addState(state),
      freezeVersion: (id, name) => this.freezeVersion(id, name),
      applyUpdate: (id, update) => this.with(id, (handle) => handle.applyUpdate(update)),
    })
  }

  async rename(ref: string, title: string, story?: string): Promise<void> {
    await this.with(ref, ({ dossier }) => dossier.setTitle(title, story))
  }

  /**
   * An independent copy under a new id (its own document, so it never merges back into the
   * original), with every entry and signature; versions and trash stay with the original.
   */
  async duplicate(ref: string, title?: string): Promise<string> {
    const json = await this.with(ref, ({ dossier }) => toJsonObject(dossier))
    return this.add((doc) => {
      const copy = fromJson(doc, json, { id: newId('m') })
      copy.setTitle(title ?? `${json.meta.title} (copy)`, json.meta.story)
      return copy
    })
  }

  /**
   * Moves a dossier (with its versions) to the trash; `restore` brings it back. An open dossier is
   * refused (DossierInUseError); while it moves, opening it fails as an unknown dossier.
   */
  async delete(ref: string): Promise<TrashEntry> {
    const id = await this.resolve(ref)
    const unblock = await this.open_.block(id)
    try {
      return await moveToTrash(this.dossiersDir, this.trashDir, id)
    } finally {
      unblock()
    }
  }

  listTrash(): Promise<TrashEntry[]> {
    return listTrash(this.trashDir)
  }

  /** Restores a trash entry (by trash id, or the newest one of a dossier id); returns the id. */
  async restore(ref: string): Promise<string> {
    const entry = await findTrashEntry(this.trashDir, ref)
    await restoreFromTrash(this.dossiersDir, this.trashDir, entry)
    return entry.id
  }

  /** Deletes one trash entry for good, or the whole trash. */
  async emptyTrash(ref?: string): Promise<number> {
    const entries =
      ref === undefined ? await this.listTrash() : [await findTrashEntry(this.trashDir, ref)]
    for (const entry of entries) await removeFromTrash(this.trashDir, entry)
    return entries.length
  }

  /** The portable `.dossier` file of a dossier's current state. */
  exportFile(ref: string): Promise<Uint8Array> {
    return this.with(ref, ({ doc, dossier }) => exportDossierFile(doc, dossier))
  }

  /**
   * Imports a `.dossier` file, checked whole before anything is written. A dossier new to the
   * library keeps its id; one already here becomes a copy with a new id, or with `merge` is
   * merged into it (the same dossier edited elsewhere: Yjs joins both histories).
   */
  async importFile(
    bytes: Uint8Array,
    options: { merge?: boolean } = {},
  ): Promise<{ id: string; merged: boolean }> {
    const file = readDossierFile(bytes)
    try {
      const { id } = file
      const known = isDossierId(id) && (await this.exists(id))
      if (known && options.merge === true) {
        await this.with(id, (handle) => handle.applyUpdate(file.snapshot))
        return { id, merged: true }
      }
      if (!known && isDossierId(id)) {
        await DossierStore.create(this.folderOf(id), id, file.snapshot)
        return { id, merged: false }
      }
      const json = toJsonObject(file.dossier)
      return { id: await this.add((doc) => fromJson(doc, json, { id: newId('m') })), merged: false }
    } finally {
      file.dossier.destroy()
      file.dossier.doc.destroy()
    }
  }

  /** Freezes the current state as a named version ("published 28 Nov"). */
  freezeVersion(ref: string, name: string): Promise<VersionInfo> {
    return this.versions.freeze(ref, name)
  }

  listVersions(ref: string): Promise<VersionInfo[]> {
    return this.versions.list(ref)
  }

  /** A frozen version, read-only (by id "v2", number "2" or exact name). */
  openVersion(ref: string, version: string): Promise<OpenVersion> {
    return this.versions.open(ref, version)
  }

  /** A version's state as one Yjs update (its file checked, not opened), by id, number or name. */
  versionState(ref: string, version: string): Promise<{ info: VersionInfo; state: Uint8Array }> {
    return this.versions.state(ref, version)
  }

  /** Claims added and removed, statuses changed, from version `a` to `b` (either may be 'current'). */
  diffVersions(ref: string, a: string, b: string): Promise<VersionDiff> {
    return this.versions.diff(ref, a, b)
  }

  /** Removes what an interrupted run left and makes the folder private (see tidyLibrary). */
  private tidy(): Promise<void> {
    return tidyLibrary(this.dir, this.dossiersDir)
  }
}
