import { DossierInputError, NewerSchemaError, NotADossierError } from '../../../shared/dossier'
import { IngestError } from '../../../shared/ingest'
import { RpcError } from '../../../shared/protocol'
import type { DossierSummaryWire, ExportFormat, RpcResult } from '../../../shared/protocol'
import { reportExtension, reportMediaType } from '../../../shared/report'
import type { ReportFormat } from '../../../shared/report'
import { DossierFileError } from '../../../shared/report/json'
import { DEFAULT_HOST_LIMITS } from '../host-limits'
import type { HostLimits } from '../host-limits'
import { importStory } from '../import/import-story'
import { DossierFileFormatError } from '../library/library-errors'
import type { Library } from '../library/library'
import type { RpcHandler } from '../sync/rpc-dispatch'
import { CreationQuota } from './creation-quota'
import { renderReport } from './render-report'

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
const explained = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work()
  } catch (error) {
    if (INPUT_ERRORS.some((type) => error instanceof type))
      throw new RpcError('invalid-params', (error as Error).message)
    throw error
  }
}

/** The library's operations as the hub's RPC methods: what the UI's library screen calls. */
export const libraryRpc = (
  library: Library,
  limits: Pick<
    HostLimits,
    'creates' | 'libraryDossiers' | 'importMs' | 'dossierBytes' | 'imports'
  > = DEFAULT_HOST_LIMITS,
  /** The host's LAN device key, which `open` hands the app; null where the host has none. */
  memberKey: string | null = null,
): RpcHandler => {
  const quota = new CreationQuota(
    limits.creates,
    limits.libraryDossiers,
    async () => (await library.ids()).length,
  )
  let importing = 0
  const summary = async (id: string): Promise<DossierSummaryWire> => {
    const { dossiers, problems } = await library.list()
    const found = dossiers.find((dossier) => dossier.id === id)
    if (found !== undefined) return found
    const problem = problems.find((item) => item.id === id)
    throw new RpcError(problem ? 'unreadable' : 'not-found', problem?.reason ?? `no dossier ${id}`)
  }
  const known = async (id: string): Promise<void> => {
    if (!(await library.exists(id))) throw new RpcError('not-found', `no dossier ${id}`)
  }

  return {
    list: async () => {
      const { dossiers, problems } = await library.list()
      return { dossiers, problems: problems.map(({ id, reason }) => ({ id, reason })) }
    },
    create: async (params, context) => {
      await quota.check(context.connection)
      const id = await explained(() =>
        library.create({
          title: params.title,
          sourceText: params.sourceText ?? '',
          ...(params.story === undefined ? {} : { story: params.story }),
          ...(params.language === undefined ? {} : { language: params.language }),
        }),
      )
      return { dossier: await summary(id) }
    },
    import: async (params, context) => {
      if (params.kind === 'dossier-file') {
        await quota.check(context.connection)
        const bytes = Buffer.from(params.data, 'base64')
        const { id } = await explained(() => library.importFile(bytes))
        return { dossier: await summary(id) }
      }
      if (importing >= limits.imports) {
        throw new RpcError('busy', 'other story imports are running; try again when they finish')
      }
      importing++
      try {
        await quota.check(context.connection)
        const { kind: _kind, ...story } = params
        // In a worker with a time budget: a big story must not stop the host from syncing.
        const id = await explained(() => importStory(library, story, limits))
        return { dossier: await summary(id) }
      } finally {
        importing--
      }
    },
    export: async ({ id, format }): Promise<RpcResult<'export'>> => {
      await known(id)
      if (format === 'dossier') {
        const bytes = await library.exportFile(id)
        return {
          filename: `${id}.dossier`,
          mediaType: 'application/vnd.verification-desk.dossier',
          encoding: 'base64',
          content: Buffer.from(bytes).toString('base64'),
        }
      }
      const content = await library.with(id, ({ dossier }) =>
        renderReport(dossier, format as ReportFormat),
      )
      return {
        filename: `${id}.${reportExtension(format as Exclude<ExportFormat, 'dossier'>)}`,
        mediaType: reportMediaType(format as ReportFormat),
        encoding: 'utf8',
        content,
      }
    },
    open: async ({ id }, context) => {
      await known(id)
      const meta = await library.with(id, ({ dossier }) => dossier.meta())
      return {
        dossier: await summary(id),
        language: meta.language,
        direction: meta.direction,
        readOnly: context.role === 'viewer',
        memberKey,
      }
    },
  }
}
