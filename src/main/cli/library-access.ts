import * as os from 'node:os'
import * as path from 'node:path'
import { newId } from '../../shared/dossier'
import type { Dossier } from '../../shared/dossier'
import type { Signer } from '../../shared/identity'
import type { StoryInput } from '../../shared/ingest'
import type { DossierSummaryWire } from '../../shared/protocol'
import { fromJson } from '../../shared/report/json'
import type { DossierJson } from '../../shared/report/json'
import { importStory } from '../host/import/import-story'
import { Library, LibraryLockedError } from '../host/library/library'
import type { LockOwner } from '../host/library/library'
import type { CommandContext } from './command'
import { connectHostLibrary } from './host-library'
import { openLibrary, useLibrary } from './with-library'

/**
 * What the commands do with a library, whether they hold its folder themselves or a running host
 * (`dossier serve`, the app) holds it and they go through it. A command cannot tell which.
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

const filesAccess = (library: Library): LibraryAccess => ({
  dir: library.dir,
  list: () => library.list(),
  withDossier: (ref, work) => library.with(ref, ({ dossier }) => work(dossier)),
  exportFile: (ref) => library.exportFile(ref),
  // In a worker with the host's time budget and dossier size limit, as the host's import RPC.
  importStory: (input) => importStory(library, input),
  importFile: (bytes, options) => library.importFile(bytes, options),
  importJson: async (json) => {
    const taken = await library.exists(json.meta.id)
    return library.add((doc) => fromJson(doc, json, { id: taken ? newId('m') : json.meta.id }))
  },
  createSample: () => library.createSample(),
  identity: () => library.identity(),
})

/** A host starting up holds the lock before it writes its endpoint; a CLI command holds it briefly. */
const YOUNG_LOCK_MS = 10_000
const WAIT_FOR_LOCK_MS = 3_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The library opened here, or the running host on this machine that holds it. */
export const openOrFindHost = async (context: CommandContext): Promise<Library | LockOwner> => {
  const deadline = Date.now() + WAIT_FOR_LOCK_MS
  for (;;) {
    try {
      return await openLibrary(context)
    } catch (error) {
      if (!(error instanceof LibraryLockedError)) throw error
      const { owner } = error
      // A lock from another machine names a loopback address of that machine: useless here.
      if (owner.hostname !== os.hostname()) throw error
      if (owner.endpoint !== undefined) return owner
      const young = Date.now() - Date.parse(owner.started) < YOUNG_LOCK_MS
      if (!young || Date.now() > deadline) throw error
      await sleep(100)
    }
  }
}

/**
 * Runs one command on the library: on its files (taking the lock for the duration), or, when a
 * live host on this machine holds the lock and says where it listens, through that host.
 */
export const withLibraryAccess = async <T>(
  context: CommandContext,
  work: (library: LibraryAccess) => Promise<T>,
): Promise<T> => {
  const found = await openOrFindHost(context)
  if (found instanceof Library) return useLibrary(found, (library) => work(filesAccess(library)))
  const host = await connectHostLibrary(path.resolve(context.dataDir), found)
  try {
    return await work(host)
  } finally {
    await host.close()
  }
}
