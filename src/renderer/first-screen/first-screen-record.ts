import * as z from 'zod'
import type { ClaimView, DossierMeta, StatusCounts, StatusLabel } from '../../shared/dossier'
import { attributionPhrase } from '../../shared/vocabulary'
import { hasUntrustedHistory } from '../logic/claim-filter'

/**
 * What this device showed of a dossier the last time its claim list was painted from a verified
 * copy: enough to draw the first screen again before the copy has loaded (docs/ui.md, "The first
 * screen"). It is a picture of an earlier check, never a source of statuses: the desk replaces it
 * with the verified copy as soon as that is loaded and its heads checked.
 */

/** Rows kept: more than a tall window shows. */
export const FIRST_SCREEN_ROWS = 40
/** Characters of a claim's text kept (the list clamps it to two lines anyway). */
export const FIRST_SCREEN_TEXT = 160
const SPEAKER_CHARS = 100
const TITLE_CHARS = 200
const STORY_CHARS = 300
/** A record larger than this (JSON characters) loses rows until it fits. */
export const FIRST_SCREEN_MAX_CHARS = 16_000

const STATUS_NAMES = [
  'unverified',
  'confirmed',
  'disputed',
  'retracted',
  'conflict',
] as const satisfies readonly StatusLabel[]
const statusLabelSchema = z.enum(STATUS_NAMES)

const rowSchema = z.object({
  number: z.number().int().positive(),
  label: statusLabelSchema,
  text: z.string().max(FIRST_SCREEN_TEXT + 1),
  speaker: z.string().max(SPEAKER_CHARS + 1),
})

export type FirstScreenRow = z.output<typeof rowSchema>

const countSchema = z.number().int().nonnegative()

export const firstScreenSchema = z.object({
  version: z.literal(1),
  dossierId: z.string().min(1),
  title: z.string().max(TITLE_CHARS + 1),
  story: z.string().max(STORY_CHARS + 1),
  direction: z.enum(['ltr', 'rtl']),
  language: z.string().max(40),
  counts: z.object({
    unverified: countSchema,
    confirmed: countSchema,
    disputed: countSchema,
    retracted: countSchema,
    conflict: countSchema,
  }),
  untrusted: countSchema,
  /** Claims in the dossier (not removed), and how many the filter left. */
  total: countSchema,
  shownCount: countSchema,
  /** The filter and order in effect, as the address writes them (`status=disputed&sort=status`). */
  filterKey: z.string().max(2_000),
  /** The first rows as the list showed them; null when they could not be worked out here. */
  rows: z.array(rowSchema).max(FIRST_SCREEN_ROWS).nullable(),
  savedAt: z.string().max(40),
})

export type FirstScreenRecord = z.output<typeof firstScreenSchema>

const cut = (text: string, chars: number): string =>
  text.length <= chars ? text : `${text.slice(0, chars).trimEnd()}…`

export interface FirstScreenSource {
  readonly dossierId: string
  readonly meta: DossierMeta
  readonly counts: StatusCounts
  readonly claims: readonly ClaimView[]
  /** The claims the list shows, in its order; null when they are not known (see `rows`). */
  readonly shown: readonly ClaimView[] | null
  readonly filterKey: string
  readonly now: Date
}

const rowOf = (claim: ClaimView): FirstScreenRow => ({
  number: claim.index + 1,
  label: claim.label,
  text: cut(claim.text, FIRST_SCREEN_TEXT),
  speaker: cut(attributionPhrase(claim.attribution), SPEAKER_CHARS),
})

/** The record for what the list shows now, within FIRST_SCREEN_MAX_CHARS. */
export const firstScreenOf = (source: FirstScreenSource): FirstScreenRecord => {
  const { meta, claims, shown } = source
  let active = 0
  let untrusted = 0
  for (const claim of claims) {
    if (claim.removed) continue
    active += 1
    if (hasUntrustedHistory(claim)) untrusted += 1
  }
  const record: FirstScreenRecord = {
    version: 1,
    dossierId: source.dossierId,
    title: cut(meta.title, TITLE_CHARS),
    story: cut(meta.story, STORY_CHARS),
    direction: meta.direction,
    language: meta.language.slice(0, 40),
    counts: { ...source.counts },
    untrusted,
    total: active,
    shownCount: shown?.length ?? active,
    filterKey: source.filterKey,
    rows: shown === null ? null : shown.slice(0, FIRST_SCREEN_ROWS).map(rowOf),
    savedAt: source.now.toISOString(),
  }
  return withinSize(record)
}

/** Drops rows from the end until the record's JSON fits (long texts in a right-to-left script…). */
export const withinSize = (record: FirstScreenRecord): FirstScreenRecord => {
  let rows = record.rows
  let fitted = record
  while (
    JSON.stringify(fitted).length > FIRST_SCREEN_MAX_CHARS &&
    rows !== null &&
    rows.length > 0
  ) {
    rows = rows.slice(0, Math.floor(rows.length / 2))
    fitted = { ...record, rows }
  }
  return fitted
}
