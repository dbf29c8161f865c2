import { randomBytes } from 'node:crypto'
import { WebsocketProvider } from 'y-websocket'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { sealedRoomName } from '../../../src/main/host/relay/sealed-envelope'
import type { SealingContext } from '../../../src/main/host/relay/sealed-socket'
import type { DeviceKeyFile } from '../../../src/shared/identity'
import { createDeviceKey, shortKey, signerFromKey } from '../../../src/shared/identity'
import type { RelaySettings } from '../../../src/shared/relay'
import { onCleanup } from '../../support/cleanup'
import { eventually } from '../../support/eventually'
import { tempDir } from '../../support/temp-dir'
import { CLAIM_TEXTS, libraryWithDossier } from '../serve/support/serve-library'
import { relayHost } from './support/relay-host'
import type { RelayHost } from './support/relay-host'
import { startYWebsocketServer } from './support/y-websocket-server'

const SESSION = new Uint8Array(randomBytes(32))
const anaKey = createDeviceKey('Ana Lindqvist')
const benKey = createDeviceKey('Ben Achterberg')
const RATIONALE = 'The hospital ledger and the ministry count agree'

/** A host that seals with the session secret, as a LAN member's host does. */
const sealedHost = (dir: string, deviceKey: DeviceKeyFile): Promise<RelayHost> => {
  let host: RelayHost | null = null
  const sealing = (id: string): SealingContext => ({
    sessionSecret: SESSION,
    deviceKey,
    isMember: (key) => host?.library !== undefined && memberKeys.get(id)?.has(key) === true,
  })
  return relayHost(dir, { sealing }).then((made) => (host = made))
}
const memberKeys = new Map<string, Set<string>>()

const plain = (url: string): RelaySettings => ({ url, protocol: 'y-websocket', mode: 'plain' })
const sealed = (url: string): RelaySettings => ({ url, protocol: 'y-websocket', mode: 'sealed' })

/** What a relay operator holds: the sealed room's whole state, as y-websocket's own client sees it. */
const relayRoom = async (url: string) => {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(url, sealedRoomName(SESSION), doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  onCleanup(() => provider.destroy())
  await new Promise<void>((resolve) =>
    provider.on('sync', (synced: boolean) => synced && resolve()),
  )
  return { doc, envelopes: doc.getArray<Uint8Array>('envelopes') }
}

const decide = async (
  host: RelayHost,
  id: string,
  index: number,
  key: DeviceKeyFile,
  text: string,
) => {
  const { dossier } = await host.open(id)
  dossier.decide(
    dossier.claims()[index]!.id,
    { status: 'confirmed', rationale: text, evidenceIds: [] },
    signerFromKey(key),
  )
}

describe('sealed relaying: the relay stores and forwards only ciphertext', () => {
  it('members converge through it; the relay holds no title, claim, name or rationale; tampering and withholding are reported', async () => {
    const bootstrap = await startYWebsocketServer()
    const relay = await startYWebsocketServer()
    const aDir = await tempDir()
    const id = await libraryWithDossier(aDir)
    memberKeys.set(id, new Set([anaKey.publicKey, benKey.publicKey]))
    const a = await sealedHost(aDir, anaKey)
    const b = await sealedHost(await tempDir(), benKey)
    // B gets its copy once (it would join on the LAN); from then on only the sealed relay links them.
    await a.relays.set(id, plain(bootstrap.url))
    await eventually(() => b.relays.set(id, plain(bootstrap.url)), 10_000)
    await a.relays.set(id, sealed(relay.url))
    await b.relays.set(id, sealed(relay.url))
    await bootstrap.stop()
    await eventually(() => expect(b.relays.status(id)).toMatchObject({ state: 'connected' }))

    await decide(a, id, 0, anaKey, RATIONALE)
    await eventually(
      async () => expect((await b.open(id)).dossier.counts().confirmed).toBe(1),
      10_000,
    )
    await decide(b, id, 1, benKey, 'second by Ben')
    await decide(b, id, 2, benKey, 'third by Ben')
    await eventually(
      async () => expect((await a.open(id)).dossier.counts().confirmed).toBe(3),
      10_000,
    )

    // What the relay operator holds: envelopes, none of the dossier's words.
    const room = await relayRoom(relay.url)
    await eventually(() => expect(room.envelopes.length).toBeGreaterThanOrEqual(4))
    const stored = Buffer.from(Y.encodeStateAsUpdate(room.doc)).toString('latin1')
    for (const secret of [
      'Dam failure',
      ...CLAIM_TEXTS,
      'River authority',
      RATIONALE,
      'Alice Moreau',
      id,
    ])
      expect(stored).not.toContain(secret)
    expect(a.relays.status(id)!.problem).toBeNull()

    // Someone with write access to the room appends garbage and an altered copy of an envelope.
    const altered = room.envelopes.get(0).slice()
    altered[altered.length - 80]! ^= 1
    room.envelopes.push([Uint8Array.of(1, 2, 3), altered])
    await eventually(() =>
      expect(a.relays.status(id)!.problem).toMatch(
        /^2 envelopes on the relay could not be verified or opened, and were not applied$/,
      ),
    )
    expect((await a.open(id)).dossier.counts().confirmed).toBe(3)

    // The relay drops one of Ben's changes: a host reading the room afresh notices the gap.
    const benFirst = room.envelopes
      .toArray()
      .findIndex(
        (envelope) => Buffer.from(envelope.subarray(5, 37)).toString('hex') === benKey.publicKey,
      )
    expect(benFirst).toBeGreaterThanOrEqual(0)
    room.doc.transact(() => room.envelopes.delete(benFirst, 1))
    await a.stop()
    const a2 = await sealedHost(aDir, anaKey)
    await eventually(
      () =>
        expect(a2.relays.status(id)!.problem).toContain(
          `the relay is missing 1 of the changes by ${shortKey(benKey.publicKey)} (withheld or lost)`,
        ),
      10_000,
    )
  }, 90_000)

  it('refuses to seal a dossier that is not shared on the LAN, or through Hocuspocus, in words', async () => {
    const relay = await startYWebsocketServer()
    const dir = await tempDir()
    const id = await libraryWithDossier(dir)
    const host = await relayHost(dir, { sealing: () => null })
    await expect(host.relays.set(id, sealed(relay.url))).rejects.toThrow(/share the dossier first/)
    await expect(
      host.relays.set(id, { url: relay.url, protocol: 'hocuspocus', mode: 'sealed' }),
    ).rejects.toThrow(/through a y-websocket relay only for now/)
    await expect(host.relays.set('m_absent000001', sealed(relay.url))).rejects.toThrow(
      /no dossier m_absent000001 here/,
    )
  })
})
