import * as z from 'zod'
import { dossierIdSchema } from '../dossier/ids'
import { claimReviewSettingsSchema } from '../report/claimreview-settings'
import { REPORT_FORMATS } from '../report/formats'
import { dossierSummarySchema } from './dossier-summary'
import { count, defineRpcMethod } from './rpc-method'
import { deviceKeySchema } from './sharing-schemas'

/** The library's own methods: listing, making, importing, exporting and opening dossiers. */

const shortText = z.string().max(500)
/** Story text for an import: the RPC frame limit is the real cap, this keeps the schema honest. */
const storyText = z.string().max(4 * 1024 * 1024)

export const EXPORT_FORMATS = [...REPORT_FORMATS, 'dossier'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export const DOSSIER_METHODS = {
  list: defineRpcMethod({
    mutates: false,
    params: z.strictObject({}),
    result: z.object({
      dossiers: z.array(dossierSummarySchema),
      problems: z.array(z.object({ id: z.string(), reason: z.string() })),
    }),
  }),
  create: defineRpcMethod({
    mutates: true,
    params: z.strictObject({
      title: z.string().min(1).max(500),
      story: shortText.optional(),
      language: z.string().min(2).max(35).optional(),
      sourceText: storyText.optional(),
    }),
    result: z.object({ dossier: dossierSummarySchema }),
  }),
  import: defineRpcMethod({
    mutates: true,
    params: z.discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('story'),
        text: storyText,
        filename: shortText.optional(),
        format: z.enum(['text', 'markdown', 'html']).optional(),
        title: shortText.optional(),
        language: z.string().min(2).max(35).optional(),
        /**
         * The editor who imports it, by the name their page signs with: the host signs the new
         * dossier with its own key but declares that name for it there (docs/ingest.md).
         */
        by: z.strictObject({ name: z.string().trim().min(1).max(200) }).optional(),
      }),
      z.strictObject({
        kind: z.literal('dossier-file'),
        /** The `.dossier` file, base64. */
        data: z.base64().max(6 * 1024 * 1024),
      }),
      /** A JSON export (`dossier export --format json`), as its text. */
      z.strictObject({ kind: z.literal('json'), text: storyText }),
    ]),
    result: z.object({
      dossier: dossierSummarySchema,
      /** Decisions the import brought whose signature fails or is missing (dossier files, JSON). */
      untrusted: z.object({ tampered: count, unsigned: count }).optional(),
    }),
  }),
  /**
   * An editor opened the import form: the host readies its import worker (started, its code
   * compiled on the sample story) while they pick a file, so the import itself starts warm. It
   * answers at once; a host that has a worker ready does nothing. Viewers may not import, so
   * they may not ask for this either.
   */
  prepareImport: defineRpcMethod({
    mutates: true,
    params: z.strictObject({}),
    result: z.object({}),
  }),
  export: defineRpcMethod({
    mutates: false,
    params: z.strictObject({
      id: dossierIdSchema,
      format: z.enum(EXPORT_FORMATS),
      /** The publisher's fields, for `claimreview` (claimreview-settings.ts). */
      claimReview: claimReviewSettingsSchema.optional(),
    }),
    result: z.object({
      filename: z.string().min(1).max(255),
      mediaType: z.string().max(200),
      encoding: z.enum(['utf8', 'base64']),
      content: z.string(),
    }),
  }),
  /** What a replica needs before it opens the dossier's sync connection. */
  open: defineRpcMethod({
    mutates: false,
    params: z.strictObject({ id: dossierIdSchema }),
    result: z.object({
      dossier: dossierSummarySchema,
      language: z.string(),
      direction: z.enum(['ltr', 'rtl']),
      /** This connection may change nothing (a viewer's link to `dossier serve`). */
      readOnly: z.boolean(),
      /**
       * The host's device key as the dossier's LAN members know it, or null without one: the app
       * reads this device's role in the members log with it, live (a viewer, or a removed
       * device, sees the dossier read-only).
       */
      memberKey: deviceKeySchema.nullable(),
    }),
  }),
  /** A new title (and story line); frozen versions keep the title they had. */
  rename: defineRpcMethod({
    mutates: true,
    params: z.strictObject({
      id: dossierIdSchema,
      title: z.string().min(1).max(500),
      story: shortText.optional(),
    }),
    result: z.object({ dossier: dossierSummarySchema }),
  }),
  /** An independent copy under a new id (default title: the original's, with "(copy)"). */
  duplicate: defineRpcMethod({
    mutates: true,
    params: z.strictObject({ id: dossierIdSchema, title: z.string().min(1).max(500).optional() }),
    result: z.object({ dossier: dossierSummarySchema }),
  }),
}
