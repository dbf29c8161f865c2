import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { chromium } from 'playwright-core'
import type { BrowserContext, Page } from 'playwright-core'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { RENDERER_DIR } from '../../src/main/cli/renderer-bundle'
import { Library } from '../../src/main/host/library/library'
import { Dossier } from '../../src/shared/dossier'
import { createDeviceKey, signerFromKey } from '../../src/shared/identity'
import type { Signer } from '../../src/shared/identity'
import { ClientSession } from '../../src/shared/protocol'
import { ensureBuiltApp } from '../host/serve/support/built-app'
import { killServes, startServe } from '../host/serve/support/serve-process'
import { CHROMIUM_ARGS } from '../support/desk-page'
import { buildImportedDossier } from './fixtures'
import { ms } from './format'
import { median } from './measure'
import type { InputTiming, LongTask, RendererProbe, RendererProbeWindow } from './page-renderer'

/**
 * The renderer in real Chromium against a real `dossier serve` (`bin/dossier.mjs serve`, its own
 * process, serving the production build of the app), with a dossier of N claims as imported:
 *
 * 1. first paint of the claim list when a page that has the dossier in its IndexedDB reloads on
 *    the dossier's address: navigation start to the first frame showing a claim row, median of
 *    5 reloads (after one unmeasured); and the same with the page's sync socket held silent, so
 *    only the cache can paint (what the cache alone is worth);
 * 2. typing a query into the claim search field, character by character: each `input` event's
 *    timestamp to the end of the next frame's rendering; and status filter changes alike;
 * 3. 1,000 status changes from another replica (a Node `ClientSession` over the host's socket, as
 *    the CLI and the other tabs connect), sent as fast as it makes them: every page task over
 *    50 ms meanwhile (the Long Tasks API), until the page's counts show all of them and a second
 *    after.
 *
 * In-page timing is page/renderer-probe.ts, injected before the app's scripts. The bench
 * reports; nothing in it fails. A CPU profile (CDP Profiler) of a second typing pass names the
 * functions the time went to.
 */

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
export const hasChromium = (): boolean => existsSync(CHROMIUM)
export const rendererSkipReason = (): string =>
  `no Chromium at ${CHROMIUM}; install it or set CHROMIUM_PATH`

const RELOADS = 5
const REMOTE_DECISIONS = 1_000
/** Decisions made between two turns of the replica's event loop: a burst, as a peer sends it. */
const REMOTE_BATCH = 10
const QUERY = 'harbour workers 370'
const STATUS_STEPS = ['disputed', 'unverified', 'all', 'disputed', 'all', 'unverified', 'all']

export interface TimingSummary {
  readonly medianMs: number
  readonly p95Ms: number
  readonly maxMs: number
}

export interface ProfileEntry {
  readonly fn: string
  readonly where: string
  readonly selfMs: number
}

export interface RendererBenchResult {
  readonly claims: number
  /** Whether `out/renderer`, which serve served, held React's development build (before, after). */
  readonly reactDevelopmentBuild: { readonly before: boolean; readonly after: boolean }
  readonly stateBytes: number
  readonly firstPaint: {
    /**
     * Navigation start to the frame that first showed claim rows, per reload: the first screen's
     * (drawn from the record this device saved) or the live list's, whichever came first.
     */
    readonly frameMs: readonly number[]
    /** ...to the frame that first showed a row of the live list (copy loaded, heads checked). */
    readonly liveFrameMs: readonly number[]
    /** ...to the frame that first showed the first screen's rows; NaN where none was drawn. */
    readonly firstScreenFrameMs: readonly number[]
    /** ...to the row entering the DOM. */
    readonly rowInDomMs: readonly number[]
    readonly firstContentfulPaintMs: readonly number[]
    /** Navigation start to the list's count showing every claim (the host's sync done). */
    readonly fullListMs: readonly number[]
    readonly medianMs: number
    /** The live list's first row alone (liveFrameMs), median. */
    readonly liveMedianMs: number
    /**
     * Where the time to the first row goes, medians of the reloads: navigation start to each
     * `vdesk:` mark the app sets (app script running, IndexedDB copy loading and loaded, dossier
     * indexed, statuses' signatures checked).
     */
    readonly phasesMs: Readonly<Record<string, number>>
    /** With the page's sync sockets held open and silent: what the cache alone paints. */
    readonly cacheOnly: {
      readonly frameMs: readonly number[]
      readonly medianMs: number
      /** Reloads where no row appeared within the wait (the page waited for the host). */
      readonly noRow: number
    }
  }
  readonly typing: {
    readonly query: string
    readonly keystrokes: readonly InputTiming[]
    readonly frame: TimingSummary
    readonly handler: TimingSummary
    /** The app's own handling of the event (see InputTiming.processingMs). */
    readonly processing: TimingSummary
  }
  /** The same keystrokes into a bare field in the same browser (measureBareInput). */
  readonly bareInput: { readonly frame: TimingSummary }
  readonly statusFilter: {
    readonly changes: readonly InputTiming[]
    readonly frame: TimingSummary
    readonly handler: TimingSummary
    readonly processing: TimingSummary
  }
  readonly remote: {
    readonly decisions: number
    /** The replica making and sending them. */
    readonly sendMs: number
    /** First sent to the page's counts showing them all. */
    readonly shownMs: number
    readonly longTasks: readonly LongTask[]
    readonly longestMs: number
  }
  /** Self time by function while typing the query again, under the CDP Profiler. */
  readonly typingProfile: readonly ProfileEntry[]
  /** Self time by function during a second burst (the same claims, now "confirmed"), profiled. */
  readonly remoteProfile: readonly ProfileEntry[]
}

