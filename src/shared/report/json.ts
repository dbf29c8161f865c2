import type * as Y from 'yjs'
import * as z from 'zod'
import {
  CLAIM_EDIT_FIELDS,
  Dossier,
  DossierInputError,
  REMOVABLE_KINDS,
  authorSchema,
  claimRecordSchema,
  commentSchema,
  decisionSchema,
  evidenceSchema,
  linkSchema,
  memberEntrySchema,
  metaSchema,
} from '../dossier'
import type { ClaimEditField, ClaimRecord, DossierOptions, DossierView } from '../dossier'

/**
 * The lossless JSON form of a dossier: every entry as it was written, signatures included, so a
 * re-imported dossier verifies and derives exactly what the original did. Quotes are exported as
 * offsets into the source text (relative positions only mean something inside one Y.Doc) and are
 * anchored again on import.
 */
export const JSON_FORMAT = 'verification-desk.dossier+json'
export const JSON_VERSION = 1

const exportedQuoteSchema = z.union([
  z.object({
    text: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  }),
  z.object({ text: z.string(), lost: z.literal(true) }),
])

const exportedClaimSchema = claimRecordSchema.extend({ quote: exportedQuoteSchema.nullable() })

const dossierJsonSchema = z.object({
  format: z.literal(JSON_FORMAT),
  version: z.literal(JSON_VERSION),
  exportedAt: z.string(),
  meta: metaSchema,
  sourceText: z.string().max(5_000_000),
  claims: z.array(exportedClaimSchema),
  claimEdits: z.array(
    z.object({
      claimId: z.string(),
      field: z.enum(CLAIM_EDIT_FIELDS as [ClaimEditField, ...ClaimEditField[]]),
      value: z.unknown(),
      by: z.string(),
      at: z.string(),
    }),
  ),
  decisions: z.array(decisionSchema),
  evidence: z.array(evidenceSchema),
  comments: z.array(commentSchema),
  links: z.array(linkSchema),
  authors: z.array(authorSchema),
  /** Added without a version bump: an export from before members imports as a dossier not shared. */
  members: z.array(memberEntrySchema).default([]),
  /** Removed links, evidence and comments (and ones put back); added without a version bump. */
  entryRemovals: z
    .array(
      z.object({
        kind: z.enum(REMOVABLE_KINDS),
        entryId: z.string(),
        removed: z.boolean(),
        by: z.string(),
        at: z.string(),
      }),
    )
    .default([]),
})
export type DossierJson = z.infer<typeof dossierJsonSchema>

export const toJsonObject = (
  dossier: DossierView,
  exportedAt = new Date().toISOString(),
): DossierJson => {
  const claims = dossier.claims().map((view) => {
    const record = dossier.claimRecord(view.id)!
    const quote = dossier.quote(view.id)
    return {
      ...record,
      quote:
        record.quote === null
          ? null
          : quote.state === 'intact' || quote.state === 'edited'
            ? { text: record.quote.text, start: quote.start, end: quote.end }
            : { text: record.quote.text, lost: true as const },
    }
  })
  const ids = dossier.claims().map((claim) => claim.id)
  // Removed entries too: their removal is a flag, exported beside them.
  const all = { includeRemoved: true }
  return {
    format: JSON_FORMAT,
    version: JSON_VERSION,
    exportedAt,
    meta: dossier.meta(),
    sourceText: dossier.sourceText(),
    claims,
    claimEdits: dossier.rawClaimEdits(),
    decisions: ids.flatMap((id) => dossier.decisions(id)),
    evidence: ids.flatMap((id) => dossier.evidence(id, all)),
    comments: ids.flatMap((id) => dossier.comments(id, all)),
    links: uniqueById(ids.flatMap((id) => dossier.links(id, all))),
    authors: [...dossier.authors()],
    members: dossier.memberEntries(),
    entryRemovals: dossier.rawEntryRemovals(),
  }
}

export const toJson = (dossier: DossierView): string =>
  `${JSON.stringify(toJsonObject(dossier), null, 2)}\n`

export class DossierFileError extends Error {}

/** Parses and checks an export; throws DossierFileError naming the first problems found. */
export const parseDossierJson = (text: string): DossierJson => {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    throw new DossierFileError(`not JSON: ${(error as Error).message}`)
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    (raw as { format?: unknown }).format !== JSON_FORMAT
  ) {
    throw new DossierFileError(
      `not a Verification Desk dossier export (expected "format": "${JSON_FORMAT}")`,
    )
  }
  const version = (raw as { version?: unknown }).version
  if (typeof version === 'number' && version > JSON_VERSION) {
    throw new DossierFileError(
      `made by a newer Verification Desk (export version ${version}); update to import it`,
    )
  }
  const parsed = dossierJsonSchema.safeParse(raw)
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ')
    throw new DossierFileError(`damaged dossier export: ${problems}`)
  }
  return parsed.data
}

/** Builds a dossier in an empty doc from an export. `id` replaces the dossier id (a copy). */
export const fromJson = (
  doc: Y.Doc,
  json: DossierJson,
  options: DossierOptions & { id?: string } = {},
): Dossier => {
  const dossier = Dossier.create(
    doc,
    {
      id: options.id ?? json.meta.id,
      title: json.meta.title,
      story: json.meta.story,
      language: json.meta.language,
      created: json.meta.created,
      sourceText: json.sourceText,
    },
    options,
  )
  const claims: ClaimRecord[] = json.claims.map((claim) => {
    if (claim.quote === null) return { ...claim, quote: null }
    if ('lost' in claim.quote)
      return { ...claim, quote: { text: claim.quote.text, start: null, end: null } }
    if (claim.quote.end > json.sourceText.length || claim.quote.start >= claim.quote.end) {
      throw new DossierInputError(`claim ${claim.id}: its quote lies outside the source text`)
    }
    const anchored = dossier.anchor(claim.quote.start, claim.quote.end)
    return { ...claim, quote: { ...anchored, text: claim.quote.text } }
  })
  dossier.importEntries({ ...json, claims })
  return dossier
}

const uniqueById = <T extends { id: string }>(entries: T[]): T[] => [
  ...new Map(entries.map((entry) => [entry.id, entry])).values(),
]
