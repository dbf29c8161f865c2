import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { performance } from 'node:perf_hooks'
import { importStory } from '../../src/main/host/import/import-story'
import { Library } from '../../src/main/host/library/library'
import { extractClaims } from '../../src/shared/ingest'
import { parseDocument } from '../../src/shared/ingest/parse-document'
import { newsStory } from '../shared/ingest/news-story'
import { ms } from './format'
import { collect, summarize } from './measure'
import type { Timing } from './measure'

/**
 * Importing a story (the performance issue: ≥ 1 MB/s, linear in size): generated wire copy of
 * 1, 2 and 4 MB imported through `importStory`, as `dossier import` and the app do (a worker
 * ingests, the host adds the dossier to a real library on disk, fsynced), sizes interleaved
 * run by run. The text stages (parse + extract, in this thread) are timed apart, so a miss
 * says whether the ingest or the dossier and the library are to blame.
 */
export interface ImportSizeResult {
  readonly bytes: number
  readonly claims: number
  /** The whole import: worker start, ingest, encode, library add. */
  readonly import: Timing
  /** Parse and extract alone, in this thread. */
  readonly text: Timing
}

export interface ImportBenchResult {
  readonly sizes: readonly ImportSizeResult[]
  /** A 1 KB story: the fixed cost (the worker starting, through tsx from source). */
  readonly fixed: Timing
  /** Per-MB import time of the largest story over the smallest's: 1 is linear. */
  readonly linearity: number
}

export const IMPORT_SIZES_MB = [1, 2, 4] as const
const MB = 2 ** 20
/** The bench measures speed, not the host's limits: a 4 MB story may run past them. */
const NO_LIMITS = { importMs: 10 * 60_000, dossierBytes: 1024 * MB }

const textStages = (text: string): { ms: number; claims: number } => {
  const started = performance.now()
  const parsed = parseDocument(text, { filename: 'story.txt' })
  const claims = extractClaims(parsed.sourceText).length
  return { ms: performance.now() - started, claims }
}

const importOnce = async (library: Library, text: string): Promise<number> => {
  collect()
  const started = performance.now()
  await importStory(library, { text, filename: 'story.txt' }, NO_LIMITS)
  return performance.now() - started
}

export const measureImport = async (
  runs: number,
  sizesMb: readonly number[] = IMPORT_SIZES_MB,
): Promise<ImportBenchResult> => {
  const stories = sizesMb.map((size) => newsStory(size * MB))
  const dir = await mkdtemp(path.join(tmpdir(), 'vd-import-bench-'))
  const library = await Library.open(dir)
  try {
    // One untimed import and extract warm the JIT and the worker's module cache.
    await importOnce(library, stories[0]!)
    textStages(stories[0]!)
    const importMs = stories.map((): number[] => [])
    const textMs = stories.map((): number[] => [])
    const fixedMs: number[] = []
    const claims = stories.map(() => 0)
    const tiny = newsStory(1024)
    for (let run = 0; run < runs; run += 1) {
      fixedMs.push(await importOnce(library, tiny))
      for (const [index, story] of stories.entries()) {
        importMs[index]!.push(await importOnce(library, story))
        collect()
        const stages = textStages(story)
        textMs[index]!.push(stages.ms)
        claims[index] = stages.claims
      }
    }
    const sizes = stories.map((story, index) => ({
      bytes: Buffer.byteLength(story),
      claims: claims[index]!,
      import: summarize(importMs[index]!),
      text: summarize(textMs[index]!),
    }))
    const perMb = (size: ImportSizeResult): number => size.import.medianMs / (size.bytes / MB)
    return { sizes, fixed: summarize(fixedMs), linearity: perMb(sizes.at(-1)!) / perMb(sizes[0]!) }
  } finally {
    await library.close()
    await rm(dir, { recursive: true, force: true })
  }
}

const rate = (bytes: number, timing: Timing): string =>
  `${(bytes / MB / (timing.medianMs / 1000)).toFixed(2)} MB/s`

export const importLines = (result: ImportBenchResult): string[] => {
  const slowest = Math.min(
    ...result.sizes.map((size) => size.bytes / MB / (size.import.medianMs / 1000)),
  )
  const [smallest, largest] = [result.sizes[0]!, result.sizes.at(-1)!]
  const marginal =
    (largest.bytes - smallest.bytes) /
    MB /
    ((largest.import.medianMs - smallest.import.medianMs) / 1000)
  return [
    'Import (a generated wire story through importStory: worker ingest, library on disk)',
    ...result.sizes.map(
      (size) =>
        `  ${(size.bytes / MB).toFixed(0)} MB, ${size.claims.toLocaleString('en')} claims: ` +
        `${ms(size.import.medianMs)}, ${rate(size.bytes, size.import)} ` +
        `(parse + extract ${ms(size.text.medianMs)}, ${rate(size.bytes, size.text)})`,
    ),
    `  slowest ${slowest.toFixed(2)} MB/s (target ≥ 1) ${slowest >= 1 ? 'met' : 'MISSED'}; ` +
      `per-MB time, largest / smallest ${result.linearity.toFixed(2)}× (linear ≈ 1)`,
    `  fixed cost (a 1 KB story) ${ms(result.fixed.medianMs)}; ` +
      `each further MB at ${marginal.toFixed(2)} MB/s`,
  ]
}