const summary = (values: readonly number[]): TimingSummary => {
  const sorted = [...values].sort((a, b) => a - b)
  return {
    medianMs: median(sorted),
    p95Ms: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? Number.NaN,
    maxMs: sorted.at(-1) ?? Number.NaN,
  }
}

const probeScript = async (): Promise<string> => {
  const built = await build({
    entryPoints: [fileURLToPath(new URL('./page/renderer-probe.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    logLevel: 'silent',
  })
  return built.outputFiles[0]!.text
}

const probe = (page: Page): Promise<RendererProbe> =>
  page.evaluate(() => (globalThis as unknown as RendererProbeWindow).__rendererProbe)

/** The page's document, as far as these checks need it (this file compiles without DOM types). */
interface PageGlobal {
  document: { querySelector(selector: string): { textContent: string | null } | null }
}

/** Waits until `selector`'s text in the page is `text`, checked every frame. */
const waitForText = (
  page: Page,
  selector: string,
  text: string,
  timeout = 60_000,
): Promise<unknown> =>
  page.waitForFunction(
    ([where, want]) =>
      (globalThis as unknown as PageGlobal).document.querySelector(where)?.textContent === want,
    [selector, text] as const,
    { timeout, polling: 'raf' },
  )

const waitForCount = (page: Page, text: string, timeout = 60_000): Promise<unknown> =>
  waitForText(page, '.list-count', text, timeout)

const waitForInputs = (page: Page, count: number): Promise<unknown> =>
  page.waitForFunction(
    (want) => (globalThis as unknown as RendererProbeWindow).__rendererProbe.inputs.length >= want,
    count,
    { timeout: 30_000 },
  )

/** A library on disk holding one dossier of `size` claims as imported; its id and state size. */
const libraryWith = async (dir: string, size: number, signer: Signer) => {
  const dossier = buildImportedDossier(size, signer)
  const id = dossier.meta().id
  const state = Y.encodeStateAsUpdate(dossier.doc)
  dossier.destroy()
  const library = await Library.open(dir)
  await library.add((doc) => {
    Y.applyUpdate(doc, state)
    return Dossier.open(doc)
  })
  await library.close()
  return { id, stateBytes: state.length }
}

/** A replica that is a ClientSession over the host's socket, as the CLI and other tabs are. */
const replicaOf = async (syncUrl: string, id: string, token: string) => {
  const socket = new WebSocket(`${syncUrl}/${encodeURIComponent(id)}?token=${token}`)
  socket.binaryType = 'arraybuffer'
  const doc = new Y.Doc()
  let synced!: () => void
  const done = new Promise<void>((resolve) => (synced = resolve))
  const session = new ClientSession({
    doc,
    send: (bytes) => socket.send(bytes),
    onSynced: () => synced(),
    onProtocolError: (reason) => socket.close(1008, reason.slice(0, 100)),
  })
  socket.on('message', (data: ArrayBuffer) => session.receive(new Uint8Array(data)))
  socket.on('close', () => session.disconnected())
  socket.on('error', () => undefined)
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('error', reject)
  })
  session.start()
  await done
  return {
    doc,
    close: () => {
      session.destroy()
      socket.terminate()
      doc.destroy()
    },
  }
}

interface Reload {
  readonly frameMs: number | null
  readonly rowInDomMs: number | null
  readonly fcpMs: number | null
  readonly fullListMs: number | null
  /** The frame that first showed the first screen's rows (null: none drawn). */
  readonly firstScreenFrameMs: number | null
  /** Navigation start to each of the app's `vdesk:` performance marks. */
  readonly phases: Readonly<Record<string, number>>
}

/**
 * Reloads; now and then Chromium answers a reload with "Not attached to an active page" (the
 * previous document's target is being swapped), and the same address is then loaded afresh.
 */
const reload = async (page: Page): Promise<void> => {
  for (let attempt = 1; ; attempt++) {
    try {
      const address = page.url()
      await (attempt === 1
        ? page.reload({ waitUntil: 'commit' })
        : page.goto(address, { waitUntil: 'commit' }))
      return
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('Not attached')) throw error
      await page.waitForTimeout(500)
    }
  }
}

