import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { IngestError, decodeStoryBytes } from '../../../shared/ingest'
import { LIBRARY_ROOM, RPC_CONTRACT, RpcError } from '../../../shared/protocol'
import type { RpcParams } from '../../../shared/protocol'
import { JSON_FORMAT } from '../../../shared/report/json'
import { untrustedImportNote } from '../../../shared/report/untrusted-history'
import { isDossierFile } from '../library/dossier-file'
import type { RpcHandler } from '../sync'
import { OPENABLE_EXTENSIONS, openableKindOf, tooLargeReason } from './openable-files'

export type OpenFileOutcome =
  | { readonly ok: true; readonly dossierId: string; readonly warning: string | null }
  | { readonly ok: false; readonly reason: string }

/** Who asks, for the import's rate limit: the editor at this desk, through the OS. */
const OS_OPEN = {
  connection: 'desktop-open-file',
  dossierId: LIBRARY_ROOM,
  role: 'editor',
} as const

class Refusal extends Error {}

/**
 * A file the OS handed the app, imported through the library's `import` RPC, the very code the
 * library screen's forms and drop target call: a `.dossier` file or a JSON export is added whole,
 * a story becomes a new dossier. What is not one of those (a PNG named `.txt`, a damaged
 * `.dossier` file) is refused with the import's own words, and nothing is added.
 */
export const openFile = async (rpc: RpcHandler, file: string): Promise<OpenFileOutcome> => {
  const importer = rpc.import
  if (importer === undefined) return { ok: false, reason: 'this host imports nothing' }
  try {
    const params = RPC_CONTRACT.import.params.parse(await importParams(file))
    const { dossier, untrusted } = await importer(params, OS_OPEN)
    return {
      ok: true,
      dossierId: dossier.id,
      warning: untrusted === undefined ? null : untrustedImportNote(untrusted),
    }
  } catch (error) {
    return { ok: false, reason: reasonOf(error) }
  }
}

const reasonOf = (error: unknown): string => {
  // Refused input, in the words the import form and the CLI use for it.
  if (error instanceof Refusal || error instanceof RpcError || error instanceof IngestError)
    return error.message
  // Anything else (a failed write, a cap the contract sets) is the host's, said as such.
  const message = error instanceof Error ? error.message : String(error)
  return `the library could not take it (${message.slice(0, 500)})`
}

/** What the library screen would send for this file: decided by its bytes, then its name. */
const importParams = async (file: string): Promise<RpcParams<'import'>> => {
  const name = path.basename(file)
  const kind = openableKindOf(name)
  if (kind === null)
    throw new Refusal(
      `the app opens stories and dossiers (${OPENABLE_EXTENSIONS.map((e) => `.${e}`).join(' ')}), not this kind of file`,
    )
  const bytes = await readOpenable(file, kind)
  if (kind === 'dossier' || isDossierFile(bytes))
    return { kind: 'dossier-file', data: Buffer.from(bytes).toString('base64') }
  // A PNG or a zip under a story's name is refused here, saying what it is.
  const text = decodeStoryBytes(bytes, 'it')
  // A JSON export saved under another name is still a dossier, as the library screen takes it.
  if (kind === 'json' || (/^\s*\{/.test(text) && text.includes(`"${JSON_FORMAT}"`)))
    return { kind: 'json', text }
  return { kind: 'story', text, filename: name.slice(0, 500) }
}

const readOpenable = async (
  file: string,
  kind: NonNullable<ReturnType<typeof openableKindOf>>,
): Promise<Buffer> => {
  let handle
  try {
    handle = await fs.open(file, 'r')
  } catch (error) {
    throw new Refusal(unreadable(error))
  }
  try {
    const stat = await handle.stat()
    if (!stat.isFile()) throw new Refusal('it is a folder, not a file')
    const tooLarge = tooLargeReason(kind, stat.size)
    if (tooLarge !== null) throw new Refusal(tooLarge)
    return await handle.readFile()
  } finally {
    await handle.close()
  }
}

const unreadable = (error: unknown): string => {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'it is no longer there (moved or deleted); open it from where it is now'
    case 'EACCES':
    case 'EPERM':
      return 'you may not read it (permission denied); copy it somewhere you may, and open the copy'
    case 'EISDIR':
      return 'it is a folder, not a file'
    default:
      return `it cannot be read (${(error as Error).message})`
  }
}
