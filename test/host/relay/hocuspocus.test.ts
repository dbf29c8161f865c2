import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import type { Status } from '../../../src/shared/dossier'
import { onCleanup } from '../../support/cleanup'
import type { RelaySettings } from '../../../src/shared/relay'
import { alice, bob } from '../../support/dossier-fixtures'
import { eventually } from '../../support/eventually'
import { tempDir } from '../../support/temp-dir'
import { libraryWithDossier } from '../serve/support/serve-library'
import { REDIS_SERVER, hasRedis, startHocuspocus, startRedis } from './support/hocuspocus'
import { presentOn, relayHost } from './support/relay-host'
import type { RelayHost } from './support/relay-host'

const TOKEN = 'desk-relay-token'
const through = (url: string, token = TOKEN): RelaySettings => ({
  url,
  protocol: 'hocuspocus',
  mode: 'plain',
  token,
})

const decide = async (host: RelayHost, id: string, index: number, status: Status, who = alice) => {
  const { dossier } = await host.open(id)
  dossier.decide(
    dossier.claims()[index]!.id,
    { status, rationale: `${status} through Hocuspocus`, evidenceIds: [] },
    who,
  )
}

const counts = async (host: RelayHost, id: string) => (await host.open(id)).dossier.counts()

/** A client of the relay room that is nobody's host (Hocuspocus' own provider): a hostile user. */
const roomClient = async (url: string, id: string) => {
  const doc = new Y.Doc()
  let synced!: () => void
  const ready = new Promise<void>((resolve) => (synced = resolve))
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket })
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: id,
    document: doc,
    token: TOKEN,
    onSynced: ({ state }) => state && synced(),
  })
  provider.attach()
  onCleanup(() => {
    provider.destroy()
    socket.destroy()
  })
  await ready
  return doc
}

const namesOn = (host: RelayHost, id: string): (string | null)[] =>
  host.hub.peers(id).flatMap((peer) => peer.clients.map(({ name }) => name))

describe('relaying through Hocuspocus (@hocuspocus/server 3.4, plain mode)', () => {
  it('authenticates with the token in-band, fetches, converges both ways; a wrong token stops with why', async () => {
    const relay = await startHocuspocus({ token: TOKEN })
    const aDir = await tempDir()
    const id = await libraryWithDossier(aDir)
    const a = await relayHost(aDir)
    const b = await relayHost(await tempDir())
    await a.relays.set(id, through(relay.url))
    await eventually(
      () => expect(a.relays.status(id)).toMatchObject({ state: 'connected' }),
      10_000,
    )
    await eventually(() => b.relays.set(id, through(relay.url)), 10_000)
    await decide(a, id, 0, 'confirmed')
    await decide(b, id, 1, 'disputed', bob)
    for (const host of [a, b])
      await eventually(
        async () => expect(await counts(host, id)).toMatchObject({ confirmed: 1, disputed: 1 }),
        10_000,
      )

    const c = await relayHost(await tempDir())
    await expect(c.relays.set(id, through(relay.url, 'not-the-token'))).rejects.toThrow(
      /refused this host/,
    )
    await a.relays.set(id, through(relay.url, 'not-the-token'))
    await eventually(() => expect(a.relays.status(id)).toMatchObject({ state: 'stopped' }), 10_000)
    expect(a.relays.status(id)!.problem).toMatch(/check the relay’s token/)
  }, 60_000)

  it('carries presence both ways, redials when the relay drops the link, and stops on a change that erases signed history', async () => {
    const relay = await startHocuspocus({ token: TOKEN })
    const aDir = await tempDir()
    const id = await libraryWithDossier(aDir)
    const a = await relayHost(aDir)
    const b = await relayHost(await tempDir())
    await a.relays.set(id, through(relay.url))
    await eventually(() => b.relays.set(id, through(relay.url)), 10_000)
    presentOn(a, id, 'Ana on her page')
    presentOn(b, id, 'Ben on his')
    await eventually(() => expect(namesOn(b, id)).toContain('Ana on her page'), 10_000)
    await eventually(() => expect(namesOn(a, id)).toContain('Ben on his'), 10_000)

    // The relay drops every connection: the links redial, and what was decided meanwhile crosses.
    relay.server.hocuspocus.closeConnections()
    await eventually(() => expect(a.relays.status(id)).toMatchObject({ state: 'retrying' }), 10_000)
    await decide(a, id, 0, 'confirmed')
    await eventually(
      async () => expect(await counts(b, id)).toMatchObject({ confirmed: 1 }),
      20_000,
    )
    expect(a.relays.status(id)).toMatchObject({ state: 'connected', problem: null })

    // Someone with write access to the room deletes the decision: both hosts refuse it and stop.
    const intruder = await roomClient(relay.url, id)
    expect(intruder.getArray('decisions').length).toBe(1)
    intruder.getArray('decisions').delete(0, 1)
    for (const host of [a, b]) {
      await eventually(
        () => expect(host.relays.status(id)).toMatchObject({ state: 'stopped' }),
        10_000,
      )
      expect(host.relays.status(id)!.problem).toMatch(/protected history/)
      expect((await counts(host, id)).confirmed).toBe(1)
    }
  }, 60_000)
})

const cluster = hasRedis
  ? 'a Hocuspocus cluster: two instances sharing one Redis'
  : `a Hocuspocus cluster: two instances sharing one Redis (SKIPPED: no ${REDIS_SERVER}; install Debian's redis-server or set REDIS_SERVER_PATH)`

describe.skipIf(!hasRedis)(cluster, () => {
  it('two hosts that never see each other converge, a conflict shows on both, a late host catches up', async () => {
    const redisPort = await startRedis()
    const one = await startHocuspocus({ token: TOKEN, redisPort })
    const two = await startHocuspocus({ token: TOKEN, redisPort })
    const aDir = await tempDir()
    const id = await libraryWithDossier(aDir)
    const a = await relayHost(aDir)
    const b = await relayHost(await tempDir())
    await a.relays.set(id, through(one.url))
    // B only ever talks to the second instance: the dossier reaches it through Redis.
    await eventually(() => b.relays.set(id, through(two.url)), 20_000)
    await decide(a, id, 0, 'confirmed')
    await decide(b, id, 1, 'disputed', bob)
    for (const host of [a, b])
      await eventually(
        async () => expect(await counts(host, id)).toMatchObject({ confirmed: 1, disputed: 1 }),
        20_000,
      )
    // Concurrent decisions on one claim, each host cut off from its relay meanwhile.
    await a.relays.set(id, null)
    await b.relays.set(id, null)
    await decide(a, id, 2, 'confirmed')
    await decide(b, id, 2, 'retracted', bob)
    await a.relays.set(id, through(one.url))
    await b.relays.set(id, through(two.url))
    for (const host of [a, b])
      await eventually(async () => expect((await counts(host, id)).conflict).toBe(1), 20_000)
    // A third host, later, from the relay alone.
    const c = await relayHost(await tempDir())
    await c.relays.set(id, through(two.url))
    expect(await counts(c, id)).toMatchObject({ confirmed: 1, disputed: 1, conflict: 1 })
  }, 90_000)
})