const reloadOnce = async (page: Page, full: string | null): Promise<Reload> => {
  await reload(page)
  const shown = await page
    .waitForFunction(
      () => (globalThis as unknown as RendererProbeWindow).__rendererProbe?.firstRowFrameMs != null,
      undefined,
      { timeout: full === null ? 10_000 : 60_000 },
    )
    .then(
      () => true,
      () => false,
    )
  let fullListMs: number | null = null
  if (full !== null) {
    await waitForCount(page, full)
    fullListMs = await page.evaluate(() => performance.now())
  }
  const seen = await probe(page)
  const phases = await page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((mark) => mark.name.startsWith('vdesk:'))
        .map((mark) => [mark.name.slice('vdesk:'.length), mark.startTime]),
    ),
  )
  return {
    phases,
    frameMs: shown ? seen.firstRowFrameMs : null,
    firstScreenFrameMs: seen.firstScreenFrameMs,
    rowInDomMs: seen.firstRowMs,
    fcpMs: seen.firstContentfulPaintMs,
    fullListMs,
  }
}

/** Self time per function from a CDP profile, largest first. */
const selfTimes = (profile: {
  nodes: {
    id: number
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  }[]
  samples?: number[]
  timeDeltas?: number[]
}): ProfileEntry[] => {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]))
  const totals = new Map<string, ProfileEntry>()
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  samples.forEach((id, index) => {
    const frame = byNode.get(id)?.callFrame
    if (frame === undefined) return
    const file = frame.url === '' ? '' : frame.url.slice(frame.url.lastIndexOf('/') + 1)
    const where = file === '' ? '' : `${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`
    const fn = frame.functionName === '' ? '(anonymous)' : frame.functionName
    const key = `${fn} ${where}`
    const before = totals.get(key)?.selfMs ?? 0
    totals.set(key, { fn, where, selfMs: before + (deltas[index + 1] ?? 0) / 1000 })
  })
  return [...totals.values()].sort((a, b) => b.selfMs - a.selfMs)
}

const typeQuery = async (page: Page, query: string): Promise<InputTiming[]> => {
  const search = page.getByLabel('Search claims')
  await search.focus()
  const from = (await probe(page)).inputs.length
  for (const [index, char] of [...query].entries()) {
    await page.keyboard.type(char)
    await waitForInputs(page, from + index + 1)
  }
  const timings = (await probe(page)).inputs.slice(from)
  await search.fill('')
  await waitForInputs(page, from + query.length + 1)
  return timings
}

