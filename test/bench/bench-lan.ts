import { randomBytes } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import WebSocket from 'ws'
import * as Y from 'yjs'
import {
  admitInvitesAndMembers,
  dialLan,
  pairSecret,
  startLanListener,
} from '../../src/main/host/lan'
import type { LanListener } from '../../src/main/host/lan'
import { SyncHub, createWsSyncServer } from '../../src/main/host/sync'
import type { DocLease, DocProvider } from '../../src/main/host/sync'
import { UnknownDossierError } from '../../src/main/host/sync/doc-provider'
import { signDecision } from '../../src/shared/dossier/verify'
import { createDeviceKey, signerFromKey } from '../../src/shared/identity'
import type { DeviceKeyFile, Signer } from '../../src/shared/identity'
import { PEER_HOST_LIMITS } from '../../src/shared/protocol'
import { webSocketTransport } from '../../src/shared/transport'
import type { Transport } from '../../src/shared/transport'
import { buildDossier, buildImportedDossier } from './fixtures'
import { ms } from './format'
import { summarize } from './measure'
import type { Timing } from './measure'

/**
 * The LAN section of `npm run bench`: hosts as the app runs them (a SyncHub per host, hub to hub),
 * on loopback. Full sync of a dossier to a new member through the encrypted LAN channel against the
 * same sync over a plain WebSocket in the same run; and how long one status change takes to reach
 * two other hosts of a three-host mesh, over a burst of changes.
 */

export interface FullSyncResult {
  readonly stateBytes: number
  readonly lan: Timing
  readonly plain: Timing
  readonly ratio: number
}

export interface LanBenchResult {
  readonly claims: number
  readonly stateBytes: number
  /** The worked dossier: every claim with three pieces of evidence and two decisions. */
  readonly fullSync: FullSyncResult
  /** The same claims as just imported: nothing decided yet. */
  readonly fullSyncImported: FullSyncResult
  readonly statusChange: {
    readonly changes: number
    readonly p50Ms: number
    readonly p99Ms: number
    readonly maxMs: number
  }
}

/** One dossier per host, held in memory: the store's fsync is the store section's business. */
class HostDocs implements DocProvider {
  constructor(
    private readonly id: string,
    readonly doc: Y.Doc,
  ) {}

  acquire(dossierId: string): Promise<DocLease> {
    if (dossierId !== this.id) return Promise.reject(new UnknownDossierError(dossierId))
    return Promise.resolve({ doc: this.doc, release: () => undefined })
  }
}

interface Host {
  readonly hub: SyncHub
  readonly doc: Y.Doc
  readonly key: DeviceKeyFile
  close(): Promise<void>
}

const host = (dossierId: string, state: Uint8Array | null): Host => {
  const doc = new Y.Doc()
  if (state !== null) Y.applyUpdate(doc, state)
  const hub = new SyncHub({ docs: new HostDocs(dossierId, doc) })
  return { hub, doc, key: createDeviceKey('Bench host'), close: () => hub.close() }
}

/** `from` dials `to` over the encrypted channel; both hand the link to their hub. */
const lanLink = async (
  from: Host,
  to: Host,
  dossierId: string,
): Promise<{ readonly listener: LanListener }> => {
  const session = randomBytes(32)
  // The pair secret each side derives on its own, as members' hosts do.
  const atListener = pairSecret(session, to.key, from.key.publicKey)
  const atDialer = pairSecret(session, from.key, to.key.publicKey)
  if (atListener === null || atDialer === null) throw new Error('no pair secret')
  const listener = await startLanListener({
    host: '127.0.0.1',
    deviceKey: to.key,
    candidates: () => [
      { dossierId, secret: atListener, grant: { kind: 'member', key: from.key.publicKey } },
    ],
    admit: admitInvitesAndMembers(() => true),
    onPeer: (peer) =>
      to.hub.connect(peer.transport, { dossierId, role: 'editor', limits: PEER_HOST_LIMITS }),
  })
  const dialed = await dialLan(listener.address, {
    dossierId,
    secret: atDialer,
    purpose: 'member',
    deviceKey: from.key,
  })
  if (!dialed.ok) throw new Error(`LAN dial failed: ${dialed.message}`)
  from.hub.connect(dialed.transport, { dossierId, role: 'editor', limits: PEER_HOST_LIMITS })
  return { listener }
}

/** `from` connects to `to`'s y-websocket endpoint, as another host would without the LAN channel. */
const plainLink = async (from: Host, to: Host, dossierId: string) => {
  const token = randomBytes(16).toString('hex')
  const server = await createWsSyncServer({ hub: to.hub, token })
  const socket = new WebSocket(`${server.url}/${dossierId}?token=${token}`)
  socket.binaryType = 'arraybuffer'
  const transport: Transport = webSocketTransport(socket)
  await new Promise<void>((resolve, reject) => {
    transport.onOpen(resolve)
    transport.onClose((close) => reject(new Error(`plain link closed: ${close.code}`)))
  })
  from.hub.connect(transport, { dossierId, role: 'editor', limits: PEER_HOST_LIMITS })
  return { server }
}

/** Resolves once `doc` holds everything `target` names. */
export const holds = (doc: Y.Doc, target: Uint8Array): Promise<void> =>
  new Promise((resolve) => {
    const wanted = Y.decodeStateVector(target)
    const complete = (): boolean => {
      const have = Y.decodeStateVector(Y.encodeStateVector(doc))
      for (const [client, clock] of wanted) if ((have.get(client) ?? 0) < clock) return false
      return true
    }
    if (complete()) return resolve()
    const check = (): void => {
      if (!complete()) return
      doc.off('update', check)
      resolve()
    }
    doc.on('update', check)
  })

