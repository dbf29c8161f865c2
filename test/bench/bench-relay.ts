import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { performance } from 'node:perf_hooks'
import { HocuspocusProvider } from '@hocuspocus/provider'
import { Server } from '@hocuspocus/server'
import { WebsocketProvider } from 'y-websocket'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { Library } from '../../src/main/host/library/library'
import { RelayLinks } from '../../src/main/host/relay'
import type { SealingContext } from '../../src/main/host/relay/epoch-keys'
import { libraryDocProvider } from '../../src/main/host/serve/library-doc-provider'
import { SyncHub } from '../../src/main/host/sync'
import { Dossier } from '../../src/shared/dossier'
import { createDeviceKey } from '../../src/shared/identity'
import { fetchFromRelay, syncFromRelay } from '../../src/main/host/relay/relay-fetch'
import { dialHocuspocus } from '../../src/main/host/relay/hocuspocus-socket'
import { dialRelay } from '../../src/main/host/relay/relay-socket'
import type { RelayProtocol, RelaySettings } from '../../src/shared/relay'
import type { Signer } from '../../src/shared/identity'
import { launchYWebsocketServer } from '../host/relay/support/y-websocket-process'
import { holds } from './bench-lan'
import { buildImportedDossier } from './fixtures'
import { ms } from './format'
import { collect, summarize } from './measure'
import type { Timing } from './measure'

/**
 * The relay section of `npm run bench`: a new member fetching a 10,000-claim dossier (as
 * imported) from each engine in plain mode (`dossier relay ID URL --plain` on an empty library:
 * sync, check, store on disk), against a plain Yjs client of the same engine syncing the same
 * state from the same server in the same run (y-websocket's provider, Hocuspocus' provider).
 */

export interface RelayEngineResult {
  readonly protocol: RelayProtocol
  /** Our host's sync with the room, in memory: what the plain client does. */
  readonly ours: Timing
  readonly plainClient: Timing
  readonly ratio: number
  /** The whole fetch of a new member: sync, check, index and store on disk (fsynced). */
  readonly stored: Timing
}

export interface SealedResult {
  readonly protocol: RelayProtocol
  /** A member host that held the dossier as created catching up through the sealed room. */
  readonly sealed: Timing
  /** The engine's own client syncing the same dossier from a plain room of the same server. */
  readonly plainClient: Timing
  readonly ratio: number
}

export interface RelayBenchResult {
  readonly claims: number
  readonly stateBytes: number
  readonly engines: readonly RelayEngineResult[]
  readonly sealed: readonly SealedResult[]
}

/** A host as `dossier serve` assembles one: its library, its hub, its relay links. */
const benchHost = async (dossierId: string, state: Uint8Array) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'vd-relay-bench-'))
  const library = await Library.open(dir)
  await library.add((doc) => {
    Y.applyUpdate(doc, state)
    return Dossier.open(doc)
  })
  const hub = new SyncHub({ docs: libraryDocProvider(library, () => undefined) })
  const handle = await library.open(dossierId)
  const relays = await RelayLinks.start({
    library,
    connect: (transport, options) => hub.connect(transport, options),
    sealing: () => SEALING,
  })
  return {
    doc: handle.doc,
    relays,
    close: async () => {
      relays.close()
      await hub.close()
      await handle.close()
      await library.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
}

/** One session secret and one device for the bench's hosts; membership is not what is measured. */
const BENCH_KEY = createDeviceKey('Bench member')
const SEALING: SealingContext = {
  sessionSecret: new Uint8Array(32).fill(7),
  deviceKey: BENCH_KEY,
  isMember: () => true,
  isEditor: () => true,
  members: () => [BENCH_KEY.publicKey],
  removed: () => [],
}

const measureSealed = async (
  protocol: RelayProtocol,
  dossierId: string,
  early: Uint8Array,
  state: Uint8Array,
  runs: number,
): Promise<SealedResult> => {
  const engine = protocol === 'y-websocket' ? await yWebsocketEngine() : await hocuspocusEngine()
  const settings: RelaySettings = { url: engine.url, protocol, mode: 'sealed' }
  const seeder = await benchHost(dossierId, state)
  const target = Y.encodeStateVector(seeder.doc)
  try {
    // The seeder seals the whole dossier into the room and stays, as a member's host would.
    await seeder.relays.set(dossierId, settings)
    const plainSeed = new Y.Doc()
    Y.applyUpdate(plainSeed, state)
    const stopSeed = await plainSync(protocol, engine.url, dossierId, plainSeed)
    const once = async (): Promise<number> => {
      const member = await benchHost(dossierId, early)
      const started = performance.now()
      await member.relays.set(dossierId, settings)
      await holds(member.doc, target)
      const elapsed = performance.now() - started
      await member.close()
      return elapsed
    }
    const [sealed, plain] = await alternate(runs, [
      once,
      () => plainOnce(protocol, engine.url, dossierId),
    ])
    stopSeed()
    return {
      protocol,
      sealed: sealed!,
      plainClient: plain!,
      ratio: sealed!.medianMs / plain!.medianMs,
    }
  } finally {
    await seeder.close()
    await engine.stop()
  }
}

interface Engine {
  readonly url: string
  stop(): Promise<void>
}

const yWebsocketEngine = async (): Promise<Engine> => launchYWebsocketServer()

const hocuspocusEngine = async (): Promise<Engine> => {
  const server = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: false })
  await server.listen()
  return { url: `ws://127.0.0.1:${server.address.port}`, stop: () => server.destroy() }
}

