import { performance } from 'node:perf_hooks'
import * as Y from 'yjs'
import { Dossier } from '../../src/shared/dossier'
import type { StatusCounts } from '../../src/shared/dossier'
import type { BuiltDossiers } from './bench-build'
import { median, retainedHeapMedian, timeInterleaved } from './measure'
import type { Timing } from './measure'
import { loadNaiveNested } from './naive-schema'
import { loadRawFlat } from './raw-flat'

/**
 * Encode, load and memory. Load is the time from an encoded update to a usable claim list with
 * derived statuses, which is what opening a dossier costs a replica; memory is the heap that the
 * loaded document and its list keep reachable.
 */

type Layouts<T> = { readonly ours: T; readonly rawFlat: T; readonly naiveNested: T }

export interface EncodeResult {
  readonly time: Layouts<Timing>
  readonly bytes: Layouts<number>
}

export interface LoadResult {
  readonly time: Layouts<Timing>
  /** Median split of our load: decoding the update, opening (validating, indexing), views. */
  readonly oursPhasesMs: { readonly decode: number; readonly open: number; readonly views: number }
  readonly heapBytes: Layouts<number>
}

export interface OursLoad {
  readonly dossier: Dossier
  readonly counts: StatusCounts
  readonly claims: number
}

/** Our load: the documented way a replica opens a dossier it received. */
export const loadOurs = (update: Uint8Array): OursLoad => {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, update)
  const dossier = Dossier.open(doc)
  return { dossier, claims: dossier.claims().length, counts: dossier.counts() }
}

export const encodeAll = (built: BuiltDossiers): Layouts<Uint8Array> => ({
  ours: Y.encodeStateAsUpdate(built.dossier.doc),
  rawFlat: Y.encodeStateAsUpdate(built.rawFlat),
  naiveNested: Y.encodeStateAsUpdate(built.naiveNested),
})

export const measureEncode = (
  built: BuiltDossiers,
  updates: Layouts<Uint8Array>,
  runs: number,
): EncodeResult => ({
  time: timeInterleaved(
    {
      ours: { run: () => Y.encodeStateAsUpdate(built.dossier.doc) },
      rawFlat: { run: () => Y.encodeStateAsUpdate(built.rawFlat) },
      naiveNested: { run: () => Y.encodeStateAsUpdate(built.naiveNested) },
    },
    { runs, warmup: 1 },
  ),
  bytes: {
    ours: updates.ours.byteLength,
    rawFlat: updates.rawFlat.byteLength,
    naiveNested: updates.naiveNested.byteLength,
  },
})

/** Checks that every layout loaded the whole dossier, so no number below measures less work. */
const checkLoaded = (size: number, updates: Layouts<Uint8Array>): void => {
  const ours = loadOurs(updates.ours)
  const raw = loadRawFlat(updates.rawFlat)
  const naive = loadNaiveNested(updates.naiveNested)
  const same = JSON.stringify(ours.counts) === JSON.stringify(naive.counts)
  if (ours.claims !== size || raw.claims.length !== size || naive.claims.length !== size || !same) {
    throw new Error(
      `benchmark data is inconsistent: ${ours.claims}/${raw.claims.length}/${naive.claims.length} claims, counts ${JSON.stringify(ours.counts)} vs ${JSON.stringify(naive.counts)}`,
    )
  }
}

export const measureLoad = (
  size: number,
  updates: Layouts<Uint8Array>,
  runs: number,
  memoryRuns: number,
): LoadResult => {
  checkLoaded(size, updates)
  const phases = { decode: [] as number[], open: [] as number[], views: [] as number[] }
  const oursWithPhases = (): OursLoad => {
    const start = performance.now()
    const doc = new Y.Doc()
    Y.applyUpdate(doc, updates.ours)
    const decoded = performance.now()
    const dossier = Dossier.open(doc)
    const opened = performance.now()
    const loaded = { dossier, claims: dossier.claims().length, counts: dossier.counts() }
    phases.decode.push(decoded - start)
    phases.open.push(opened - decoded)
    phases.views.push(performance.now() - opened)
    return loaded
  }
  const time = timeInterleaved(
    {
      ours: { run: oursWithPhases },
      rawFlat: { run: () => loadRawFlat(updates.rawFlat) },
      naiveNested: { run: () => loadNaiveNested(updates.naiveNested) },
    },
    { runs, warmup: 1 },
  )
  const lastRuns = (values: number[]): number => median(values.slice(-runs))
  return {
    time,
    oursPhasesMs: {
      decode: lastRuns(phases.decode),
      open: lastRuns(phases.open),
      views: lastRuns(phases.views),
    },
    heapBytes: {
      ours: retainedHeapMedian(() => loadOurs(updates.ours), memoryRuns),
      rawFlat: retainedHeapMedian(() => loadRawFlat(updates.rawFlat), memoryRuns),
      naiveNested: retainedHeapMedian(() => loadNaiveNested(updates.naiveNested), memoryRuns),
    },
  }
}