const measureFirstPaint = async (
  context: BrowserContext,
  page: Page,
  address: string,
  full: string,
): Promise<RendererBenchResult['firstPaint']> => {
  await reloadOnce(page, full)
  const reloads: Reload[] = []
  for (let run = 0; run < RELOADS; run++) reloads.push(await reloadOnce(page, full))
  // The same reloads with the host's socket held silent: only the IndexedDB copy can paint.
  const cachePage = await context.newPage()
  await cachePage.routeWebSocket(/\/sync/, () => undefined)
  await cachePage.goto(address, { waitUntil: 'commit' })
  const cached: Reload[] = []
  for (let run = 0; run < 3; run++) cached.push(await reloadOnce(cachePage, null))
  await cachePage.close()
  const liveFrameMs = reloads.map((reload) => reload.frameMs ?? Number.NaN)
  const firstScreenFrameMs = reloads.map((reload) => reload.firstScreenFrameMs ?? Number.NaN)
  // The first rows on screen, whichever drew them (a live row missing stays missing).
  const frameMs = reloads.map((reload, index) =>
    Math.min(liveFrameMs[index]!, reload.firstScreenFrameMs ?? Number.POSITIVE_INFINITY),
  )
  const cachedMs = cached.flatMap((reload) => (reload.frameMs === null ? [] : [reload.frameMs]))
  return {
    frameMs,
    liveFrameMs,
    firstScreenFrameMs,
    rowInDomMs: reloads.map((reload) => reload.rowInDomMs ?? Number.NaN),
    firstContentfulPaintMs: reloads.map((reload) => reload.fcpMs ?? Number.NaN),
    fullListMs: reloads.map((reload) => reload.fullListMs ?? Number.NaN),
    medianMs: median(frameMs),
    liveMedianMs: median(liveFrameMs),
    phasesMs: Object.fromEntries(
      Object.keys(reloads[0]?.phases ?? {}).map((phase) => [
        phase,
        median(reloads.map((reload) => reload.phases[phase] ?? Number.NaN)),
      ]),
    ),
    cacheOnly: {
      frameMs: cachedMs,
      medianMs: cachedMs.length === 0 ? Number.NaN : median(cachedMs),
      noRow: cached.length - cachedMs.length,
    },
  }
}

const measureRemote = async (
  page: Page,
  serve: { syncUrl: string; token: string },
  id: string,
  signer: Signer,
  status: 'disputed' | 'confirmed' = 'disputed',
): Promise<RendererBenchResult['remote']> => {
  const replica = await replicaOf(serve.syncUrl, id, serve.token)
  try {
    const dossier = Dossier.open(replica.doc)
    const claims = dossier.claims()
    const step = Math.max(1, Math.floor(claims.length / REMOTE_DECISIONS))
    const chosen = claims.filter((_, index) => index % step === 0).slice(0, REMOTE_DECISIONS)
    const counted = `.count-${status} .count-number`
    const want =
      Number(await page.locator(counted).textContent()) +
      chosen.filter((claim) => claim.label !== status).length
    // Tasks already recorded (and the page's clock) before the first decision leaves.
    const before = await page.evaluate(() => performance.now())
    const started = performance.now()
    for (const [index, claim] of chosen.entries()) {
      dossier.decide(claim.id, { status, rationale: 'Figures differ.' }, signer)
      if (index % REMOTE_BATCH === REMOTE_BATCH - 1)
        await new Promise((resolve) => setImmediate(resolve))
    }
    const sendMs = performance.now() - started
    await waitForText(page, counted, String(want), 120_000)
    const shownMs = performance.now() - started
    // Long tasks are reported once they end: a second more to hear the last ones.
    await page.waitForTimeout(1_000)
    const longTasks = (await probe(page)).longTasks.filter((task) => task.startMs >= before)
    return {
      decisions: chosen.length,
      sendMs,
      shownMs,
      longTasks,
      longestMs: Math.max(0, ...longTasks.map((task) => task.durationMs)),
    }
  } finally {
    replica.close()
  }
}

/**
 * The same keystrokes into a bare search field in the same browser, with no app behind it: what
 * "input to next frame" is made of before any app work (the input's delivery to the page and the
 * wait for the next frame, which at 60 Hz is up to 16.7 ms whatever the page does).
 */
const measureBareInput = async (context: BrowserContext) => {
  const page = await context.newPage()
  try {
    await page.route('http://bare-input.invalid/', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>bare</title><input type="search" aria-label="Search claims">',
      }),
    )
    await page.goto('http://bare-input.invalid/')
    await typeQuery(page, 'x')
    const keystrokes = await typeQuery(page, QUERY)
    return { frame: summary(keystrokes.map((input) => input.frameMs)) }
  } finally {
    await page.close()
  }
}

