import * as os from 'node:os'
import * as path from 'node:path'
import { LibraryLockedError } from '../../host/library/library'
import type { Library, LockOwner } from '../../host/library/library'
import { CliError } from '../cli-error'
import type { CommandContext } from '../command'
import type { LibraryAccess } from './library-access'
import { localAccess, openLocalLibrary, useLocalLibrary } from './local-access'

/**
 * The one place a command gets its library: it takes the folder itself when it can; when a live
 * host on this machine holds it and says where it listens, the command goes through that host.
 */

/** A host starting up holds the lock before it writes its endpoint; a CLI command holds it briefly. */
const YOUNG_LOCK_MS = 10_000
const WAIT_FOR_LOCK_MS = 3_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type Found =
  | { readonly kind: 'local'; readonly library: Library }
  | { readonly kind: 'host'; readonly owner: LockOwner }

/** The library opened here, or the running host on this machine that holds it. */
const findLibrary = async (context: CommandContext): Promise<Found> => {
  const deadline = Date.now() + WAIT_FOR_LOCK_MS
  for (;;) {
    try {
      return { kind: 'local', library: await openLocalLibrary(context) }
    } catch (error) {
      if (!(error instanceof LibraryLockedError)) throw error
      const { owner } = error
      // A lock from another machine names a loopback address of that machine: useless here.
      if (owner.hostname !== os.hostname()) throw error
      if (owner.endpoint !== undefined) return { kind: 'host', owner }
      const young = Date.now() - Date.parse(owner.started) < YOUNG_LOCK_MS
      if (!young || Date.now() > deadline) throw error
      await sleep(100)
    }
  }
}

/**
 * Runs one command on the library: on its files (taking the lock for the duration), or through
 * the host that holds it.
 */
export const withLibraryAccess = async <T>(
  context: CommandContext,
  work: (library: LibraryAccess) => Promise<T>,
): Promise<T> => {
  const found = await findLibrary(context)
  if (found.kind === 'local')
    return useLocalLibrary(found.library, (library) => work(localAccess(library)))
  // Loaded only when a host holds the library: its WebSocket client is most of a command's start.
  const { connectHostAccess } = await import('./host-access')
  const host = await connectHostAccess(path.resolve(context.dataDir), found.owner)
  try {
    return await work(host)
  } finally {
    await host.close()
  }
}

/**
 * Runs `work` on the library's own files, for what a running host does not do for a command
 * (`show --version`, which opens a frozen version here). When a live host holds the library,
 * says how to free it instead of going through it.
 */
export const withLocalLibrary = async <T>(
  context: CommandContext,
  command: string,
  work: (library: Library) => Promise<T>,
): Promise<T> => {
  const found = await findLibrary(context)
  if (found.kind === 'host') {
    throw new CliError(
      `${command} needs the library itself: stop \`dossier serve\` (pid ${found.owner.pid}) or use the app`,
    )
  }
  return useLocalLibrary(found.library, work)
}
