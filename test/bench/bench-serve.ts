import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { performance } from 'node:perf_hooks'
import { WebsocketProvider } from 'y-websocket'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { ensureRendererBuilt } from '../../src/main/cli/renderer-bundle'
import { Library } from '../../src/main/host/library/library'
import { Dossier } from '../../src/shared/dossier'
import type { Signer } from '../../src/shared/identity'
import { launchYWebsocketServer } from '../host/relay/support/y-websocket-process'
import { killServes, startServe } from '../host/serve/support/serve-process'
import { buildImportedDossier } from './fixtures'
import { ms } from './format'
import { summarize } from './measure'
import type { Timing } from './measure'

/**
 * Serving (the performance issue's independent comparison): an unmodified y-websocket client
 * syncing a dossier, as imported, into a fresh document from `dossier serve` and from an
 * unmodified `@y/websocket-server` holding the same state (kept by a client that stays
 * connected), both started here as their own processes, each warmed up by one sync, then
 * alternated; and both processes' resident memory after.
 */
export interface ServeBenchResult {
  readonly claims: number
  readonly stateBytes: number
  readonly serve: Timing
  readonly server: Timing
  readonly ratio: number
  /** The first sync from each (serve opens the dossier from disk for it). */
  readonly firstMs: { readonly serve: number; readonly server: number }
  readonly rssBytes: { readonly serve: number; readonly server: number }
}

const rssOf = (pid: number): number => {
  const line = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return line === null ? Number.NaN : Number(line[1]) * 1024
}

/** A fresh document synced from `url`'s room `room`: resolves with the time it took. */
const syncOnce = (url: string, room: string, params: Record<string, string>): Promise<number> =>
  new Promise((resolve) => {
    const doc = new Y.Doc()
    const started = performance.now()
    const provider = new WebsocketProvider(url, room, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      params,
    })
    provider.on('sync', (synced: boolean) => {
      if (!synced) return
      const elapsed = performance.now() - started
      provider.destroy()
      doc.destroy()
      resolve(elapsed)
    })
  })

export const measureServe = async (
  size: number,
  signer: Signer,
  runs: number,
): Promise<ServeBenchResult> => {
  const dossier = buildImportedDossier(size, signer)
  const id = dossier.meta().id
  const state = Y.encodeStateAsUpdate(dossier.doc)
  dossier.destroy()
  const dir = await mkdtemp(path.join(tmpdir(), 'vd-serve-bench-'))
  const library = await Library.open(dir)
  await library.add((doc) => {
    Y.applyUpdate(doc, state)
    return Dossier.open(doc)
  })
  await library.close()
  // Built here when its sources changed: serve would build it in its own process, and Vite's
  // memory would count as serving's.
  await ensureRendererBuilt(() => undefined)
  const serve = await startServe({ dataDir: dir })
  const server = await launchYWebsocketServer()
  const seed = new Y.Doc()
  Y.applyUpdate(seed, state)
  const seeder = new WebsocketProvider(server.url, id, seed, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  try {
    await new Promise<void>((resolve) =>
      seeder.on('sync', (synced: boolean) => synced && resolve()),
    )
    const fromServe = () => syncOnce(serve.syncUrl, id, { token: serve.token })
    const fromServer = () => syncOnce(server.url, id, {})
    const firstMs = { serve: await fromServe(), server: await fromServer() }
    const times: [number[], number[]] = [[], []]
    for (let run = 0; run < runs; run++) {
      times[0].push(await fromServe())
      times[1].push(await fromServer())
    }
    const [ours, theirs] = times.map(summarize) as [Timing, Timing]
    return {
      claims: size,
      stateBytes: state.length,
      serve: ours,
      server: theirs,
      ratio: ours.medianMs / theirs.medianMs,
      firstMs,
      rssBytes: { serve: rssOf(serve.pid), server: rssOf(server.pid) },
    }
  } finally {
    seeder.destroy()
    seed.destroy()
    await serve.stop('SIGTERM')
    await killServes()
    await server.stop()
    await rm(dir, { recursive: true, force: true })
  }
}

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`

export const serveLines = (result: ServeBenchResult): string[] => {
  const rss = result.rssBytes.serve / result.rssBytes.server
  return [
    `Serving (${result.claims.toLocaleString('en')} claims as imported, ${(result.stateBytes / 1e6).toFixed(1)} MB; a y-websocket client syncing it)`,
    `  dossier serve ${ms(result.serve.medianMs)} vs @y/websocket-server ${ms(result.server.medianMs)}: ${result.ratio.toFixed(2)}× (target ≤ 1.1×) ${result.ratio <= 1.1 ? 'met' : 'MISSED'}`,
    `  first sync (serve opens the dossier from disk): ${ms(result.firstMs.serve)} vs ${ms(result.firstMs.server)}`,
    `  RSS after: dossier serve ${mb(result.rssBytes.serve)} vs @y/websocket-server ${mb(result.rssBytes.server)}: ${rss.toFixed(2)}× (target ≤ 1.5×) ${rss <= 1.5 ? 'met' : 'MISSED'}`,
  ]
}
