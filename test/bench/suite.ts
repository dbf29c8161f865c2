import type { Signer } from '../../src/shared/identity'
import { measureBuild } from './bench-build'
import type { BuildResult } from './bench-build'
import { measureIncremental } from './bench-incremental'
import type { IncrementalResult } from './bench-incremental'
import { encodeAll, measureEncode, measureLoad } from './bench-load'
import type { EncodeResult, LoadResult } from './bench-load'
import { entryCount } from './fixtures'
import { collect, ratio } from './measure'
import { buildRoundsFor } from './options'
import type { BenchOptions } from './options'
import { checkTargets } from './targets'
import type { TargetCheck } from './targets'

/** Every section for one dossier size, with the ratios that make the numbers comparable. */

export interface SizeResult {
  readonly claims: number
  readonly entries: number
  readonly buildRounds: number
  readonly build: BuildResult
  readonly encode: EncodeResult
  readonly load: LoadResult
  readonly incremental: IncrementalResult
  readonly ratios: {
    readonly buildOursOverRawFlat: number
    readonly buildOursWithoutSigningOverRawFlat: number
    readonly buildOursOverNaive: number
    readonly encodeTimeOursOverNaive: number
    readonly encodeBytesOursOverNaive: number
    readonly loadOursOverNaive: number
    readonly loadOursOverRawFlat: number
    readonly heapOursOverNaive: number
    readonly heapOursOverRawFlat: number
    readonly incrementalOverFull: number
  }
  readonly targets: readonly TargetCheck[]
}

/** Builds and encodes; the built documents are unreachable once it returns, only updates stay. */
const buildAndEncode = (
  size: number,
  signer: Signer,
  options: BenchOptions,
  progress: (step: string) => void,
) => {
  const buildRounds = buildRoundsFor(options, size)
  progress(`build (${buildRounds} round${buildRounds === 1 ? '' : 's'})`)
  const { result: build, built } = measureBuild(size, signer, buildRounds)
  const updates = encodeAll(built)
  progress('encode')
  const encode = measureEncode(built, updates, options.runs)
  return { buildRounds, build, encode, updates, entries: entryCount(built.entries) }
}

export const runSize = (
  size: number,
  signer: Signer,
  options: BenchOptions,
  progress: (step: string) => void,
): SizeResult => {
  const { buildRounds, build, encode, updates, entries } = buildAndEncode(
    size,
    signer,
    options,
    progress,
  )
  collect()
  progress('load and memory')
  const load = measureLoad(size, updates, options.runs, options.memoryRuns)
  progress('incremental update')
  const incremental = measureIncremental(updates.ours, signer, options.runs)
  const ours = build.ours.medianMs
  const ratios = {
    buildOursOverRawFlat: ratio(ours, build.rawFlat.medianMs),
    buildOursWithoutSigningOverRawFlat: ratio(
      ours - build.oursSigning.medianMs,
      build.rawFlat.medianMs,
    ),
    buildOursOverNaive: ratio(ours, build.naiveNested.medianMs),
    encodeTimeOursOverNaive: ratio(encode.time.ours.medianMs, encode.time.naiveNested.medianMs),
    encodeBytesOursOverNaive: ratio(encode.bytes.ours, encode.bytes.naiveNested),
    loadOursOverNaive: ratio(load.time.ours.medianMs, load.time.naiveNested.medianMs),
    loadOursOverRawFlat: ratio(load.time.ours.medianMs, load.time.rawFlat.medianMs),
    heapOursOverNaive: ratio(load.heapBytes.ours, load.heapBytes.naiveNested),
    heapOursOverRawFlat: ratio(load.heapBytes.ours, load.heapBytes.rawFlat),
    incrementalOverFull: ratio(
      incremental.incremental.medianMs,
      incremental.fullDerivation.medianMs,
    ),
  }
  const targets = checkTargets({
    claims: size,
    loadOursOverNaive: ratios.loadOursOverNaive,
    heapOursBytes: load.heapBytes.ours,
  })
  return { claims: size, entries, buildRounds, build, encode, load, incremental, ratios, targets }
}
