import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { performance } from 'node:perf_hooks'
import * as Y from 'yjs'
import { Dossier } from '../../src/shared/dossier'
import type { Signer } from '../../src/shared/identity'
import { DossierStore } from '../../src/main/host/store/dossier-store'
import { collect, keep, median, summarize } from './measure'
import type { Timing } from './measure'

/**
 * The durable store, measured against raw Yjs in the same run:
 *
 * - open: a dossier from disk (snapshot + `logRecords` log records: read, checksums, replay)
 *   against raw Yjs applying the same state from memory (Y.applyUpdate of the merged state into
 *   a fresh doc). Target: ≤ 1.2×. Opening through `Dossier.open` on top is shown for context.
 * - one acknowledged update: append + write + fdatasync, one at a time (the latency an editor's
 *   change waits before a peer is told it is saved).
 * - throughput with batching: concurrent writers (peers) each appending one update at a time,
 *   group commit writing whatever is queued with one fdatasync; against one writer alone.
 *
 * The files go to `dir` (default: the OS temp folder); fsync numbers mean something only on a
 * real disk, so the file system type is reported with them.
 */

export interface StoreBenchOptions {
  /** A built dossier (e.g. `buildDossier(10_000, signer)` from ./fixtures). */
  readonly dossier: Dossier
  readonly signer: Signer
  readonly logRecords?: number
  readonly runs?: number
  readonly acknowledgedUpdates?: number
  readonly batchedUpdates?: number
  /** Concurrent writers in the throughput measurement (default 32). */
  readonly writers?: number
  readonly dir?: string
}

export interface StoreBenchResult {
  readonly claims: number
  readonly logRecords: number
  readonly snapshotBytes: number
  readonly logBytes: number
  readonly fileSystem: string
  readonly open: {
    readonly store: Timing
    readonly rawYjs: Timing
    /** store / rawYjs medians; the target is ≤ 1.2. */
    readonly ratio: number
    readonly storeThenDossier: Timing
    readonly rawThenDossier: Timing
  }
  readonly acknowledgedUpdate: {
    readonly medianMs: number
    readonly p95Ms: number
    readonly updates: number
  }
  readonly batched: {
    readonly updates: number
    readonly writers: number
    readonly totalMs: number
    readonly updatesPerSecond: number
    /** fdatasyncs the group commit needed. */
    readonly batches: number
    /** One at a time, for comparison (1000 / acknowledged median). */
    readonly sequentialUpdatesPerSecond: number
  }
}

const ID = 'm_benchstore01'

const fileSystemOf = async (dir: string): Promise<string> => {
  try {
    const mounts = (await fs.readFile('/proc/mounts', 'utf8'))
      .split('\n')
      .map((line) => line.split(' '))
    const real = await fs.realpath(dir)
    const best = mounts
      .filter(
        (fields) =>
          fields[1] !== undefined &&
          (real === fields[1] || real.startsWith(`${fields[1] === '/' ? '' : fields[1]}/`)),
      )
      .sort((a, b) => b[1]!.length - a[1]!.length)[0]
    return best ? `${best[2]} (${best[0]})` : 'unknown'
  } catch {
    return 'unknown'
  }
}

/** Small updates from a peer, made ahead so that only the store's work is timed. */
const peerUpdates = (count: number): Uint8Array[] => {
  const peer = new Y.Doc()
  const updates: Uint8Array[] = []
  peer.on('update', (update: Uint8Array) => updates.push(update))
  for (let i = 0; i < count; i++) peer.getMap('bench').set(`k${i}`, i)
  return updates
}

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN
}

/** The dossier on disk: its state as the snapshot, then `records` changes left in the log. */
const prepare = async (
  folder: string,
  source: Dossier,
  signer: Signer,
  records: number,
): Promise<Uint8Array> => {
  await DossierStore.create(folder, ID, Y.encodeStateAsUpdate(source.doc))
  const store = await DossierStore.open(folder, ID, { compactAfterRecords: records + 1 })
  const dossier = Dossier.open(store.doc)
  const claims = dossier.activeClaims()
  for (let i = 0; i < records; i++) {
    const claim = claims[i % claims.length]!
    dossier.addComment(claim.id, `Comment ${i} on the figures`, signer)
  }
  await store.flush()
  const merged = Y.encodeStateAsUpdate(store.doc)
  dossier.destroy()
  await store.close({ compact: false })
  store.doc.destroy()
  return merged
}

const timeOpen = async (
  folder: string,
  merged: Uint8Array,
  runs: number,
): Promise<StoreBenchResult['open']> => {
  const samples = {
    store: [] as number[],
    raw: [] as number[],
    storeD: [] as number[],
    rawD: [] as number[],
  }
  for (let round = 0; round < runs + 1; round++) {
    const warm = round === 0
    // Interleaved, so that load from other processes hits every variant alike.
    collect()
    let start = performance.now()
    const store = await DossierStore.open(folder, ID)
    if (!warm) samples.store.push(performance.now() - start)
    await store.close({ compact: false })
    store.doc.destroy()

    collect()
    start = performance.now()
    const doc = new Y.Doc()
    Y.applyUpdate(doc, merged)
    if (!warm) samples.raw.push(performance.now() - start)
    doc.destroy()

    collect()
    start = performance.now()
    const withDossier = await DossierStore.open(folder, ID)
    const opened = Dossier.open(withDossier.doc)
    keep(opened.counts())
    if (!warm) samples.storeD.push(performance.now() - start)
    opened.destroy()
    await withDossier.close({ compact: false })
    withDossier.doc.destroy()

    collect()
    start = performance.now()
    const rawDoc = new Y.Doc()
    Y.applyUpdate(rawDoc, merged)
    const rawDossier = Dossier.open(rawDoc)
    keep(rawDossier.counts())
    if (!warm) samples.rawD.push(performance.now() - start)
    rawDossier.destroy()
    rawDoc.destroy()
  }
  const store = summarize(samples.store)
  const rawYjs = summarize(samples.raw)
  return {
    store,
    rawYjs,
    ratio: store.medianMs / rawYjs.medianMs,
    storeThenDossier: summarize(samples.storeD),
    rawThenDossier: summarize(samples.rawD),
  }
}

