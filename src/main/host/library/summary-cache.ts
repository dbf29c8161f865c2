import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import * as z from 'zod'
import { claimsCounted } from '../../../shared/dossier'
import type { DossierView, StatusCounts } from '../../../shared/dossier'
import { writeFileAtomic } from '../store/atomic-file'
import { LOG_HEADER_SIZE } from '../store/log-format'
import { LOG, SNAPSHOT } from '../store/store-files'

export interface DossierSummary {
  readonly id: string
  readonly title: string
  readonly story: string
  /** Claims not removed. */
  readonly claims: number
  readonly counts: StatusCounts
  /** When the dossier last changed (ISO time). */
  readonly updated: string
}

export const SUMMARY_FILE = 'meta.json'

const countsSchema = z.object({
  unverified: z.number(),
  confirmed: z.number(),
  disputed: z.number(),
  retracted: z.number(),
  conflict: z.number(),
})

const fileStamp = z.object({ size: z.number(), mtimeMs: z.number() }).nullable()

const cacheSchema = z.object({
  version: z.literal(1),
  summary: z.object({
    id: z.string(),
    title: z.string(),
    story: z.string(),
    claims: z.number(),
    counts: countsSchema,
    updated: z.string(),
  }),
  /** The snapshot and log the summary was computed from: any change to them makes it stale. */
  files: z.object({ snapshot: fileStamp, log: fileStamp }),
})

type Files = z.infer<typeof cacheSchema>['files']

const stamp = async (file: string) => {
  try {
    const stat = await fs.stat(file)
    return { size: stat.size, mtimeMs: stat.mtimeMs }
  } catch {
    return null
  }
}

const currentFiles = async (folder: string): Promise<Files> => ({
  snapshot: await stamp(path.join(folder, SNAPSHOT)),
  log: await stamp(path.join(folder, LOG)),
})

/**
 * A listing's numbers, without the claims' views, which a new import's 40,000 claims would
 * otherwise all get, on the host's thread, only to be counted.
 */
export const summarize = (dossier: DossierView, updated: string): DossierSummary => {
  const meta = dossier.meta()
  const counts = dossier.countsWithoutViews()
  return {
    id: meta.id,
    title: meta.title,
    story: meta.story,
    claims: claimsCounted(counts),
    counts,
    updated,
  }
}

/** When the files last changed: the log's time if it holds records, else the snapshot's. */
export const filesChangedAt = async (folder: string): Promise<string> => {
  const { snapshot, log } = await currentFiles(folder)
  const latest = log !== null && log.size > LOG_HEADER_SIZE ? log : (snapshot ?? log)
  return new Date(latest?.mtimeMs ?? 0).toISOString()
}

/**
 * The listing cache of one dossier, so that listing a library does not decode every dossier.
 * It is only a cache: missing, unreadable or stale (the files changed since), it is rebuilt.
 */
export const readSummary = async (
  folder: string,
  options: { evenIfStale?: boolean } = {},
): Promise<DossierSummary | null> => {
  let parsed
  try {
    parsed = cacheSchema.parse(
      JSON.parse(await fs.readFile(path.join(folder, SUMMARY_FILE), 'utf8')),
    )
  } catch {
    return null
  }
  if (options.evenIfStale) return parsed.summary
  const files = await currentFiles(folder)
  const same = (a: Files['log'], b: Files['log']) =>
    a === null || b === null ? a === b : a.size === b.size && a.mtimeMs === b.mtimeMs
  const fresh = same(files.snapshot, parsed.files.snapshot) && same(files.log, parsed.files.log)
  return fresh ? parsed.summary : null
}

export const writeSummary = async (folder: string, summary: DossierSummary): Promise<void> => {
  const cache = { version: 1, summary, files: await currentFiles(folder) }
  await writeFileAtomic(path.join(folder, SUMMARY_FILE), `${JSON.stringify(cache, null, 2)}\n`)
}
