import * as z from 'zod'
import { dossierIdSchema } from '../dossier/ids'
import { KEY_PROTECTION_KINDS } from '../identity/key-protection-words'
import { RELAY_MODES, RELAY_PROTOCOLS, relaySettingsSchema } from '../relay/relay-settings'
import { claimReviewSettingsSchema } from '../report/claimreview-settings'
import { REPORT_FORMATS } from '../report/formats'
import {
  statusCountsSchema,
  trashEntrySchema,
  trashRefSchema,
  versionDiffSchema,
  versionRefSchema,
  versionSchema,
  versionStateSchema,
} from './library-schemas'
import { roomSchema } from './library-room'
import { ROLES } from './roles'

/**
 * The RPC methods every replica may call on the host, with their params and results. It names no
 * implementation: the hub answers `peers`, `flush` and `ping` itself and hands the library methods to
 * whoever hosts the library. Params are checked strictly (an unknown key is an error, so a typo
 * does not silently do something else); results drop keys they do not name.
 */

export { dossierIdSchema }

const count = z.number().int().nonnegative()
const shortText = z.string().max(500)
/** Story text for an import: the RPC frame limit is the real cap, this keeps the schema honest. */
const storyText = z.string().max(4 * 1024 * 1024)

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

/** A device's public key (hex), as member entries and invites name it. */
const deviceKeySchema = z.string().regex(/^[0-9a-f]{64}$/)
/** What the CLI and the Share panel may call a member or an invite: a unique prefix of its key or id. */
const memberOrInviteRef = z.string().regex(/^[0-9a-f]{4,64}$/)

export const inviteSummarySchema = z.object({
  id: z.string(),
  role: z.enum(ROLES),
  /** The whole link (verification-desk://join/...); only the inviting host ever shows it. */
  link: z.string(),
  /** ISO time, or null: until revoked. */
  expiresAt: z.string().nullable(),
  state: z.enum(['open', 'used', 'expired', 'revoked']),
  created: z.string(),
})
export type InviteSummary = z.infer<typeof inviteSummarySchema>

export const memberSummarySchema = z.object({
  key: deviceKeySchema,
  /** The short fingerprint shown beside the name (shortKey). */
  fingerprint: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  /** This host's own device. */
  you: z.boolean(),
  online: z.boolean(),
  /** Where this host reaches the member now (ip:port), when it does. */
  address: z.string().nullable(),
  admittedBy: z.string().nullable(),
})
export type MemberSummary = z.infer<typeof memberSummarySchema>

/** A dossier's relay as the Share panel and `dossier relay` show it; never its token. */
export const relayStatusSchema = z.object({
  url: z.string(),
  protocol: z.enum(RELAY_PROTOCOLS),
  mode: z.enum(RELAY_MODES),
  hasToken: z.boolean(),
  /** connecting, connected, retrying (after `retryInMs`), or stopped for a reason retrying cannot fix. */
  state: z.enum(['connecting', 'connected', 'retrying', 'stopped']),
  /** When the relay last sent this host anything (ISO), null before it ever did. */
  lastHeard: z.string().nullable(),
  retryInMs: count.nullable(),
  /** What went wrong last, in words; null when nothing has. */
  problem: z.string().nullable(),
})
export type RelayStatusWire = z.infer<typeof relayStatusSchema>

export const sharingSchema = z.object({
  dossierId: dossierIdSchema,
  shared: z.boolean(),
  /** Where this host's LAN endpoint listens (ip:port), empty when it does not. */
  listening: z.array(z.string()),
  /** Why the LAN endpoint or discovery is not working, in words; null when it is. */
  problem: z.string().nullable(),
  members: z.array(memberSummarySchema),
  invites: z.array(inviteSummarySchema),
  /** The relay the dossier syncs through besides the LAN, or null. */
  relay: relayStatusSchema.nullable(),
})
export type SharingWire = z.infer<typeof sharingSchema>

