import { performance } from 'node:perf_hooks'
import { stop as stopEsbuild } from 'esbuild'
import { createDeviceKey, signerFromKey } from '../../src/shared/identity'
import { warmUpBuild } from './bench-build'
import { importLines, measureImport } from './bench-import'
import type { ImportBenchResult } from './bench-import'
import { lanLines, measureLan } from './bench-lan'
import type { LanBenchResult } from './bench-lan'
import { measureRelay, relayLines } from './bench-relay'
import type { RelayBenchResult } from './bench-relay'
import { measureRenderer, rendererLines } from './bench-renderer'
import type { RendererBenchResult } from './bench-renderer'
import { measureServe, serveLines } from './bench-serve'
import type { ServeBenchResult } from './bench-serve'
import { measureSweep, sweepLines } from './bench-sweep'
import { performanceTargets } from './performance-targets'
import type { SweepBenchResult } from './bench-sweep'
import { measureStore, storeLines } from './bench-store'
import type { StoreBenchResult } from './bench-store'
import { measureVerify } from './bench-verify'
import { DECISIONS_PER_CLAIM, EVIDENCE_PER_CLAIM, buildDossier } from './fixtures'
import { count, ms } from './format'
import { hasGc } from './measure'
import { USAGE, UsageError, parseOptions } from './options'
import type { BenchOptions } from './options'
import { resultTable, targetLines, verifyLines } from './report'
import { machineFacts, saveResults, withEndLoad } from './results'
import type { BenchResults } from './results'
import { runSize } from './suite'
import type { SizeResult } from './suite'

/**
 * `npm run bench`: measures the dossier layout against raw Yjs in the same run, prints a table
 * and writes test/bench/results/*.json. It reports; it never fails because a target was missed.
 */

const readOptions = (): BenchOptions => {
  try {
    return parseOptions(process.argv.slice(2))
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    if (error.message !== '') console.error(error.message)
    console.error(USAGE)
    process.exit(error.message === '' ? 0 : 2)
  }
}

/** Signatures per second while building the smallest dossier, from the signer's own clock. */
const signingRate = (sizes: readonly SizeResult[]): number => {
  const build = sizes[0]?.build
  return build ? (build.signatures * 1000) / build.oursSigning.medianMs : Number.NaN
}

const STORE_MAX_CLAIMS = 10_000

const main = async (): Promise<void> => {
  const options = readOptions()
  if (!hasGc()) {
    console.error('run with node --expose-gc (npm run bench does): memory numbers need global.gc')
    process.exit(2)
  }
  const startedAt = new Date().toISOString()
  const machine = machineFacts()
  console.log(
    `Verification Desk benchmarks: ${options.sizes.map(count).join(', ')} claims, ` +
      `${EVIDENCE_PER_CLAIM} evidence + ${DECISIONS_PER_CLAIM} decisions each; ${options.runs} runs per section`,
  )
  console.log(
    `${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}, yjs ${machine.yjs}\n`,
  )

  // One signer for the whole run: creating keys is cheap, but it stays one author throughout.
  const signer = signerFromKey(createDeviceKey('Benchmark editor'))
  const warm = warmUpBuild(signer)
  const verification = measureVerify(warm, 400, options.runs)

  const sizes: SizeResult[] = []
  for (const size of options.sizes) {
    const started = performance.now()
    const log = (step: string): void =>
      console.log(`  ${count(size)} claims, +${ms(performance.now() - started)}: ${step}`)
    sizes.push(runSize(size, signer, options, log))
  }
  // The store's open, acknowledged-update and batching costs, on one dossier from disk.
  const storeSize = Math.max(0, ...options.sizes.filter((size) => size <= STORE_MAX_CLAIMS))
  let store: StoreBenchResult | null = null
  if (storeSize > 0) {
    console.log(`  ${count(storeSize)} claims: store on disk (snapshot + log records)`)
    store = await measureStore({ dossier: buildDossier(storeSize, signer), signer })
  }
  let lan: LanBenchResult | null = null
  if (storeSize > 0) {
    console.log(`  ${count(storeSize)} claims: LAN sync between hosts (encrypted and plain)`)
    lan = await measureLan(storeSize, signer, options.runs)
  }
  let relay: RelayBenchResult | null = null
  if (storeSize > 0) {
    console.log(`  ${count(storeSize)} claims: a new member syncing through each relay engine`)
    relay = await measureRelay(storeSize, signer, options.runs)
  }
  let serve: ServeBenchResult | null = null
  if (storeSize > 0) {
    console.log(`  ${count(storeSize)} claims: dossier serve against @y/websocket-server`)
    serve = await measureServe(storeSize, signer, options.runs)
  }
  // Story import speed does not depend on the claim sizes above: 1, 2 and 4 MB stories.
  console.log('  story import: 1, 2 and 4 MB through dossier import and importStory')
  const storyImport: ImportBenchResult = await measureImport(Math.min(options.runs, 3))
  let sweep: SweepBenchResult | null = null
  if (storeSize > 0) {
    console.log(
      `  ${count(storeSize)} claims: every signature checked, in the host and in Chromium`,
    )
    sweep = await measureSweep(storeSize, signer)
  }
  // The app in Chromium against dossier serve, at the smallest size of 10,000 claims or more.
  const rendererSize = Math.min(...options.sizes.filter((size) => size >= 10_000))
  let renderer: RendererBenchResult | null | undefined
  if (Number.isFinite(rendererSize)) {
    console.log(
      `  ${count(rendererSize)} claims: the app in Chromium (first paint, filters, remote)`,
    )
    renderer = await measureRenderer(rendererSize, signer)
  }
  const results: BenchResults = {
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: withEndLoad(machine),
    options,
    shape: { evidencePerClaim: EVIDENCE_PER_CLAIM, decisionsPerClaim: DECISIONS_PER_CLAIM },
    signing: { signaturesPerSecond: signingRate(sizes) },
    verification,
    sizes,
    store,
    lan,
    relay,
    serve,
    storyImport,
    sweep,
    renderer: renderer ?? null,
    targets: [
      ...sizes.flatMap((size) => size.targets),
      ...performanceTargets({ sizes, serve, storyImport, sweep }),
    ],
  }
  console.log(`\n${resultTable(sizes)}\n`)
  console.log(`${verifyLines(verification, results.signing.signaturesPerSecond)}\n`)
  if (store !== null) console.log(`${storeLines(store).join('\n')}\n`)
  if (lan !== null) console.log(`${lanLines(lan).join('\n')}\n`)
  if (relay !== null) console.log(`${relayLines(relay).join('\n')}\n`)
  if (serve !== null) console.log(`${serveLines(serve).join('\n')}\n`)
  if (sweep !== null) console.log(`${sweepLines(sweep).join('\n')}\n`)
  if (renderer !== undefined) console.log(`${rendererLines(renderer).join('\n')}\n`)
  console.log(`${importLines(storyImport).join('\n')}\n`)
  console.log(targetLines(results.targets))
  console.log(
    `\nLoad average ${machine.loadAverage.start.toFixed(2)} at start, ` +
      `${results.machine.loadAverage.end?.toFixed(2)} at end (${machine.cores} cores).`,
  )
  if (options.save) console.log(`Results: ${saveResults(results)} and latest.json`)
}

await main()
// Sections start servers, browsers, workers and esbuild's service (which bundles the in-page
// probes and stays running until stopped): whatever one of them leaves referenced must not keep
// a finished run waiting, as one did for an hour. The results are written by now.
await stopEsbuild()
process.exit(0)