const measureFilters = async (page: Page) => {
  // Warm up: one character typed and taken back.
  await typeQuery(page, 'x')
  const keystrokes = await typeQuery(page, QUERY)
  const status = page.getByLabel('Status', { exact: true })
  const from = (await probe(page)).inputs.length
  for (const [index, value] of STATUS_STEPS.entries()) {
    await status.selectOption(value)
    await waitForInputs(page, from + index + 1)
  }
  const changes = (await probe(page)).inputs.slice(from)
  return {
    typing: {
      query: QUERY,
      keystrokes,
      frame: summary(keystrokes.map((input) => input.frameMs)),
      handler: summary(keystrokes.map((input) => input.handlerMs)),
      processing: summary(keystrokes.map((input) => input.processingMs)),
    },
    statusFilter: {
      changes,
      frame: summary(changes.map((input) => input.frameMs)),
      handler: summary(changes.map((input) => input.handlerMs)),
      processing: summary(changes.map((input) => input.processingMs)),
    },
  }
}

/** Self time per function in the page while `run` runs, under the CDP Profiler. */
const profiled = async (
  context: BrowserContext,
  page: Page,
  run: () => Promise<unknown>,
): Promise<ProfileEntry[]> => {
  const cdp = await context.newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  await cdp.send('Profiler.start')
  await run()
  const { profile } = await cdp.send('Profiler.stop')
  await cdp.detach()
  return selfTimes(profile).slice(0, 15)
}

const profileTyping = (context: BrowserContext, page: Page): Promise<ProfileEntry[]> =>
  profiled(context, page, () => typeQuery(page, QUERY))

/** Whether the served bundle is React's development build (a build made with NODE_ENV=test). */
const isDevelopmentBuild = (): boolean => {
  const assets = path.join(RENDERER_DIR, 'assets')
  return readdirSync(assets).some(
    (name) =>
      name.endsWith('.js') &&
      readFileSync(path.join(assets, name), 'utf8').includes('react-dom.development'),
  )
}

/** Null when there is no Chromium to run it in (see rendererSkipReason). */
export const measureRenderer = async (
  size: number,
  signer: Signer,
): Promise<RendererBenchResult | null> => {
  if (!hasChromium()) return null
  // Production React: a build left by an older version of the test helpers (React's development
  // build, made under vitest) carries no production mark and is built again.
  await ensureBuiltApp()
  const before = isDevelopmentBuild()
  const root = await mkdtemp(path.join(tmpdir(), 'vd-renderer-bench-'))
  const { id, stateBytes } = await libraryWith(path.join(root, 'data'), size, signer)
  const serve = await startServe({ dataDir: path.join(root, 'data') })
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    await context.addInitScript({ content: await probeScript() })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(serve.url)
    await page.locator('.dossier-link').first().click()
    const full = `${size} claims`
    await waitForCount(page, full)
    // The page keeps its copy in IndexedDB as it arrives: give the write time to land.
    await page.waitForTimeout(2_000)
    const address = page.url()
    const firstPaint = await measureFirstPaint(context, page, address, full)
    const remote = await measureRemote(page, serve, id, signer)
    const { typing, statusFilter } = await measureFilters(page)
    const bareInput = await measureBareInput(context)
    const typingProfile = await profileTyping(context, page)
    const remoteProfile = await profiled(context, page, () =>
      measureRemote(page, serve, id, signer, 'confirmed'),
    )
    if (errors.length > 0) console.warn(`  renderer bench: page errors: ${errors.join('; ')}`)
    const reactDevelopmentBuild = { before, after: isDevelopmentBuild() }
    return {
      claims: size,
      reactDevelopmentBuild,
      stateBytes,
      firstPaint,
      typing,
      bareInput,
      statusFilter,
      remote,
      typingProfile,
      remoteProfile,
    }
  } finally {
    await browser.close()
    await serve.stop('SIGTERM')
    await killServes()
    await rm(root, { recursive: true, force: true })
  }
}

const verdict = (met: boolean): string => (met ? 'met' : 'MISSED')

