import 'fake-indexeddb/auto'
import { randomBytes } from 'node:crypto'
import NodeWebSocket from 'ws'
import { createSampleDossier } from '../../../src/shared/sample/sample-dossier'
import { DossierReplica } from '../../../src/renderer/sync/dossier-replica'
import type { DossierReplicaOptions } from '../../../src/renderer/sync/dossier-replica'
import type { LinkStateKind } from '../../../src/shared/session'
import type { Dialer } from '../../../src/shared/transport'
import { webSocketDialer } from '../../../src/renderer/sync/websocket-dialer'
import { Dossier } from '../../../src/shared/dossier'
import * as Y from 'yjs'
import { alice, bob, carol } from '../../support/dossier-fixtures'
import { startDeskHost } from '../../support/desk-host'
import type { DeskHost } from '../../support/desk-host'
import { MemoryLibrary } from '../../support/memory-library'
import { onCleanup } from '../../support/cleanup'
import { eventually } from '../../support/eventually'

export { eventually, onCleanup }

/** Retries come quickly in tests; the schedule itself is tested on its own. */
export const FAST_BACKOFF = { baseMs: 40, capMs: 200 }

export interface TestHost {
  readonly library: MemoryLibrary
  readonly dossierId: string
  readonly token: string
  current: DeskHost
  /** A WebSocket dialer to the host's origin, with `ws` standing in for the browser's WebSocket. */
  dialer(token?: string): Dialer
  /** Stops the host (every connection dropped). */
  stop(): Promise<void>
  /** Starts a new hub on the same port over the same library: a host that restarted. */
  restart(): Promise<void>
}

export const startTestHost = async (
  options: { readonly acquireDelayMs?: number } = {},
): Promise<TestHost> => {
  const library = new MemoryLibrary(carol, options)
  const dossierId = library.add(createSampleDossier(new Y.Doc(), { editor: alice, colleague: bob }))
  const token = randomBytes(16).toString('hex')
  const start = (port?: number) =>
    startDeskHost({
      docs: library,
      rpc: library.rpc,
      token,
      ...(port === undefined ? {} : { port }),
    })
  const host: TestHost = {
    library,
    dossierId,
    token,
    current: await start(),
    dialer: (given = token) =>
      webSocketDialer({
        origin: host.current.url,
        token: given,
        WebSocket: NodeWebSocket,
      }),
    stop: () => host.current.stop(),
    restart: async () => {
      await host.current.stop()
      host.current = await start(host.current.port)
    },
  }
  onCleanup(() => host.current.stop())
  return host
}

let databases = 0

/** A cache name no other test uses (fake-indexeddb lives as long as the test file). */
export const freshCacheName = (): string => `vdesk:test:${process.pid}:${++databases}`

export const openReplica = async (
  options: Partial<DossierReplicaOptions> & Pick<DossierReplicaOptions, 'dossierId' | 'dialer'>,
): Promise<DossierReplica> => {
  const replica = await DossierReplica.open({
    cacheName: freshCacheName(),
    backoff: FAST_BACKOFF,
    ...options,
  })
  onCleanup(() => replica.close())
  return replica
}

export const waitForLink = (replica: DossierReplica, kind: LinkStateKind, timeoutMs = 5000) =>
  eventually(() => {
    if (replica.status.link.kind !== kind) {
      throw new Error(`link is ${replica.status.link.kind}, waiting for ${kind}`)
    }
  }, timeoutMs)

/** What an editor sees of a dossier: comparable across replicas. */
export const viewOf = (doc: Y.Doc) => {
  const dossier = Dossier.open(doc)
  return {
    meta: dossier.meta(),
    source: dossier.sourceText(),
    counts: dossier.counts(),
    claims: dossier.claims().map((claim) => ({
      id: claim.id,
      text: claim.text,
      label: claim.label,
      decisions: claim.decisionCount,
      comments: claim.commentCount,
    })),
  }
}
