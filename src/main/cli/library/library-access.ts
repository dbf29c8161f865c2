import type { Dossier } from '../../../shared/dossier'
import type { Signer } from '../../../shared/identity'
import type { StoryInput } from '../../../shared/ingest'
import type { DossierSummaryWire } from '../../../shared/protocol'
import type { DossierJson } from '../../../shared/report/json'

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
}