/** A plain client of the engine: resolves once `doc` is synced with the room, then disconnects. */
const plainSync = (
  protocol: RelayProtocol,
  url: string,
  room: string,
  doc: Y.Doc,
): Promise<() => void> =>
  new Promise((resolve) => {
    if (protocol === 'y-websocket') {
      // No BroadcastChannel: in one process, the seeding client would otherwise hand every
      // measured client the whole dossier a second time, besides the server's copy.
      const provider = new WebsocketProvider(url, room, doc, {
        WebSocketPolyfill: WebSocket as never,
        disableBc: true,
      })
      provider.on('sync', (synced: boolean) => synced && resolve(() => provider.destroy()))
    } else {
      const provider = new HocuspocusProvider({
        url,
        name: room,
        document: doc,
        WebSocketPolyfill: WebSocket,
        onSynced: ({ state }) => state && resolve(() => provider.destroy()),
      } as ConstructorParameters<typeof HocuspocusProvider>[0])
    }
  })

const dialOf = (settings: RelaySettings) =>
  settings.protocol === 'hocuspocus' ? dialHocuspocus : dialRelay

const syncOnce = async (settings: RelaySettings, room: string): Promise<number> => {
  const started = performance.now()
  const doc = await syncFromRelay(settings, room, dialOf(settings))
  const elapsed = performance.now() - started
  doc.destroy()
  return elapsed
}

const storedOnce = async (settings: RelaySettings, room: string): Promise<number> => {
  const dir = await mkdtemp(path.join(tmpdir(), 'vd-relay-bench-'))
  const library = await Library.open(dir)
  const started = performance.now()
  await fetchFromRelay(library, settings, room, dialOf(settings))
  const elapsed = performance.now() - started
  await library.close()
  await rm(dir, { recursive: true, force: true })
  return elapsed
}

const plainOnce = async (protocol: RelayProtocol, url: string, room: string): Promise<number> => {
  const doc = new Y.Doc()
  const started = performance.now()
  const stop = await plainSync(protocol, url, room, doc)
  const elapsed = performance.now() - started
  stop()
  doc.destroy()
  return elapsed
}

/**
 * Each measure once to warm up, then `runs` rounds of all of them in turn, so that every measure
 * sees the same machine, each after two full collections (as every timed run of the bench), so
 * that no measure pays for the garbage the one before it left; their timings, in order.
 */
const alternate = async (
  runs: number,
  measures: readonly (() => Promise<number>)[],
): Promise<Timing[]> => {
  for (const measure of measures) await measure()
  const times = measures.map((): number[] => [])
  for (let run = 0; run < runs; run++)
    for (const [index, measure] of measures.entries()) {
      collect()
      times[index]!.push(await measure())
    }
  return times.map(summarize)
}

const measureEngine = async (
  protocol: RelayProtocol,
  room: string,
  state: Uint8Array,
  runs: number,
): Promise<RelayEngineResult> => {
  const engine = protocol === 'y-websocket' ? await yWebsocketEngine() : await hocuspocusEngine()
  try {
    // The room is seeded by a client that stays connected, as a member's host would.
    const seed = new Y.Doc()
    Y.applyUpdate(seed, state)
    const stopSeed = await plainSync(protocol, engine.url, room, seed)
    const settings: RelaySettings = { url: engine.url, protocol, mode: 'plain' }
    const [ours, plain, stored] = await alternate(runs, [
      () => syncOnce(settings, room),
      () => plainOnce(protocol, engine.url, room),
      () => storedOnce(settings, room),
    ])
    stopSeed()
    return {
      protocol,
      ours: ours!,
      plainClient: plain!,
      ratio: ours!.medianMs / plain!.medianMs,
      stored: stored!,
    }
  } finally {
    await engine.stop()
  }
}

export const measureRelay = async (
  size: number,
  signer: Signer,
  runs: number,
): Promise<RelayBenchResult> => {
  let early: Uint8Array = new Uint8Array()
  const dossier = buildImportedDossier(size, signer, (start) => (early = start))
  const room = dossier.meta().id
  const state = Y.encodeStateAsUpdate(dossier.doc)
  dossier.destroy()
  const engines: RelayEngineResult[] = []
  const sealed: SealedResult[] = []
  for (const protocol of ['y-websocket', 'hocuspocus'] as const) {
    engines.push(await measureEngine(protocol, room, state, runs))
    sealed.push(await measureSealed(protocol, room, early, state, runs))
  }
  return { claims: size, stateBytes: state.length, engines, sealed }
}

export const relayLines = (result: RelayBenchResult): string[] => [
  `Relay (${result.claims.toLocaleString('en')} claims as imported, ${(result.stateBytes / 1e6).toFixed(1)} MB; a new member syncing it)`,
  ...result.engines.map(
    (engine) =>
      `  ${engine.protocol.padEnd(12)} sync ${ms(engine.ours.medianMs)} vs a plain client ${ms(engine.plainClient.medianMs)}: ${engine.ratio.toFixed(2)}× (target ≤ 1.2×) ${engine.ratio <= 1.2 ? 'met' : 'MISSED'}; with checking and storing it: ${ms(engine.stored.medianMs)}`,
  ),
  ...result.sealed.map(
    (engine) =>
      `  ${engine.protocol.padEnd(12)} sealed: a member catching up ${ms(engine.sealed.medianMs)} vs a plain client ${ms(engine.plainClient.medianMs)}: ${engine.ratio.toFixed(2)}× (target ≤ 2×) ${engine.ratio <= 2 ? 'met' : 'MISSED'}`,
  ),
]
