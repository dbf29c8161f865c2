import { DossierInputError, NewerSchemaError, NotADossierError } from '../../../shared/dossier'
import { IngestError } from '../../../shared/ingest'
import { RpcError } from '../../../shared/protocol'
import type { DossierSummaryWire } from '../../../shared/protocol'
import { DossierFileError } from '../../../shared/report/json'
import {
  DossierFileFormatError,
  DossierInUseError,
  LibraryError,
  NotFoundError,
  TakenError,
  UnreadableError,
} from '../library/library-errors'
import type { Library } from '../library/library'

/** Errors about what the caller sent (an empty story, a damaged `.dossier` file). */
const INPUT_ERRORS = [
  DossierFileFormatError,
  DossierFileError,
  IngestError,
  DossierInputError,
  NotADossierError,
  NewerSchemaError,
]

/**
 * Answers a refused input with its reason (`invalid-params`), so the editor sees why; the hub
 * would answer any other error with a bare `internal`.
 */
export const explained = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work()
  } catch (error) {
    if (INPUT_ERRORS.some((type) => error instanceof type))
      throw new RpcError('invalid-params', (error as Error).message)
    throw error
  }
}

/** The code a library refusal is answered with; its message already says what to do. */
const codeOf = (error: LibraryError): string => {
  if (error instanceof NotFoundError) return 'not-found'
  if (error instanceof DossierInUseError) return 'busy'
  if (error instanceof TakenError) return 'conflict'
  if (error instanceof UnreadableError) return 'unreadable'
  // The rest refuse what was asked (a version name of spaces, a name that fits two versions).
  return 'invalid-params'
}

/** As `explained`, and every library refusal answered with its code and its own words. */
export const answered = <T>(work: () => Promise<T>): Promise<T> =>
  explained(async () => {
    try {
      return await work()
    } catch (error) {
      if (error instanceof LibraryError && !(error instanceof DossierFileFormatError))
        throw new RpcError(codeOf(error), error.message)
      throw error
    }
  })

/** What the library's RPC handlers share: the library, and a dossier's summary or its absence. */
export interface LibraryRpcBase {
  readonly library: Library
  /** The dossier's summary as `list` gives it; `not-found` (or `unreadable`) otherwise. */
  summary(id: string): Promise<DossierSummaryWire>
  /** Resolves when the library has `id`; answers `not-found` in words otherwise. */
  known(id: string): Promise<void>
}

export const libraryRpcBase = (library: Library): LibraryRpcBase => ({
  library,
  summary: async (id) => {
    const { dossiers, problems } = await library.list()
    const found = dossiers.find((dossier) => dossier.id === id)
    if (found !== undefined) return found
    const problem = problems.find((item) => item.id === id)
    throw new RpcError(problem ? 'unreadable' : 'not-found', problem?.reason ?? `no dossier ${id}`)
  },
  known: async (id) => {
    if (!(await library.exists(id)))
      throw new RpcError(
        'not-found',
        `no dossier ${id} in this library (moved to the trash, or never here); list the library to see what it holds`,
      )
  },
})