const timeAcknowledged = async (folder: string, count: number) => {
  const store = await DossierStore.open(folder, ID, { compactAfterRecords: 1_000_000 })
  const samples: number[] = []
  for (const update of peerUpdates(count)) {
    const start = performance.now()
    await store.append(update)
    samples.push(performance.now() - start)
  }
  await store.close({ compact: false })
  store.doc.destroy()
  return { medianMs: median(samples), p95Ms: percentile(samples, 0.95), updates: count }
}

/** `writers` concurrent writers (peers, say), each appending its share one at a time. */
const timeBatched = async (
  folder: string,
  count: number,
  writers: number,
  sequentialMedianMs: number,
) => {
  const store = await DossierStore.open(folder, ID, { compactAfterRecords: 1_000_000 })
  const updates = peerUpdates(count)
  const before = store.stats().batches
  const start = performance.now()
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      for (let i = writer; i < updates.length; i += writers) await store.append(updates[i]!)
    }),
  )
  const totalMs = performance.now() - start
  const batches = store.stats().batches - before
  await store.close({ compact: false })
  store.doc.destroy()
  return {
    updates: count,
    writers,
    totalMs,
    updatesPerSecond: (count * 1000) / totalMs,
    batches,
    sequentialUpdatesPerSecond: 1000 / sequentialMedianMs,
  }
}

/**
 * Measures the store on `options.dossier`. Call it from the bench runner, e.g.:
 *
 *   const dossier = buildDossier(10_000, signer)
 *   const result = await measureStore({ dossier, signer })
 *   console.log(storeLines(result).join('\n'))
 */
export const measureStore = async (options: StoreBenchOptions): Promise<StoreBenchResult> => {
  const logRecords = options.logRecords ?? 1000
  const runs = options.runs ?? 5
  const base = await fs.mkdtemp(path.join(options.dir ?? os.tmpdir(), 'vdesk-bench-store-'))
  try {
    const opening = path.join(base, 'open', ID)
    await fs.mkdir(path.dirname(opening))
    const merged = await prepare(opening, options.dossier, options.signer, logRecords)
    const [snapshot, log] = await Promise.all([
      fs.stat(path.join(opening, 'snapshot')),
      fs.stat(path.join(opening, 'log')),
    ])
    const open = await timeOpen(opening, merged, runs)
    const writing = path.join(base, 'write', ID)
    await fs.mkdir(path.dirname(writing))
    await DossierStore.create(writing, ID, new Uint8Array([0, 0]))
    const acknowledgedUpdate = await timeAcknowledged(writing, options.acknowledgedUpdates ?? 200)
    const batched = await timeBatched(
      writing,
      options.batchedUpdates ?? 5000,
      options.writers ?? 32,
      acknowledgedUpdate.medianMs,
    )
    return {
      claims: options.dossier.claims().length,
      logRecords,
      snapshotBytes: snapshot.size,
      logBytes: log.size,
      fileSystem: await fileSystemOf(base),
      open,
      acknowledgedUpdate,
      batched,
    }
  } finally {
    await fs.rm(base, { recursive: true, force: true })
  }
}

const ms = (value: number): string => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`

/** The result as lines for the bench report. */
export const storeLines = (result: StoreBenchResult): string[] => [
  `Store (${result.claims.toLocaleString('en')} claims; snapshot ${(result.snapshotBytes / 1e6).toFixed(1)} MB + ${result.logRecords} log records, ${(result.logBytes / 1e3).toFixed(0)} kB; ${result.fileSystem})`,
  `  open from disk        ${ms(result.open.store.medianMs)} vs raw Yjs applying the same state ${ms(result.open.rawYjs.medianMs)}: ${result.open.ratio.toFixed(2)}× (target ≤ 1.2×) ${result.open.ratio <= 1.2 ? 'met' : 'MISSED'}`,
  `  … with Dossier.open   ${ms(result.open.storeThenDossier.medianMs)} vs ${ms(result.open.rawThenDossier.medianMs)}`,
  `  acknowledged update   ${ms(result.acknowledgedUpdate.medianMs)} median, ${ms(result.acknowledgedUpdate.p95Ms)} p95 (write + fdatasync, one at a time)`,
  `  batched writes        ${Math.round(result.batched.updatesPerSecond).toLocaleString('en')} updates/s (${result.batched.writers} writers, ${result.batched.updates} updates in ${result.batched.batches} fdatasyncs) vs ${Math.round(result.batched.sequentialUpdatesPerSecond).toLocaleString('en')}/s one at a time`,
]
