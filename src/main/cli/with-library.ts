import { Library } from '../host/library/library'
import type { CommandContext } from './command'

/**
 * Opens the library for one command and takes its lock (a live owner makes it throw
 * LibraryLockedError); anything recovery did is reported as warnings.
 */
export const openLibrary = (context: CommandContext): Promise<Library> =>
  Library.open(context.dataDir, {
    onRecovery: (lines) => {
      for (const line of lines) context.io.stderr.write(`warning: ${line}\n`)
    },
  })

/** Runs `work` on an open library, then closes every dossier (saved and fsynced) and unlocks it. */
export const useLibrary = async <T>(
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