const fullSyncOnce = async (
  kind: 'lan' | 'plain',
  dossierId: string,
  state: Uint8Array,
): Promise<number> => {
  const member = host(dossierId, state)
  const joiner = host(dossierId, null)
  const target = Y.encodeStateVector(member.doc)
  const started = performance.now()
  const link = kind === 'lan' ? await lanLink(joiner, member, dossierId) : null
  const plain = kind === 'plain' ? await plainLink(joiner, member, dossierId) : null
  await holds(joiner.doc, target)
  const elapsed = performance.now() - started
  await joiner.close()
  await member.close()
  await link?.listener.close()
  await plain?.server.close()
  return elapsed
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN

/** A three-host mesh; A decides, one change at a time; each time until B and C both have it. */
const statusChanges = async (
  dossierId: string,
  state: Uint8Array,
  changes: number,
): Promise<number[]> => {
  const [a, b, c] = [host(dossierId, state), host(dossierId, state), host(dossierId, state)]
  const links = [
    await lanLink(a, b, dossierId),
    await lanLink(a, c, dossierId),
    await lanLink(b, c, dossierId),
  ]
  const decisions = a.doc.getArray('decisions')
  // Signed beforehand: signing is the build section's cost, not the network's.
  const signer = signerFromKey(a.key)
  const entries = Array.from({ length: changes }, (_, i) =>
    signDecision(
      {
        id: `d_bench${i}`,
        claimId: 'c_bench',
        status: i % 2 === 0 ? 'confirmed' : 'disputed',
        rationale: 'Two hospital lists and the ministry figure agree on the count.',
        evidenceIds: [],
        supersedes: i === 0 ? [] : [`d_bench${i - 1}`],
        author: signer.publicKey,
        at: new Date(Date.UTC(2026, 10, 27, 12, 0, i)).toISOString(),
      },
      signer,
    ),
  )
  const latencies: number[] = []
  for (const entry of entries) {
    const arrived = Promise.all([
      holdsNext(b.doc, a.doc.clientID),
      holdsNext(c.doc, a.doc.clientID),
    ])
    const started = performance.now()
    decisions.insert(decisions.length, [entry])
    await arrived
    latencies.push(performance.now() - started)
  }
  for (const one of [a, b, c]) await one.close()
  for (const link of links) await link.listener.close()
  return latencies
}

/** Resolves when `doc` next receives a change from `client`. */
const holdsNext = (doc: Y.Doc, client: number): Promise<void> =>
  new Promise((resolve) => {
    const before = Y.getState(doc.store, client)
    const check = (): void => {
      if (Y.getState(doc.store, client) <= before) return
      doc.off('update', check)
      resolve()
    }
    doc.on('update', check)
  })

const measureFullSync = async (
  dossierId: string,
  state: Uint8Array,
  runs: number,
): Promise<FullSyncResult> => {
  // One warm-up of each, then alternate so that both see the same machine.
  await fullSyncOnce('lan', dossierId, state)
  await fullSyncOnce('plain', dossierId, state)
  const lan: number[] = []
  const plain: number[] = []
  for (let run = 0; run < runs; run++) {
    lan.push(await fullSyncOnce('lan', dossierId, state))
    plain.push(await fullSyncOnce('plain', dossierId, state))
  }
  const lanTiming = summarize(lan)
  const plainTiming = summarize(plain)
  return {
    stateBytes: state.length,
    lan: lanTiming,
    plain: plainTiming,
    ratio: lanTiming.medianMs / plainTiming.medianMs,
  }
}

export const measureLan = async (
  size: number,
  signer: Signer,
  runs: number,
  changes = 1000,
): Promise<LanBenchResult> => {
  const dossier = buildDossier(size, signer)
  const dossierId = dossier.meta().id
  const state = Y.encodeStateAsUpdate(dossier.doc)
  dossier.destroy()
  const imported = buildImportedDossier(size, signer)
  const importedState = Y.encodeStateAsUpdate(imported.doc)
  const importedId = imported.meta().id
  imported.destroy()
  const fullSync = await measureFullSync(dossierId, state, runs)
  const fullSyncImported = await measureFullSync(importedId, importedState, runs)
  const latencies = (await statusChanges(dossierId, state, changes)).sort((x, y) => x - y)
  return {
    claims: size,
    stateBytes: state.length,
    fullSync,
    fullSyncImported,
    statusChange: {
      changes,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      maxMs: latencies.at(-1) ?? Number.NaN,
    },
  }
}

const fullSyncLine = (label: string, result: FullSyncResult): string =>
  `  full sync, ${label} (${(result.stateBytes / 1e6).toFixed(1)} MB): encrypted ${ms(result.lan.medianMs)} vs plain WebSocket ${ms(result.plain.medianMs)}: ${result.ratio.toFixed(2)}× (target ≤ 1.3× and ≤ 1 s) ${result.ratio <= 1.3 && result.lan.medianMs <= 1000 ? 'met' : 'MISSED'}`

export const lanLines = (result: LanBenchResult): string[] => [
  `LAN (${result.claims.toLocaleString('en')} claims; hosts on loopback)`,
  fullSyncLine('worked dossier', result.fullSync),
  fullSyncLine('as imported', result.fullSyncImported),
  `  one status change to 2 hosts p50 ${ms(result.statusChange.p50Ms)} (target ≤ 2 ms), p99 ${ms(result.statusChange.p99Ms)} (target ≤ 10 ms), max ${ms(result.statusChange.maxMs)}, over ${result.statusChange.changes} changes`,
]
