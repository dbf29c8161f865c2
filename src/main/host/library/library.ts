import * as path from 'node:path'
import { Dossier } from '../../../shared/dossier'
import type { DossierInit } from '../../../shared/dossier'
import { ingestStory } from '../../../shared/ingest'
import type { StoryInput } from '../../../shared/ingest'
import {
  addBuiltDossier,
  addDossierState,
  addIngestedDossier,
  duplicateDossier,
  importDossierFile,
} from './add-dossier'
import type { BuildDossier } from './add-dossier'
import { addSampleDossier } from './add-sample'
import { exportDossierFile } from './dossier-transfer'
import { LibraryFolder, claimLibraryFolder, unusableFolder } from './library-folder'
import type { LibraryOptions } from './library-folder'
import { listDossiers } from './library-listing'
import type { LibraryProblem } from './library-listing'
import type { LibraryLock } from './library-lock'
import { tidyLibrary } from './library-tidy'
import type { DossierSummary } from './summary-cache'
import { findTrashEntry, listTrash, moveToTrash, removeFromTrash, restoreFromTrash } from './trash'
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
export type { LibraryOptions } from './library-folder'
export type { LibraryProblem } from './library-listing'

/**
 * A folder of dossiers, owned by one process at a time (`library.lock`):
 *
 *   identity.json       this device's signing key (0600)
 *   library.lock        who owns the folder
 *   dossiers/<id>/      snapshot, log, meta.json (listing cache), versions/, set-aside files
 *   trash/<id>@<ms>/    deleted dossiers, restorable
 *
 * The folder itself, and opening the dossiers in it, are LibraryFolder's (library-folder.ts).
 */
export class Library extends LibraryFolder {
  readonly versions: LibraryVersions

  private constructor(dir: string, lock: LibraryLock, options: LibraryOptions) {
    super(dir, lock, options)
    this.versions = new LibraryVersions(this)
  }

  /** Opens (creating if needed) a library folder and takes its lock for this process. */
  static async open(dir: string, options: LibraryOptions = {}): Promise<Library> {
    const root = path.resolve(dir)
    const lock = await claimLibraryFolder(root, options.endpoint)
    const library = new Library(root, lock, options)
    try {
      await library.tidy()
    } catch (error) {
      await lock.release()
      throw unusableFolder(root, error)
    }
    return library
  }

  /** Every dossier, newest first, with the damaged ones named as problems (library-listing.ts). */
  list(): Promise<{ dossiers: DossierSummary[]; problems: LibraryProblem[] }> {
    return listDossiers({
      ids: () => this.ids(),
      folderOf: (id) => this.folderOf(id),
      liveSummary: (id) => this.open_.liveSummary(id),
      open: (ref) => this.open(ref),
    })
  }

  /** Adds a new dossier that `build` writes into an empty doc; returns its id. */
  /** `stored`, when given, names the bytes to store once `build` ran (undefined: encode them). */
  add(build: BuildDossier, stored?: () => Uint8Array | undefined): Promise<string> {
    return addBuiltDossier(this, build, stored)
  }

  /** Adds a dossier whose whole state is `state`, stored as it is (add-dossier.ts). */
  addState(state: Uint8Array): Promise<string> {
    return addDossierState(this, state)
  }

  /** Adds a dossier an import's worker built, from its state and summary (add-dossier.ts). */
  addIngested(state: Uint8Array, summary: DossierSummary): Promise<string> {
    return addIngestedDossier(this, state, summary)
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

  /** An independent copy under a new id that never merges back (add-dossier.ts). */
  duplicate(ref: string, title?: string): Promise<string> {
    return duplicateDossier(this, ref, title)
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

  /** Imports a `.dossier` file: new, as a copy, or with `merge` merged in (add-dossier.ts). */
  importFile(
    bytes: Uint8Array,
    options: { merge?: boolean } = {},
  ): Promise<{ id: string; merged: boolean }> {
    return importDossierFile(this, bytes, options)
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
