import WebSocket from 'ws'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import type { Status } from '../../../src/shared/dossier'
import { ClientSession } from '../../../src/shared/protocol'
import type { RelaySettings } from '../../../src/shared/relay'
import { eventually } from '../../support/eventually'
import { alice, bob } from '../../support/dossier-fixtures'
import { tempDir } from '../../support/temp-dir'
import { libraryWithDossier } from '../serve/support/serve-library'
import { relayHost } from './support/relay-host'
import type { RelayHost } from './support/relay-host'
import { startYWebsocketServer } from './support/y-websocket-server'

const plain = (url: string): RelaySettings => ({ url, protocol: 'y-websocket', mode: 'plain' })

const claimIds = async (host: RelayHost, id: string): Promise<string[]> =>
  (await host.open(id)).dossier.claims().map((claim) => claim.id)

const decide = async (host: RelayHost, id: string, claim: string, status: Status, who = alice) =>
  (await host.open(id)).dossier.decide(
    claim,
    { status, rationale: `${status} from ${host.library.dir}`, evidenceIds: [] },
    who,
  )

/** A client of the relay room that is nobody's host: what a hostile relay user can send. */
const rawRoomClient = async (url: string, id: string) => {
  const socket = new WebSocket(`${url}/${id}`)
  socket.binaryType = 'arraybuffer'
  const doc = new Y.Doc()
  let synced!: () => void
  const ready = new Promise<void>((resolve) => (synced = resolve))
  const session = new ClientSession({
    doc,
    send: (bytes) => socket.send(bytes),
    onSynced: () => synced(),
  })
  socket.on('message', (data: ArrayBuffer) => session.receive(new Uint8Array(data)))
  await new Promise<void>((resolve) => socket.once('open', () => resolve()))
  session.start()
  await ready
  return { doc, close: () => socket.close() }
}

describe('relaying a dossier through an unmodified y-websocket server (plain mode)', () => {
  it('fetches the dossier into a library that lacks it, converges both ways, and shows conflicts on both', async () => {
    const relay = await startYWebsocketServer()
    const aDir = await tempDir()
    const id = await libraryWithDossier(aDir)
    const a = await relayHost(aDir)
    const b = await relayHost(await tempDir())
    await a.relays.set(id, plain(relay.url))
    await eventually(() => expect(a.relays.status(id)).toMatchObject({ state: 'connected' }))
    // B has never seen the dossier: it comes from the relay alone (once A's copy is there).
    await eventually(() => b.relays.set(id, plain(relay.url)))
    expect(await b.library.exists(id)).toBe(true)
    const claims = await claimIds(a, id)
    expect(await claimIds(b, id)).toEqual(claims)

    await decide(a, id, claims[0]!, 'confirmed')
    await decide(b, id, claims[1]!, 'disputed', bob)
    for (const host of [a, b])
      await eventually(async () =>
        expect((await host.open(id)).dossier.counts()).toMatchObject({ confirmed: 1, disputed: 1 }),
      )
    // Concurrent decisions on one claim, made while the two hosts cannot see each other.
    a.relays.close()
    const aAgain = a
    await decide(aAgain, id, claims[2]!, 'confirmed')
    await decide(b, id, claims[2]!, 'disputed', bob)
    await aAgain.stop()
    const a2 = await relayHost(aDir)
    // Relaying resumed by itself after the restart, and the conflict shows on both.
    await eventually(() => expect(a2.relays.status(id)).toMatchObject({ state: 'connected' }))
    for (const host of [a2, b])
      await eventually(async () => expect((await host.open(id)).dossier.counts().conflict).toBe(1))
    expect(b.relays.status(id)).toMatchObject({ url: relay.url, hasToken: false, problem: null })
  }, 60_000)

  it('retries with backoff while the relay is down, and sends what was edited meanwhile once it is back', async () => {
    const relay = await startYWebsocketServer()
    const aDir = await tempDir()
    const id = await libraryWithDossier(aDir)
    const a = await relayHost(aDir)
    await a.relays.set(id, plain(relay.url))
    await eventually(() => expect(a.relays.status(id)).toMatchObject({ state: 'connected' }))
    await relay.stop()
    await eventually(() => expect(a.relays.status(id)).toMatchObject({ state: 'retrying' }))
    expect(a.relays.status(id)!.problem).toMatch(/closed|did not take/)
    const claims = await claimIds(a, id)
    await decide(a, id, claims[0]!, 'retracted')
    // The same relay comes back, empty (its rooms lived in its memory).
    const back = await startYWebsocketServer(relay.port)
    await eventually(
      () => expect(a.relays.status(id)).toMatchObject({ state: 'connected' }),
      40_000,
    )
    const b = await relayHost(await tempDir())
    await eventually(() => b.relays.set(id, plain(back.url)))
    expect((await b.open(id)).dossier.counts().retracted).toBe(1)
  }, 90_000)

  it('stops relaying, and says why, when the relay sends a change that erases signed history', async () => {
    const relay = await startYWebsocketServer()
    const aDir = await tempDir()
    const id = await libraryWithDossier(aDir)
    const a = await relayHost(aDir)
    const claims = await claimIds(a, id)
    await decide(a, id, claims[0]!, 'confirmed')
    await a.relays.set(id, plain(relay.url))
    const intruder = await rawRoomClient(relay.url, id)
    await eventually(() => expect(intruder.doc.getArray('decisions').length).toBe(1))
    intruder.doc.getArray('decisions').delete(0, 1)
    await eventually(() => expect(a.relays.status(id)).toMatchObject({ state: 'stopped' }))
    expect(a.relays.status(id)!.problem).toMatch(/protected history/)
    expect((await a.open(id)).dossier.counts().confirmed).toBe(1)
    intruder.close()
  }, 60_000)

  it('says what it cannot do: sealed mode, an empty room, an unreachable relay, stopping what is not relayed', async () => {
    const relay = await startYWebsocketServer()
    const b = await relayHost(await tempDir())
    await expect(
      b.relays.set('m_notthere0001', { url: relay.url, protocol: 'y-websocket', mode: 'sealed' }),
    ).rejects.toThrow(
      /no dossier m_notthere0001 here: a sealed relay is opened with the session secret/,
    )
    await expect(b.relays.set('m_notthere0001', plain(relay.url))).rejects.toThrow(
      /has no dossier m_notthere0001 \(its room is empty\)/,
    )
    await expect(b.relays.set('m_notthere0001', null)).rejects.toThrow(/is not relayed/)
    await expect(b.relays.set('m_notthere0001', plain('ws://127.0.0.1:9'))).rejects.toThrow(
      /closed the connection before sending the dossier/,
    )
    expect(await b.library.exists('m_notthere0001')).toBe(false)
  }, 60_000)
})
