import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ImportBenchResult } from './bench-import'
import type { LanBenchResult } from './bench-lan'
import type { RelayBenchResult } from './bench-relay'
import type { RendererBenchResult } from './bench-renderer'
import type { ServeBenchResult } from './bench-serve'
import type { SweepBenchResult } from './bench-sweep'
import type { StoreBenchResult } from './bench-store'
import type { VerifyResult } from './bench-verify'
import type { BenchOptions } from './options'
import type { SizeResult } from './suite'
import type { TargetCheck } from './targets'

/** The machine-readable record of a run, kept next to the benchmarks in test/bench/results. */

export const RESULTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results')

export interface Machine {
  readonly node: string
  readonly v8: string
  readonly yjs: string
  /** The commit measured, and whether src/ had uncommitted changes; null outside a git checkout. */
  readonly git: { readonly commit: string; readonly srcChanged: boolean } | null
  readonly platform: string
  readonly arch: string
  readonly cpuModel: string
  readonly cores: number
  readonly totalMemoryBytes: number
  /** 1-minute load average when the run started and ended: other work on a shared machine. */
  readonly loadAverage: { readonly start: number; readonly end: number | null }
}

export interface BenchResults {
  readonly startedAt: string
  readonly finishedAt: string
  readonly machine: Machine
  readonly options: BenchOptions
  readonly shape: { readonly evidencePerClaim: number; readonly decisionsPerClaim: number }
  readonly signing: { readonly signaturesPerSecond: number }
  readonly verification: VerifyResult
  readonly sizes: readonly SizeResult[]
  /** The durable store on disk, measured on the largest size up to 10,000 claims. */
  readonly store: StoreBenchResult | null
  /** LAN sync between hosts on loopback, measured on the same size as the store. */
  readonly lan?: LanBenchResult | null
  readonly relay?: RelayBenchResult | null
  /** `dossier serve` against `@y/websocket-server`, on the same size as the store. */
  readonly serve?: ServeBenchResult | null
  /** Every signature checked after opening, in the host and in Chromium. */
  readonly sweep?: SweepBenchResult | null
  /** The app in Chromium at 10,000 claims or more; null when skipped (no Chromium). */
  readonly renderer?: RendererBenchResult | null
  /** Stories of 1, 2 and 4 MB imported as `dossier import` does. */
  readonly storyImport?: ImportBenchResult
  readonly targets: readonly TargetCheck[]
}

const packageVersion = (name: string): string => {
  try {
    const file = createRequire(import.meta.url).resolve(`${name}/package.json`)
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
  } catch {
    return 'unknown'
  }
}

const git = (...args: string[]): string =>
  execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()

const gitState = (): Machine['git'] => {
  try {
    return {
      commit: git('rev-parse', 'HEAD'),
      srcChanged: git('status', '--porcelain', '--', 'src') !== '',
    }
  } catch {
    return null
  }
}

export const machineFacts = (): Machine => {
  const cpus = os.cpus()
  return {
    node: process.version,
    v8: process.versions.v8,
    yjs: packageVersion('yjs'),
    git: gitState(),
    platform: `${os.platform()} ${os.release()}`,
    arch: os.arch(),
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism?.() ?? cpus.length,
    totalMemoryBytes: os.totalmem(),
    loadAverage: { start: os.loadavg()[0] ?? 0, end: null },
  }
}

export const withEndLoad = (machine: Machine): Machine => ({
  ...machine,
  loadAverage: { ...machine.loadAverage, end: os.loadavg()[0] ?? 0 },
})

/** Writes `<ISO time>-<sizes>.json` and `latest.json`; returns the dated file's path. */
export const saveResults = (results: BenchResults): string => {
  mkdirSync(RESULTS_DIR, { recursive: true })
  const stamp = results.startedAt.replace(/\.\d+Z$/, 'Z').replaceAll(':', '-')
  const sizes = results.sizes.map((size) => size.claims).join('-')
  const file = path.join(RESULTS_DIR, `${stamp}-${sizes}.json`)
  const json = `${JSON.stringify(results, null, 2)}\n`
  writeFileSync(file, json)
  writeFileSync(path.join(RESULTS_DIR, 'latest.json'), json)
  return file
}
