import { RpcError } from '../../../shared/protocol'
import type { DossierSummaryWire, ExportFormat, RpcResult } from '../../../shared/protocol'
import { reportExtension, reportMediaType } from '../../../shared/report'
import type { ReportFormat } from '../../../shared/report'
import type { Library } from '../library/library'
import type { RpcHandler } from '../sync/rpc-dispatch'
import { renderReport } from './render-report'

/** The library's operations as the hub's RPC methods: what the UI's library screen calls. */
export const libraryRpc = (library: Library): RpcHandler => {
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
    create: async (params) => {
      const id = await library.create({
        title: params.title,
        sourceText: params.sourceText ?? '',
        ...(params.story === undefined ? {} : { story: params.story }),
        ...(params.language === undefined ? {} : { language: params.language }),
      })
      return { dossier: await summary(id) }
    },
    import: async (params) => {
      if (params.kind === 'dossier-file') {
        const { id } = await library.importFile(Buffer.from(params.data, 'base64'))
        return { dossier: await summary(id) }
      }
      const { kind: _kind, ...story } = params
      return { dossier: await summary(await library.importStory(story)) }
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
    open: async ({ id }) => {
      await known(id)
      const meta = await library.with(id, ({ dossier }) => dossier.meta())
      return {
        dossier: await summary(id),
        language: meta.language,
        direction: meta.direction,
        readOnly: false,
      }
    },
  }
}
