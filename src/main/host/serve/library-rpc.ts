import { RpcError } from '../../../shared/protocol'
import type { ExportFormat, RpcResult } from '../../../shared/protocol'
import { reportExtension, reportMediaType } from '../../../shared/report'
import { untrustedHistory } from '../../../shared/report/untrusted-history'
import type { ReportFormat } from '../../../shared/report'
import { DEFAULT_HOST_LIMITS } from '../host-limits'
import type { HostLimits } from '../host-limits'
import { importDossierJson } from '../import/import-json'
import { importStory } from '../import/import-story'
import { prewarmIngestWorker } from '../import/ingest-workers'
import { keyProtectionRpc } from '../library/key-protection-rpc'
import type { Library } from '../library/library'
import type { RpcHandler } from '../sync/rpc-dispatch'
import { CreationQuota } from './creation-quota'
import { answered, explained, libraryRpcBase } from './library-rpc-errors'
import { trashRpc } from './library-rpc-trash'
import type { DossierHolders } from './library-rpc-trash'
import { versionsRpc } from './library-rpc-versions'
import { renderReport } from './render-report'

export { hostHolders } from './library-rpc-trash'
export type { DossierHolders } from './library-rpc-trash'

/** The library's operations as the hub's RPC methods: what the UI's library screen calls. */
export const libraryRpc = (
  library: Library,
  limits: Pick<
    HostLimits,
    'creates' | 'libraryDossiers' | 'importMs' | 'dossierBytes' | 'imports'
  > = DEFAULT_HOST_LIMITS,
  /** The host's LAN device key, which `open` hands the app; null where the host has none. */
  memberKey: string | null = null,
  /**
   * What else on the host holds dossiers (the hub's connections, warm dossiers, LAN sessions,
   * relays), which `trash` must let go of or refuse for; without it only the library's own
   * handles are looked at.
   */
  holders: DossierHolders | null = null,
): RpcHandler => {
  const quota = new CreationQuota(
    limits.creates,
    limits.libraryDossiers,
    async () => (await library.ids()).length,
  )
  let importing = 0
  const base = libraryRpcBase(library)
  const { summary, known } = base

  return {
    ...trashRpc(base, holders),
    ...versionsRpc(base),
    ...keyProtectionRpc(library),
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
      if (params.kind === 'dossier-file' || params.kind === 'json') {
        await quota.check(context.connection)
        const id = await explained(() =>
          params.kind === 'json'
            ? importDossierJson(library, params.text)
            : library.importFile(Buffer.from(params.data, 'base64')).then((added) => added.id),
        )
        // Signed history from elsewhere: say what in it no signature stands behind.
        const untrusted = await library.with(id, ({ dossier }) => untrustedHistory(dossier))
        return { dossier: await summary(id), untrusted }
      }
      if (importing >= limits.imports) {
        throw new RpcError('busy', 'other story imports are running; try again when they finish')
      }
      importing++
      try {
        await quota.check(context.connection)
        const { kind: _kind, by, ...story } = params
        // In a worker with a time budget: a big story must not stop the host from syncing.
        const id = await explained(() => importStory(library, story, limits, by?.name))
        return { dossier: await summary(id) }
      } finally {
        importing--
      }
    },
    prepareImport: () => {
      prewarmIngestWorker()
      return Promise.resolve({})
    },
    export: async ({ id, format, claimReview }): Promise<RpcResult<'export'>> => {
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
        renderReport(dossier, format as ReportFormat, {
          ...(claimReview === undefined ? {} : { claimReview }),
        }),
      )
      return {
        filename: `${id}.${reportExtension(format as Exclude<ExportFormat, 'dossier'>)}`,
        mediaType: reportMediaType(format as ReportFormat),
        encoding: 'utf8',
        content,
      }
    },
    rename: ({ id, title, story }) =>
      answered(async () => {
        await known(id)
        await library.rename(id, title, story)
        return { dossier: await summary(id) }
      }),
    duplicate: ({ id, title }, context) =>
      answered(async () => {
        await known(id)
        await quota.check(context.connection)
        return { dossier: await summary(await library.duplicate(id, title)) }
      }),
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
