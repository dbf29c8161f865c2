import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { performance } from 'node:perf_hooks'
import { importStory } from '../../src/main/host/import/import-story'
import { stopWarmIngestWorker } from '../../src/main/host/import/ingest-workers'
import { Library } from '../../src/main/host/library/library'
import { extractClaims } from '../../src/shared/ingest'
import { parseDocument } from '../../src/shared/ingest/parse-document'
import { newsStory } from '../shared/ingest/news-story'
import { BIN } from '../support/run-cli'
import { ms } from './format'
import { collect, summarize } from './measure'
import type { Timing } from './measure'

/**
 * Importing a story (the performance issue: ≥ 1 MB/s, linear in size): generated wire copy of
 * 1, 2 and 4 MB imported as a user does, `dossier import FILE` in a process of its own (wall
 * time from spawn to exit: the command's start, its worker, the library on disk), and through
 * `importStory` in this process, as the app's host does (a worker ingests, the host adds the
 * dossier to a real library on disk, fsynced); sizes and both ways interleaved run by run. The
 * text stages (parse + extract, in this thread) are timed apart, so a miss says whether the
 * ingest or the dossier and the library are to blame.
 */
export interface ImportSizeResult {
  readonly bytes: number
  readonly claims: number
  /** `dossier import FILE`, spawn to exit. */
  readonly command: Timing
  /** The whole import in this process, as a running host does it: its warm worker ingests. */
  readonly import: Timing
  /** The same, the host's first import: its worker started for it (loads, compiles, ingests). */
  readonly firstImport: Timing
  /** Parse and extract alone, in this thread. */
  readonly text: Timing
}

export interface ImportBenchResult {
  readonly sizes: readonly ImportSizeResult[]
  /** How `dossier` ran: its bundle, or its sources through tsx (DOSSIER_FROM_SOURCE=1). */
  readonly commandFrom: 'bundle' | 'source'
  /** A 1 KB story in a host whose worker is warm: the fixed cost of every import after its first. */
  readonly fixed: Timing
  /** A 1 KB story, the host's first import: its worker starts (through tsx, from source). */
  readonly firstFixed: Timing
  /** A 1 KB story through `dossier import`: the command's start, its worker, its library. */
  readonly commandFixed: Timing
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

/** `first`: the host's first import, its warm worker stopped before (ingest-workers.ts). */
const importOnce = async (library: Library, text: string, first = false): Promise<number> => {
  if (first) await stopWarmIngestWorker()
  collect()
  const started = performance.now()
  await importStory(library, { text, filename: 'story.txt' }, NO_LIMITS)
  return performance.now() - started
}

const fromSource = process.env.DOSSIER_FROM_SOURCE === '1'

/**
 * Runs `dossier ARGS` as its own process; resolves with the wall time, spawn to exit. A run that
 * rebuilt the command's bundle (a source changed meanwhile) is run again: it timed the build.
 */
const dossierCommand = async (args: readonly string[]): Promise<number> => {
  const run = await dossierRun(args)
  return run.rebuilt ? (await dossierRun(args)).ms : run.ms
}

const dossierRun = (args: readonly string[]): Promise<{ ms: number; rebuilt: boolean }> =>
  new Promise((resolve, reject) => {
    const started = performance.now()
    const env = { PATH: process.env.PATH, HOME: process.env.HOME }
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: fromSource ? { ...env, DOSSIER_FROM_SOURCE: '1' } : env, maxBuffer: 64 * MB },
      (error, _stdout, stderr) => {
        const elapsed = performance.now() - started
        if (error === null)
          resolve({ ms: elapsed, rebuilt: stderr.includes('the dossier command') })
        else reject(new Error(`dossier ${args[0]} failed: ${stderr || error.message}`))
      },
    )
  })

