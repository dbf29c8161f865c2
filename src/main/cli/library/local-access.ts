import { newId } from '../../../shared/dossier'
import { fromJson } from '../../../shared/report/json'
import { Library } from '../../host/library/library'
import type { CommandContext } from '../command'
import type { LibraryAccess } from './library-access'
import { importStory } from '../../host/import/import-story'

/**
 * Opens the library for one command and takes its lock (a live owner makes it throw
 * LibraryLockedError); anything recovery did is reported as warnings.
 */
export const openLocalLibrary = (context: CommandContext): Promise<Library> =>
  Library.open(context.dataDir, {
    onRecovery: (lines) => {
      for (const line of lines) context.io.stderr.write(`warning: ${line}\n`)
    },
  })

/** Runs `work` on an open library, then closes every dossier (saved and fsynced) and unlocks it. */
export const useLocalLibrary = async <T>(
  library: Library,
  work: (library: Library) => Promise<T>,
): Promise<T> => {
  let failed = false
  try {
    return await work(library)
  } catch (error) {
    failed = true
    throw error
  } finally {
    // After a failure the command's own error is the one to report, not a second one.
    await library.close().catch((error: unknown) => {
      if (!failed) throw error
    })
  }
}

/** The library on its own files, held by this process. */
export const localAccess = (library: Library): LibraryAccess => ({
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
  rename: async (ref, title, story) => {
    const id = await library.resolve(ref)
    await library.rename(id, title, story)
    return id
  },
  duplicate: (ref, title) => library.duplicate(ref, title),
  delete: (ref) => library.delete(ref),
  listTrash: () => library.listTrash(),
  restore: (ref) => library.restore(ref),
  emptyTrash: (ref) => library.emptyTrash(ref),
  listVersions: async (ref) => {
    const id = await library.resolve(ref)
    return { id, versions: await library.listVersions(id) }
  },
  freezeVersion: (ref, name) => library.freezeVersion(ref, name),
  diffVersions: (ref, a, b) => library.diffVersions(ref, a, b),
  withVersion: async (ref, version, work) => {
    const opened = await library.openVersion(ref, version)
    try {
      return work(opened.info, opened.dossier)
    } finally {
      opened.close()
    }
  },
})
