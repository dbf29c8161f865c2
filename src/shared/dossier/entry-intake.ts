import type * as z from 'zod'
import type { FastCollection } from './entry-check'
import type { EntryCollection } from './layout'
import { verifiedMemberEntrySchema } from './membership-entry'
import {
  authorSchema,
  claimRecordSchema,
  commentSchema,
  decisionSchema,
  evidenceSchema,
  linkSchema,
} from './schema'
import type {
  AuthorDeclaration,
  ClaimLink,
  ClaimRecord,
  Comment,
  Decision,
  Evidence,
  MemberEntry,
} from './schema'
import { deepFreeze, sameShape } from './same-shape'
import { verifyAuthor } from './verify'

/**
 * The full check of an entry arriving in one of the dossier's arrays, for what the compiled
 * check (entry-check.ts) does not take: the collections it does not cover and every entry it
 * refuses, which the schema then either accepts in a cleaned copy or refuses with a reason.
 */

export type Entry =
  ClaimRecord | Decision | Evidence | Comment | ClaimLink | AuthorDeclaration | MemberEntry

const FAST_CHECKED: Readonly<Record<FastCollection, true>> = {
  claims: true,
  decisions: true,
  evidence: true,
  comments: true,
  links: true,
}

export const isFastChecked = (collection: EntryCollection): collection is FastCollection =>
  collection in FAST_CHECKED

const SCHEMAS: Record<EntryCollection, z.ZodType<Entry>> = {
  claims: claimRecordSchema,
  decisions: decisionSchema,
  evidence: evidenceSchema,
  comments: commentSchema,
  links: linkSchema,
  authors: authorSchema,
  members: verifiedMemberEntrySchema,
}

/** The entry to keep, or why it is quarantined. */
export type Intake = { readonly entry: Entry } | { readonly refused: string }

export const checkWithSchema = (collection: EntryCollection, value: unknown): Intake => {
  const result = SCHEMAS[collection].safeParse(value)
  if (!result.success) return { refused: describeIssues(result.error) }
  if (collection === 'authors' && !verifyAuthor(result.data as AuthorDeclaration))
    return { refused: 'author name declaration is not signed by its key' }
  // Yjs keeps the entry as it arrived; a second, parsed copy of every entry would be the
  // largest thing the index holds. The schema's copy is kept only when it dropped something.
  return { entry: sameShape(value, result.data) ? deepFreeze(value as Entry) : result.data }
}

/** The id a malformed entry claims, cut short, for its quarantine item. */
export const idOf = (value: unknown): string | null => {
  if (typeof value !== 'object' || value === null) return null
  const id = (value as { id?: unknown }).id
  return typeof id === 'string' ? id.slice(0, 64) : null
}

/** The first three issues of a failed parse, each with its path: a quarantine item's reason. */
export const describeIssues = (error: z.ZodError): string =>
  error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'entry'}: ${issue.message}`)
    .join('; ')