export const EXPORT_FORMATS = [...REPORT_FORMATS, 'dossier'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

const method = <P extends z.ZodType, R extends z.ZodType>(spec: {
  /** Changes the library: refused to viewers. */
  mutates: boolean
  params: P
  result: R
  /** How long a caller waits for the answer, when longer than the usual RPC timeout. */
  timeoutMs?: number
}): { mutates: boolean; params: P; result: R; timeoutMs?: number } => spec

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
  export: method({
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
  open: method({
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
  rename: method({
    mutates: true,
    params: z.strictObject({
      id: dossierIdSchema,
      title: z.string().min(1).max(500),
      story: shortText.optional(),
    }),
    result: z.object({ dossier: dossierSummarySchema }),
  }),
  /** An independent copy under a new id (default title: the original's, with "(copy)"). */
  duplicate: method({
    mutates: true,
    params: z.strictObject({ id: dossierIdSchema, title: z.string().min(1).max(500).optional() }),
    result: z.object({ dossier: dossierSummarySchema }),
  }),
  /**
   * Moves a dossier, with its versions, to the trash. Refused (`busy`) while other connections
   * have it open, and (`conflict`) while it is shared on the LAN or relayed: stop that first.
   */
  trash: method({
    mutates: true,
    params: z.strictObject({ id: dossierIdSchema }),
    result: z.object({ entry: trashEntrySchema }),
  }),
  /** What the trash holds, newest first. */
  trashList: method({
    mutates: false,
    params: z.strictObject({}),
    result: z.object({ entries: z.array(trashEntrySchema) }),
  }),
  /** Brings a trash entry (or a dossier id's newest one) back into the library. */
  restore: method({
    mutates: true,
    params: z.strictObject({ entry: trashRefSchema }),
    result: z.object({ dossier: dossierSummarySchema }),
  }),
  /** Deletes one trash entry for good, or (without `entry`) the whole trash. */
  emptyTrash: method({
    mutates: true,
    params: z.strictObject({ entry: trashRefSchema.optional() }),
    result: z.object({ removed: count }),
  }),
  /** A dossier's frozen versions, oldest first. */
  versions: method({
    mutates: false,
    params: z.strictObject({ id: dossierIdSchema }),
    result: z.object({ versions: z.array(versionSchema) }),
  }),
  /** Freezes the dossier's current state as a named version. */
  freeze: method({
    mutates: true,
    params: z.strictObject({ id: dossierIdSchema, name: z.string().min(1).max(200) }),
    result: z.object({ version: versionSchema }),
  }),
  /**
   * A frozen version's whole state, as one Yjs update (base64) to apply to an empty Y.Doc and
   * open read-only. One larger than MAX_VERSION_STATE_BYTES is answered `too-large`.
   */
  version: method({
    mutates: false,
    params: z.strictObject({ id: dossierIdSchema, version: versionRefSchema }),
    result: z.object({ version: versionSchema, state: versionStateSchema }),
  }),
  /** What changed from `from` to `to`: each a version ref, or `current` (the dossier now). */
  compare: method({
    mutates: false,
    params: z.strictObject({ id: dossierIdSchema, from: versionRefSchema, to: versionRefSchema }),
    result: z.object({ diff: versionDiffSchema }),
  }),
  /** Who is connected to the host, to which dossier, and which claim each has open. */
  peers: method({
    mutates: false,
    params: z.strictObject({ dossierId: roomSchema.optional() }),
    result: z.object({ peers: z.array(peerSchema) }),
  }),
  /**
   * LAN sessions (docs/lan.md). `share` starts sharing (the host's LAN endpoint listens from then
   * on, across restarts, until `unshare`) and makes an invite; the link names the dossier, the
   * role, this device and the addresses actually listened on.
   */
  share: method({
    mutates: true,
    params: z.strictObject({
      id: dossierIdSchema,
      role: z.enum(ROLES).default('editor'),
      /** Milliseconds from now; absent, the invite lasts until revoked. */
      expiresInMs: z
        .number()
        .int()
        .positive()
        .max(366 * 24 * 3600 * 1000)
        .optional(),
    }),
    result: z.object({ invite: inviteSummarySchema, sharing: sharingSchema }),
  }),
  /** Stops sharing: the LAN endpoint stops serving this dossier; members keep their copies. */
  unshare: method({
    mutates: true,
    params: z.strictObject({ id: dossierIdSchema }),
    result: z.object({ sharing: sharingSchema }),
  }),
  /**
   * Joins with an invite link: brings the dossier into this library and keeps it syncing. A join
   * that fails is answered with a code (`invite-invalid`, `invite-expired`, `invite-refused`,
   * `unreachable`) and a message in words naming what was tried.
   */
  join: method({
    mutates: true,
    // The LAN's addresses in turn, then a sealed relay: the inviter's answer (up to a minute)
    // and the dossier's first sync (up to another).
    timeoutMs: 300_000,
    params: z.strictObject({ link: z.string().min(1).max(4096) }),
    result: z.object({ dossier: dossierSummarySchema, sharing: sharingSchema }),
  }),
  /** Who is in a dossier's LAN session and which invites are open: the Share panel's content. */
  sharing: method({
    mutates: false,
    params: z.strictObject({ id: dossierIdSchema }),
    result: z.object({ sharing: sharingSchema }),
  }),
  /**
   * Revokes an unused invite, or removes a member (a signed entry; every host then closes that
   * device's connections and stops offering its pair secrets, so its handshakes fail at once).
   */
  revoke: method({
    mutates: true,
    params: z.strictObject({ id: dossierIdSchema, target: memberOrInviteRef }),
    result: z.object({ revoked: z.enum(['invite', 'member']), sharing: sharingSchema }),
  }),
  /** Changes a member's role (a signed entry every host enforces). */
  role: method({
    mutates: true,
    params: z.strictObject({
      id: dossierIdSchema,
      member: memberOrInviteRef,
      role: z.enum(ROLES),
    }),
    result: z.object({ sharing: sharingSchema }),
  }),
  /**
   * Syncs the dossier through a relay (`settings`), or stops (`null`). A dossier this library
   * lacks is fetched from the relay first (plain mode only). Kept across restarts.
   */
  relay: method({
    mutates: true,
    params: z.strictObject({ id: dossierIdSchema, settings: relaySettingsSchema.nullable() }),
    result: z.object({ sharing: sharingSchema }),
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
  /**
   * How the host keeps its device's signing key (`identity.json`): sealed by the system keychain,
   * or in a file only its owner can read; `problem` says why sealing or opening it failed.
   */
  keyProtection: method({
    mutates: false,
    params: z.strictObject({}),
    result: z.object({
      kind: z.enum(KEY_PROTECTION_KINDS),
      problem: z.string().max(2000).nullable(),
    }),
  }),
  /**
   * Answers at once and changes nothing: a replica that has heard nothing from the host for a
   * while asks, to tell a quiet host from a network that went silent without closing the socket.
   */
  ping: method({
    mutates: false,
    params: z.strictObject({}),
    result: z.object({}),
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
export const HUB_METHODS = ['peers', 'flush', 'ping'] as const satisfies readonly RpcMethod[]
export type HubMethod = (typeof HUB_METHODS)[number]
export type LibraryMethod = Exclude<RpcMethod, HubMethod>

export const isRpcMethod = (name: string): name is RpcMethod =>
  Object.prototype.hasOwnProperty.call(RPC_CONTRACT, name)