export const measureImport = async (
  runs: number,
  sizesMb: readonly number[] = IMPORT_SIZES_MB,
): Promise<ImportBenchResult> => {
  const stories = sizesMb.map((size) => newsStory(size * MB))
  const dir = await mkdtemp(path.join(tmpdir(), 'vd-import-bench-'))
  const library = await Library.open(path.join(dir, 'in-process'))
  // The command's own library: this process holds the other one's lock.
  const commandLibrary = ['--data', path.join(dir, 'command')]
  const files = stories.map((_, index) => path.join(dir, `story-${sizesMb[index]}mb.txt`))
  await Promise.all(files.map((file, index) => writeFile(file, stories[index]!)))
  const tiny = newsStory(1024)
  const tinyFile = path.join(dir, 'story-1kb.txt')
  await writeFile(tinyFile, tiny)
  const commandImport = (file: string): Promise<number> => {
    collect()
    return dossierCommand(['import', file, ...commandLibrary])
  }
  try {
    // Named, so the imports print no hint; untimed runs warm the JIT, the worker's module
    // cache, the page cache and the command's bundle (built here if it is missing).
    await dossierCommand(['identity', '--name', 'Benchmark editor', ...commandLibrary])
    await commandImport(files[0]!)
    await importOnce(library, stories[0]!)
    textStages(stories[0]!)
    const commandMs = stories.map((): number[] => [])
    const importMs = stories.map((): number[] => [])
    const firstMs = stories.map((): number[] => [])
    const textMs = stories.map((): number[] => [])
    const fixedMs: number[] = []
    const firstFixedMs: number[] = []
    const commandFixedMs: number[] = []
    const claims = stories.map(() => 0)
    for (let run = 0; run < runs; run += 1) {
      commandFixedMs.push(await commandImport(tinyFile))
      firstFixedMs.push(await importOnce(library, tiny, true))
      fixedMs.push(await importOnce(library, tiny))
      for (const [index, story] of stories.entries()) {
        commandMs[index]!.push(await commandImport(files[index]!))
        firstMs[index]!.push(await importOnce(library, story, true))
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
      command: summarize(commandMs[index]!),
      import: summarize(importMs[index]!),
      firstImport: summarize(firstMs[index]!),
      text: summarize(textMs[index]!),
    }))
    const perMb = (size: ImportSizeResult): number => size.command.medianMs / (size.bytes / MB)
    return {
      sizes,
      commandFrom: fromSource ? 'source' : 'bundle',
      fixed: summarize(fixedMs),
      firstFixed: summarize(firstFixedMs),
      commandFixed: summarize(commandFixedMs),
      linearity: perMb(sizes.at(-1)!) / perMb(sizes[0]!),
    }
  } finally {
    await library.close()
    await rm(dir, { recursive: true, force: true })
  }
}

const rate = (bytes: number, timing: Timing): string =>
  `${(bytes / MB / (timing.medianMs / 1000)).toFixed(2)} MB/s`

/** MB/s of each further MB: the largest story's time over the smallest's. */
const marginalRate = (result: ImportBenchResult, timing: (size: ImportSizeResult) => Timing) => {
  const [smallest, largest] = [result.sizes[0]!, result.sizes.at(-1)!]
  const seconds = (timing(largest).medianMs - timing(smallest).medianMs) / 1000
  return (largest.bytes - smallest.bytes) / MB / seconds
}

export const importLines = (result: ImportBenchResult): string[] => {
  const slowest = Math.min(
    ...result.sizes.map((size) => size.bytes / MB / (size.command.medianMs / 1000)),
  )
  return [
    `Import (a generated wire story: \`dossier import FILE\` from its ${result.commandFrom}, spawn to exit; ` +
      "and importStory in this process as a running host does it, its worker warm, and as the host's first import)",
    ...result.sizes.map(
      (size) =>
        `  ${(size.bytes / MB).toFixed(0)} MB, ${size.claims.toLocaleString('en')} claims: ` +
        `dossier import ${ms(size.command.medianMs)}, ${rate(size.bytes, size.command)}; ` +
        `importStory ${ms(size.import.medianMs)}, ${rate(size.bytes, size.import)} ` +
        `(first ${ms(size.firstImport.medianMs)}, ${rate(size.bytes, size.firstImport)}; ` +
        `parse + extract ${ms(size.text.medianMs)}, ${rate(size.bytes, size.text)})`,
    ),
    `  slowest dossier import ${slowest.toFixed(2)} MB/s (target ≥ 1) ${slowest >= 1 ? 'met' : 'MISSED'}; ` +
      `per-MB time, largest / smallest ${result.linearity.toFixed(2)}× (linear ≈ 1)`,
    `  fixed cost (a 1 KB story): dossier import ${ms(result.commandFixed.medianMs)}, ` +
      `importStory ${ms(result.fixed.medianMs)} (first ${ms(result.firstFixed.medianMs)}); each further MB at ` +
      `${marginalRate(result, (size) => size.command).toFixed(2)} MB/s (dossier import), ` +
      `${marginalRate(result, (size) => size.import).toFixed(2)} MB/s (importStory)`,
  ]
}
