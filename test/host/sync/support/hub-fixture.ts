import { randomBytes } from 'node:crypto'
import { SyncHub, createWsSyncServer } from '../../../../src/main/host/sync'
import type { HubEvent, RpcHandler, WsSyncServer } from '../../../../src/main/host/sync'
import type { ConnectionLimits } from '../../../../src/shared/protocol'
import { newDossier } from '../../../support/dossier-fixtures'
import { onCleanup } from './cleanup'
import { MemoryDocs } from './memory-docs'

export interface HubFixture {
  readonly hub: SyncHub
  readonly docs: MemoryDocs
  readonly server: WsSyncServer
  readonly token: string
  readonly viewerToken: string
  readonly events: HubEvent[]
  /** A dossier the provider knows, created by the fixtures' signers. */
  readonly dossierId: string
}

export interface HubFixtureOptions {
  readonly docs?: MemoryDocs
  readonly limits?: ConnectionLimits
  readonly rpc?: RpcHandler
}

/** A hub with one dossier, on a WebSocket server on 127.0.0.1, torn down after the test. */
export const startHub = async (options: HubFixtureOptions = {}): Promise<HubFixture> => {
  const docs = options.docs ?? new MemoryDocs()
  const dossier = newDossier()
  const dossierId = dossier.meta().id
  docs.add(dossierId, dossier.doc)
  const events: HubEvent[] = []
  const hub = new SyncHub({
    docs,
    rpc: options.rpc,
    limits: options.limits,
    onEvent: (event) => events.push(event),
  })
  const token = randomBytes(16).toString('hex')
  const viewerToken = randomBytes(16).toString('hex')
  const server = await createWsSyncServer({ hub, token, viewerToken })
  onCleanup(async () => {
    await hub.close()
    await server.close()
  })
  return { hub, docs, server, token, viewerToken, events, dossierId }
}
