import type { Dossier, DossierView } from '../../../shared/dossier'
import type { Signer } from '../../../shared/identity'
import type { StoryInput } from '../../../shared/ingest'
import type { DossierSummaryWire } from '../../../shared/protocol'
import type { DossierJson } from '../../../shared/report/json'
import type { TrashEntry, VersionDiff, VersionInfo } from '../../host/library/library'

/**
 * What the commands do with a library, whether they hold its folder themselves (`local-access`)
 * or a running host (`dossier serve`, the app) holds it and they go through it (`host-access`).
 * A command cannot tell which; `with-library` decides.
 */
export interface LibraryAccess {
  /** The library folder, absolute. */
  readonly dir: string
  list(): Promise<{
    dossiers: readonly DossierSummaryWire[]
    problems: readonly { id: string; reason: string }[]
  }>
  /**
   * Runs `work` on dossier `ref` (an id or a unique prefix) and resolves once whatever it changed
   * is on disk (fsynced, by this process or by the host).
   */
  withDossier<T>(ref: string, work: (dossier: Dossier) => T | Promise<T>): Promise<T>
  /** The portable `.dossier` file of a dossier. */
  exportFile(ref: string): Promise<Uint8Array>
  importStory(input: StoryInput): Promise<string>
  /** A `.dossier` file, checked whole first; `merge` joins it into the dossier it comes from. */
  importFile(
    bytes: Uint8Array,
    options: { merge: boolean },
  ): Promise<{ id: string; merged: boolean }>
  /** A JSON export, whole: under its own id, or a new one if that is taken. */
  importJson(json: DossierJson): Promise<string>
  createSample(): Promise<string>
  /** This device's signing identity (kept in the library folder, usable without its lock). */
  identity(): Promise<Signer>
  /** Gives dossier `ref` a new title (and story line); resolves to its full id. */
  rename(ref: string, title: string, story?: string): Promise<string>
  /** An independent copy of dossier `ref` under a new id, which it resolves to. */
  duplicate(ref: string, title?: string): Promise<string>
  /** Moves dossier `ref`, with its versions, to the trash. */
  delete(ref: string): Promise<TrashEntry>
  /** The trash, newest first. */
  listTrash(): Promise<readonly TrashEntry[]>
  /** Brings a trash entry (or a dossier id's newest one) back; resolves to the dossier's id. */
  restore(ref: string): Promise<string>
  /** Deletes one trash entry for good, or the whole trash; resolves to how many went. */
  emptyTrash(ref?: string): Promise<number>
  /** Dossier `ref`'s full id and its frozen versions, oldest first. */
  listVersions(ref: string): Promise<{ id: string; versions: readonly VersionInfo[] }>
  /** Freezes dossier `ref`'s current state as version `name`. */
  freezeVersion(ref: string, name: string): Promise<VersionInfo>
  /** What changed from state `a` to state `b` of dossier `ref` (versions, or `current`). */
  diffVersions(ref: string, a: string, b: string): Promise<VersionDiff>
  /** Runs `work` on frozen version `version` of dossier `ref`, read-only. */
  withVersion<T>(
    ref: string,
    version: string,
    work: (info: VersionInfo, dossier: DossierView) => T,
  ): Promise<T>
}
