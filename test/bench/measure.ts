import { performance } from 'node:perf_hooks'

/**
 * Timing and memory helpers. Every timed run starts after a full collection so one variant's
 * garbage is not paid for by the next, and variants compared with each other run interleaved
 * (a, b, c, a, b, c...) so that load from other processes on this shared machine hits all of
 * them alike and their ratios stay meaningful even when absolute numbers drift.
 */

export interface Timing {
  readonly medianMs: number
  readonly minMs: number
  readonly runsMs: readonly number[]
}

/** The timed work of a variant, or an untimed preparation (a fresh Y.Doc, say) that returns it. */
export type Variant = { readonly run: () => unknown } | { readonly prepare: () => () => unknown }

export const withSetup = <S>(setup: () => S, run: (prepared: S) => unknown): Variant => ({
  prepare: () => {
    const prepared = setup()
    return () => run(prepared)
  },
})

const gcHook = (globalThis as { gc?: () => void }).gc

export const hasGc = (): boolean => gcHook !== undefined

/** Two full collections: the second picks up what finalizers of the first released. */
export const collect = (): void => {
  gcHook?.()
  gcHook?.()
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  if (sorted.length === 0) return Number.NaN
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export const summarize = (runsMs: readonly number[]): Timing => ({
  medianMs: median(runsMs),
  minMs: Math.min(...runsMs),
  runsMs,
})

/** One timed run of a variant, after a collection; returns milliseconds. */
export const timeOnce = (variant: Variant): number => {
  const work = 'run' in variant ? variant.run : variant.prepare()
  collect()
  const start = performance.now()
  const result = work()
  const elapsed = performance.now() - start
  keep(result)
  return elapsed
}

/** Runs each variant `warmup` times untimed, then `runs` times interleaved. */
export const timeInterleaved = <K extends string>(
  variants: Record<K, Variant>,
  options: { readonly runs: number; readonly warmup: number },
): Record<K, Timing> => {
  const names = Object.keys(variants) as K[]
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<
    K,
    number[]
  >
  for (let round = 0; round < options.warmup + options.runs; round++) {
    for (const name of names) {
      const elapsed = timeOnce(variants[name])
      if (round >= options.warmup) samples[name].push(elapsed)
    }
  }
  return Object.fromEntries(names.map((name) => [name, summarize(samples[name])])) as Record<
    K,
    Timing
  >
}

/**
 * Heap that `load` leaves reachable: measured after full collections, as the difference from a
 * baseline taken just before, while the loaded value is still referenced.
 */
export const retainedHeap = (load: () => unknown): number => {
  collect()
  const before = process.memoryUsage().heapUsed
  const kept = load()
  collect()
  const after = process.memoryUsage().heapUsed
  keep(kept)
  return after - before
}

/** Median retained heap over several loads, each released before the next. */
export const retainedHeapMedian = (load: () => unknown, runs: number): number => {
  const samples: number[] = []
  for (let run = 0; run < runs; run++) samples.push(retainedHeap(load))
  return median(samples)
}

const sink: unknown[] = [null]

/** Makes a value observable to the engine so neither it nor the work building it is optimized away. */
export const keep = (value: unknown): void => {
  sink[0] = value
  sink[0] = null
}

export const ratio = (ours: number, baseline: number): number =>
  baseline > 0 ? ours / baseline : Number.NaN
