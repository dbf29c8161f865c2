import { Library } from '../host/library/library'
import type { CommandContext } from './command'

/**
 * Runs one command on the library: takes the library's lock for the duration (a running host
 * that holds it makes the command fail with one line naming it), reports anything recovery did
 * as warnings, and closes every dossier (saved and fsynced) before the command returns.
 */
export const withLibrary = async <T>(
  context: CommandContext,
  work: (library: Library) => Promise<T>,
): Promise<T> => {
  const library = await Library.open(context.dataDir, {
    onRecovery: (lines) => {
      for (const line of lines) context.io.stderr.write(`warning: ${line}\n`)
    },
  })
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
