import * as z from 'zod'
import { idSchema } from './ids'

/**
 * The shape of every entry a dossier's Y.Doc holds. Entries arrive from other replicas, so each is
 * parsed with these schemas before any view or report sees it; what fails goes to quarantine.
 */

export const SCHEMA_VERSION = 2

export const STATUSES = ['unverified', 'confirmed', 'disputed', 'retracted'] as const
export type Status = (typeof STATUSES)[number]

export const CLAIM_KINDS = [
  'figure',
  'event',
  'blame',
  'denial',
  'quote',
  'statement',
  'other',
] as const
export type ClaimKind = (typeof CLAIM_KINDS)[number]

export const STANCES = ['supports', 'refutes', 'context'] as const
export type Stance = (typeof STANCES)[number]

export const LINK_TYPES = ['revises', 'contradicts', 'supports', 'same-as'] as const
export type LinkType = (typeof LINK_TYPES)[number]

export const DIRECTIONS = ['ltr', 'rtl'] as const

const MAX_SHORT = 500
const MAX_LONG = 20_000

export { idSchema }
const authorKeySchema = z.string().regex(/^[0-9a-f]{64}$/)
const signatureSchema = z.string().regex(/^[0-9a-f]{128}$/)
const isoTimeSchema = z.iso.datetime({ offset: true })
const shortText = z.string().max(MAX_SHORT)
const longText = z.string().max(MAX_LONG)

const attributionSchema = z.object({
  who: shortText,
  role: shortText.optional(),
  where: shortText.optional(),
  when: shortText.optional(),
})
export type Attribution = z.infer<typeof attributionSchema>

const figureSchema = z.object({
  value: z.number().finite(),
  unit: shortText.optional(),
  raw: shortText,
})
export type Figure = z.infer<typeof figureSchema>

/** A quote anchored in the source: Yjs relative positions (base64) and the text when anchored. */
const quoteSchema = z.object({
  text: longText,
  start: z.string().max(200).nullable(),
  end: z.string().max(200).nullable(),
})
export type QuoteRecord = z.infer<typeof quoteSchema>

export const claimRecordSchema = z.object({
  id: idSchema,
  text: longText.min(1),
  quote: quoteSchema.nullable(),
  attribution: attributionSchema,
  kind: z.enum(CLAIM_KINDS),
  figures: z.array(figureSchema).max(50),
  tags: z.array(shortText).max(50),
  createdBy: authorKeySchema,
  createdAt: isoTimeSchema,
})
export type ClaimRecord = z.infer<typeof claimRecordSchema>

/** Fields of a claim an editor may change after it is created; each is last-writer-wins. */
export const claimEditSchemas = {
  text: longText.min(1),
  attribution: attributionSchema,
  kind: z.enum(CLAIM_KINDS),
  figures: z.array(figureSchema).max(50),
  tags: z.array(shortText).max(50),
  assignee: shortText.nullable(),
  removed: z.boolean(),
} as const
export type ClaimEditField = keyof typeof claimEditSchemas
export type ClaimEditValues = { [F in ClaimEditField]: z.infer<(typeof claimEditSchemas)[F]> }
export const CLAIM_EDIT_FIELDS = Object.keys(claimEditSchemas) as ClaimEditField[]

/**
 * Entries an editor may remove (and restore): a last-writer-wins flag per entry, beside the
 * claim edits (layout.ts `entryRemovalKey`). Decisions are the signed log and are never removed.
 */
export const REMOVABLE_KINDS = ['link', 'evidence', 'comment'] as const
export type RemovableKind = (typeof REMOVABLE_KINDS)[number]
export const entryRemovalValueSchema = z.boolean()

export const claimEditEnvelopeSchema = z.object({
  value: z.unknown(),
  by: authorKeySchema,
  at: isoTimeSchema,
})

export const decisionSchema = z.object({
  id: idSchema,
  claimId: idSchema,
  status: z.enum(STATUSES),
  rationale: longText,
  evidenceIds: z.array(idSchema).max(100),
  supersedes: z.array(idSchema).max(100),
  author: authorKeySchema,
  at: isoTimeSchema,
  sig: signatureSchema.optional(),
})
export type Decision = z.infer<typeof decisionSchema>

export const evidenceSchema = z.object({
  id: idSchema,
  claimId: idSchema,
  url: z.string().max(2_000).optional(),
  title: shortText,
  capturedAt: isoTimeSchema.optional(),
  fileHash: z
    .string()
    .regex(/^sha256:[0-9a-f]{64}$/)
    .optional(),
  note: longText,
  stance: z.enum(STANCES),
  addedBy: authorKeySchema,
  addedAt: isoTimeSchema,
})
export type Evidence = z.infer<typeof evidenceSchema>

export const commentSchema = z.object({
  id: idSchema,
  claimId: idSchema,
  text: longText.min(1),
  author: authorKeySchema,
  at: isoTimeSchema,
  replyTo: idSchema.optional(),
})
export type Comment = z.infer<typeof commentSchema>

export const linkSchema = z.object({
  id: idSchema,
  from: idSchema,
  to: idSchema,
  type: z.enum(LINK_TYPES),
  note: shortText.optional(),
  author: authorKeySchema,
  at: isoTimeSchema,
})
export type ClaimLink = z.infer<typeof linkSchema>

/** An author's signed declaration of their display name; the newest valid one names the key. */
export const authorSchema = z.object({
  key: authorKeySchema,
  name: shortText.min(1),
  at: isoTimeSchema,
  sig: signatureSchema,
})
export type AuthorDeclaration = z.infer<typeof authorSchema>

export const metaSchema = z.object({
  id: idSchema,
  title: shortText,
  story: shortText,
  language: z.string().max(35),
  direction: z.enum(DIRECTIONS),
  created: isoTimeSchema,
  schema: z.number().int().positive(),
})
export type DossierMeta = z.infer<typeof metaSchema>

/* ---- Members (membership.ts derives who may edit from these entries) ---- */

export const MEMBER_ROLES = ['editor', 'viewer'] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]

/** A member entry's id: `p_` and the first 128 bits of the SHA-256 of its signed content. */
export const memberIdSchema = z.string().regex(/^p_[0-9a-f]{32}$/)

const memberEntryFields = {
  id: memberIdSchema,
  /** The device key the entry is about. */
  key: authorKeySchema,
  /** The device key that signed it. */
  by: authorKeySchema,
  /** The member entries its author had seen and that no other seen one followed: its causal past. */
  after: z.array(memberIdSchema).max(100),
  at: isoTimeSchema,
  sig: signatureSchema,
}

export const memberEntrySchema = z.discriminatedUnion('kind', [
  z.object({
    ...memberEntryFields,
    kind: z.literal('admit'),
    name: shortText.min(1),
    role: z.enum(MEMBER_ROLES),
    invite: z.string().max(200).optional(),
  }),
  z.object({ ...memberEntryFields, kind: z.literal('role'), role: z.enum(MEMBER_ROLES) }),
  z.object({ ...memberEntryFields, kind: z.literal('remove'), reason: shortText.optional() }),
])
export type MemberEntry = z.infer<typeof memberEntrySchema>
export type MemberEntryKind = MemberEntry['kind']
