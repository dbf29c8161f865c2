import * as z from 'zod'
import { dossierIdSchema } from '../dossier/ids'
import { REPORT_FORMATS } from '../report/formats'
import { roomSchema } from './library-room'
import { ROLES } from './roles'

/**
 * The RPC methods every replica may call on the host, with their params and results. It names no
 * implementation: the hub answers `peers` and `flush` itself and hands the library methods to
 * whoever hosts the library. Params are checked strictly (an unknown key is an error, so a typo
 * does not silently do something else); results drop keys they do not name.
 */

export { dossierIdSchema }

const count = z.number().int().nonnegative()
const shortText = z.string().max(500)
/** Story text for an import: the RPC frame limit is the real cap, this keeps the schema honest. */
const storyText = z.string().max(4 * 1024 * 1024)

export const statusCountsSchema = z.object({
  unverified: count,
  confirmed: count,
  disputed: count,
  retracted: count,
  conflict: count,
})

export const dossierSummarySchema = z.object({
  id: dossierIdSchema,
  title: z.string(),
  story: z.string(),
  claims: count,
  counts: statusCountsSchema,
  /** ISO time of the last change the host knows of. */
  updated: z.string(),
})
export type DossierSummaryWire = z.infer<typeof dossierSummarySchema>

export const peerSchema = z.object({
  connection: z.string(),
  dossierId: roomSchema,
  role: z.enum(ROLES),
  transport: z.string(),
  /** The awareness client ids this connection speaks for, with what each says about itself. */
  clients: z.array(
    z.object({
      clientId: count,
      name: z.string().nullable(),
      claimId: z.string().nullable(),
    }),
  ),
})
export type Peer = z.infer<typeof peerSchema>

export const EXPORT_FORMATS = [...REPORT_FORMATS, 'dossier'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

const method = <P extends z.ZodType, R extends z.ZodType>(spec: {
  /** Changes the library: refused to viewers. */
  mutates: boolean
  params: P
  result: R
}) => spec

export const RPC_CONTRACT = {
  list: method({
    mutates: false,
    params: z.strictObject({}),
    result: z.object({
      dossiers: z.array(dossierSummarySchema),
      problems: z.array(z.object({ id: z.string(), reason: z.string() })),
    }),
  }),
  create: method({
    mutates: true,
    params: z.strictObject({
      title: z.string().min(1).max(500),
      story: shortText.optional(),
      language: z.string().min(2).max(35).optional(),
      sourceText: storyText.optional(),
    }),
    result: z.object({ dossier: dossierSummarySchema }),
  }),
  import: method({
    mutates: true,
    params: z.discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('story'),
        text: storyText,
        filename: shortText.optional(),
        format: z.enum(['text', 'markdown', 'html']).optional(),
        title: shortText.optional(),
        language: z.string().min(2).max(35).optional(),
      }),
      z.strictObject({
        kind: z.literal('dossier-file'),
        /** The `.dossier` file, base64. */
        data: z.base64().max(6 * 1024 * 1024),
      }),
    ]),
    result: z.object({ dossier: dossierSummarySchema }),
  }),
  export: method({
    mutates: false,
    params: z.strictObject({ id: dossierIdSchema, format: z.enum(EXPORT_FORMATS) }),
    result: z.object({
      filename: z.string().min(1).max(255),
      mediaType: z.string().max(200),
      encoding: z.enum(['utf8', 'base64']),
      content: z.string(),
    }),
  }),
  /** What a replica needs before it opens the dossier's sync connection. */
  open: method({
    mutates: false,
    params: z.strictObject({ id: dossierIdSchema }),
    result: z.object({
      dossier: dossierSummarySchema,
      language: z.string(),
      direction: z.enum(['ltr', 'rtl']),
      readOnly: z.boolean(),
    }),
  }),
  /** Who is connected to the host, to which dossier, and which claim each has open. */
  peers: method({
    mutates: false,
    params: z.strictObject({ dossierId: roomSchema.optional() }),
    result: z.object({ peers: z.array(peerSchema) }),
  }),
  /**
   * Resolves once every update this connection sent before the request is durable: the
   * acknowledgement y-protocols does not have. Answered `not-durable` when storing one failed.
   */
  flush: method({
    mutates: false,
    params: z.strictObject({}),
    result: z.object({
      /** Updates of this connection made durable so far. */
      updates: count,
      /** Updates still waiting for changes they build on: applied and stored once those arrive. */
      waiting: count,
    }),
  }),
}

export type RpcContract = typeof RPC_CONTRACT
export type RpcMethod = keyof RpcContract
export const RPC_METHODS = Object.keys(RPC_CONTRACT) as RpcMethod[]

/** What a caller passes (defaults not yet applied). */
export type RpcParamsInput<M extends RpcMethod> = z.input<RpcContract[M]['params']>
/** What a handler receives, validated. */
export type RpcParams<M extends RpcMethod> = z.output<RpcContract[M]['params']>
export type RpcResult<M extends RpcMethod> = z.output<RpcContract[M]['result']>

/** Methods the hub answers itself; the rest come from the library's handler. */
export const HUB_METHODS = ['peers', 'flush'] as const satisfies readonly RpcMethod[]
export type HubMethod = (typeof HUB_METHODS)[number]
export type LibraryMethod = Exclude<RpcMethod, HubMethod>

export const isRpcMethod = (name: string): name is RpcMethod =>
  Object.prototype.hasOwnProperty.call(RPC_CONTRACT, name)