export const rendererLines = (result: RendererBenchResult | null): string[] => {
  if (result === null) return [`Renderer: SKIPPED (${rendererSkipReason()})`]
  const { firstPaint, typing, statusFilter, remote } = result
  const list = (values: readonly number[]): string =>
    values.map((value) => value.toFixed(0)).join(', ')
  const lines = [
    `Renderer (Chromium, dossier serve, ${result.claims.toLocaleString('en')} claims as imported, ${(result.stateBytes / 1e6).toFixed(1)} MB; React ${result.reactDevelopmentBuild.before || result.reactDevelopmentBuild.after ? 'DEVELOPMENT build served' : 'production build'})`,
    `  first claim rows after reloading a cached dossier (the first screen or the live list, whichever first): ${ms(firstPaint.medianMs)} median (target ≤ 300 ms) ${verdict(firstPaint.medianMs <= 300)}; runs ${list(firstPaint.frameMs)} ms (first screen ${list(firstPaint.firstScreenFrameMs)} ms)`,
    `  the live list's first row (copy loaded, heads checked): ${ms(firstPaint.liveMedianMs)} median; runs ${list(firstPaint.liveFrameMs)} ms; FCP ${ms(median(firstPaint.firstContentfulPaintMs))}; every claim listed ${ms(median(firstPaint.fullListMs))}`,
    `  where the time to the first row goes (medians from navigation start): ${Object.entries(
      firstPaint.phasesMs,
    )
      .map(([phase, at]) => `${phase} ${ms(at)}`)
      .join(', ')}`,
    `  the same with the host's socket held silent (cache alone): ${firstPaint.cacheOnly.frameMs.length === 0 ? 'no row' : ms(firstPaint.cacheOnly.medianMs)}${firstPaint.cacheOnly.noRow > 0 ? ` (${firstPaint.cacheOnly.noRow} reloads showed no row in 10 s)` : ''}`,
    `  typing "${typing.query}" (${typing.keystrokes.length} keystrokes), the app's work per keystroke (dispatch, render and commit): median ${ms(typing.processing.medianMs)}, p95 ${ms(typing.processing.p95Ms)} (target ≤ 16 ms, one frame) ${verdict(typing.processing.p95Ms <= 16)}`,
    `    input to next frame: median ${ms(typing.frame.medianMs)}, p95 ${ms(typing.frame.p95Ms)}, max ${ms(typing.frame.maxMs)}; a bare search field in the same browser: median ${ms(result.bareInput.frame.medianMs)}, p95 ${ms(result.bareInput.frame.p95Ms)} (delivery and the wait for a frame, no app); handler and commit to the next task: median ${ms(typing.handler.medianMs)}, p95 ${ms(typing.handler.p95Ms)}`,
    `  status filter (${statusFilter.changes.length} changes), the app's work per change: median ${ms(statusFilter.processing.medianMs)}, max ${ms(statusFilter.processing.maxMs)} (target ≤ 16 ms) ${verdict(statusFilter.processing.maxMs <= 16)}; change to next frame: median ${ms(statusFilter.frame.medianMs)}, max ${ms(statusFilter.frame.maxMs)}; handler alone median ${ms(statusFilter.handler.medianMs)}, max ${ms(statusFilter.handler.maxMs)}`,
    `  ${remote.decisions.toLocaleString('en')} remote status changes (sent in ${ms(remote.sendMs)}, all shown after ${ms(remote.shownMs)}): tasks over 50 ms ${remote.longTasks.length}, longest ${ms(remote.longestMs)} (target none) ${verdict(remote.longTasks.length === 0)}`,
  ]
  const profiles = [
    ['typing', result.typingProfile],
    ['a second burst of remote changes', result.remoteProfile],
  ] as const
  for (const [what, profile] of profiles) {
    const top = profile.filter((entry) => entry.fn !== '(idle)').slice(0, 6)
    if (top.length > 0)
      lines.push(
        `  ${what}, self time (CDP profile): ${top.map((entry) => `${entry.fn} ${ms(entry.selfMs)}`).join(', ')}`,
      )
  }
  return lines
}

/** `node --import tsx test/bench/bench-renderer.ts [claims]`: this section alone. */
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const size = Number(process.argv[2] ?? 10_000)
  const signer = signerFromKey(createDeviceKey('Benchmark editor'))
  console.log(`Renderer bench, ${size.toLocaleString('en')} claims`)
  const result = await measureRenderer(size, signer)
  console.log(rendererLines(result).join('\n'))
  if (result !== null && process.argv.includes('--json'))
    console.log(JSON.stringify(result, null, 2))
}
