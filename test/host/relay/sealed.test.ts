import { randomBytes } from 'node:crypto'
import { WebsocketProvider } from 'y-websocket'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { sealedRoomName } from '../../../src/main/host/relay/sealed-envelope'
import { Library } from '../../../src/main/host/library/library'
import { readEpochRecord } from '../../../src/main/host/relay/epoch-record'
import type { Dossier } from '../../../src/shared/dossier'
import type { DeviceKeyFile } from '../../../src/shared/identity'
import { createDeviceKey, shortKey, signerFromKey } from '../../../src/shared/identity'
import type { RelaySettings } from '../../../src/shared/relay'
import { onCleanup } from '../../support/cleanup'
import { eventually } from '../../support/eventually'
import { tempDir } from '../../support/temp-dir'
import { CLAIM_TEXTS, libraryWithDossier } from '../serve/support/serve-library'
import { presentOn, relayHost } from './support/relay-host'
import type { RelayHost } from './support/relay-host'
import { startHocuspocus } from './support/hocuspocus'
import { startYWebsocketServer } from './support/y-websocket-server'

const SESSION = new Uint8Array(randomBytes(32))
const anaKey = createDeviceKey('Ana Lindqvist')
const benKey = createDeviceKey('Ben Achterberg')
const RATIONALE = 'The hospital ledger and the ministry count agree'

const cleoKey = createDeviceKey('Cleo Marchetti')

/** Ana founds the dossier's membership and admits Ben and Cleo, as sharing and joining would. */
const withMembers = async (dir: string, id: string): Promise<void> => {
  const library = await Library.open(dir)
  try {
    const handle = await library.open(id)
    const ana = signerFromKey(anaKey)
    handle.dossier.admitMember({ key: anaKey.publicKey, name: 'Ana', role: 'editor' }, ana)
    for (const [key, name] of [
      [benKey, 'Ben'],
      [cleoKey, 'Cleo'],
    ] as const)
      handle.dossier.admitMember({ key: key.publicKey, name, role: 'editor' }, ana)
    await handle.close()
  } finally {
    await library.close()
  }
}

interface SealedHost extends RelayHost {
  /** Reads the members from this host's copy from now on (once it has one). */
  attach(): Promise<void>
}

/** A host that seals with the session secret and reads members from its copy, as a member's host does. */
const sealedHost = async (
  dir: string,
  deviceKey: DeviceKeyFile,
  id: string,
  compactAfter?: number,
): Promise<SealedHost> => {
  let dossier: Dossier | null = null
  const keys = (removed: boolean) =>
    dossier!
      .members()
      .filter((member) => member.removed === removed)
      .map(({ key }) => key)
  const host = await relayHost(dir, {
    ...(compactAfter === undefined ? {} : { compactAfter }),
    sealing: () =>
      dossier === null
        ? null
        : {
            sessionSecret: SESSION,
            deviceKey,
            isMember: (key) => dossier!.memberRole(key) !== null,
            isEditor: (key) => dossier!.memberRole(key) === 'editor',
            members: () => keys(false),
            removed: () => keys(true),
          },
  })
  const attach = async () => {
    dossier = (await host.open(id)).dossier
  }
  if (await host.library.exists(id)) await attach()
  return { ...host, attach }
}

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
  return { doc, envelopes: doc.getArray<Uint8Array>('envelopes'), awareness: provider.awareness }
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

/**
 * Ana's host with the dossier and its members, and a host for each of `others` with a copy, got
 * once through a plain relay that is gone again (as joining on the LAN would give it): from then
 * on only what the test relays links them.
 */
const membersWithCopies = async (others: readonly DeviceKeyFile[], compactAfter?: number) => {
  const bootstrap = await startYWebsocketServer()
  const aDir = await tempDir()
  const id = await libraryWithDossier(aDir)
  await withMembers(aDir, id)
  const a = await sealedHost(aDir, anaKey, id, compactAfter)
  await a.relays.set(id, plain(bootstrap.url))
  const hosts: { host: SealedHost; dir: string }[] = []
  for (const key of others) {
    const dir = await tempDir()
    const host = await sealedHost(dir, key, id, compactAfter)
    await eventually(() => host.relays.set(id, plain(bootstrap.url)), 10_000)
    await host.attach()
    hosts.push({ host, dir })
  }
  await bootstrap.stop()
  return { id, aDir, a, hosts }
}

describe('sealed relaying: the relay stores and forwards only ciphertext', () => {
  it('members converge through it; the relay holds no title, claim, name or rationale; tampering and withholding are reported', async () => {
    const relay = await startYWebsocketServer()
    const { id, aDir, a, hosts } = await membersWithCopies([benKey])
    const b = hosts[0]!.host
    await a.relays.set(id, sealed(relay.url))
    await b.relays.set(id, sealed(relay.url))
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

    // Presence crosses sealed: Ben's host shows who has the dossier open on Ana's.
    presentOn(a, id, 'Ana on her page')
    await eventually(
      () =>
        expect(b.hub.peers(id).flatMap((peer) => peer.clients.map(({ name }) => name))).toContain(
          'Ana on her page',
        ),
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
    const seenPresence = JSON.stringify([...room.awareness.getStates().values()])
    expect(seenPresence).toContain('sealed')
    expect(seenPresence).not.toContain('Ana on her page')

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
    const a2 = await sealedHost(aDir, anaKey, id)
    await eventually(
      () =>
        expect(a2.relays.status(id)!.problem).toContain(
          `the relay is missing 1 of the changes by ${shortKey(benKey.publicKey)} (withheld or lost)`,
        ),
      10_000,
    )
  }, 90_000)

  it('rotates the key when a member is removed: the removed device cannot open what follows', async () => {
    const relay = await startYWebsocketServer()
    const { id, a, hosts } = await membersWithCopies([benKey, cleoKey])
    const [b, c] = hosts.map(({ host }) => host) as [SealedHost, SealedHost]
    for (const host of [a, b, c]) await host.relays.set(id, sealed(relay.url))
    await decide(a, id, 0, anaKey, 'before the removal')
    for (const host of [b, c])
      await eventually(
        async () => expect((await host.open(id)).dossier.counts().confirmed).toBe(1),
        10_000,
      )

    ;(await a.open(id)).dossier.removeMember(cleoKey.publicKey, signerFromKey(anaKey))
    const room = await relayRoom(relay.url)
    const epochs = room.doc.getArray<Uint8Array>('epochs')
    await eventually(() => expect(epochs.length).toBeGreaterThanOrEqual(1), 10_000)
    const record = readEpochRecord(epochs.get(0), id, benKey)!
    expect(record).toMatchObject({ epoch: 1 })
    expect(record.recipients).not.toContain(cleoKey.publicKey)
    expect(record.secret).not.toBeNull()
    expect(readEpochRecord(epochs.get(0), id, cleoKey)!.secret).toBeNull()

    await decide(a, id, 1, anaKey, 'after the removal')
    await eventually(
      async () => expect((await b.open(id)).dossier.counts().confirmed).toBe(2),
      10_000,
    )
    await eventually(
      () =>
        expect(c.relays.status(id)!.problem).toMatch(/wait for .* a key this device was not given/),
      10_000,
    )
    expect((await c.open(id)).dossier.counts().confirmed).toBe(1)
  }, 90_000)

  it('compacts: a host that has every change replaces the envelopes with one sealed snapshot', async () => {
    const relay = await startYWebsocketServer()
    const { id, a, hosts } = await membersWithCopies([benKey, cleoKey], 8)
    const b = hosts[0]!.host
    // Cleo is away for now.
    const cDir = hosts[1]!.dir
    await hosts[1]!.host.stop()
    await a.relays.set(id, sealed(relay.url))
    await b.relays.set(id, sealed(relay.url))
    for (let round = 0; round < 30; round++)
      await decide(
        round % 2 === 0 ? a : b,
        id,
        round % 3,
        round % 2 === 0 ? anaKey : benKey,
        `round ${round}`,
      )
    for (const host of [a, b])
      await eventually(async () =>
        expect((await host.open(id)).dossier.timeline?.length ?? 30).toBeGreaterThan(0),
      )
    const room = await relayRoom(relay.url)
    // Bounded: at most the threshold, plus what arrived since the last compaction.
    await eventually(() => expect(room.envelopes.length).toBeLessThanOrEqual(8), 10_000)
    // A member who was away reads it all from the snapshot, and sees no gap.
    const c = await sealedHost(cDir, cleoKey, id)
    await c.relays.set(id, sealed(relay.url))
    const counts = async (host: RelayHost) => (await host.open(id)).dossier.counts()
    await eventually(async () => expect(await counts(c)).toEqual(await counts(a)), 10_000)
    expect(await counts(b)).toEqual(await counts(a))
    expect(
      (await a.open(id)).dossier.decisions((await a.open(id)).dossier.claims()[0]!.id),
    ).toHaveLength(10)
    expect(c.relays.status(id)!.problem).toBeNull()
  }, 90_000)

  it('a member that lacks nearly all of it catches up, and seals none of it back', async () => {
    const relay = await startYWebsocketServer()
    const { id, a, hosts } = await membersWithCopies([benKey])
    const b = hosts[0]!.host
    // Ana imports far more than Ben holds (nine tenths of it), before Ben relays: the room
    // gives him nearly everything, as it gives a member catching up.
    ;(await a.open(id)).dossier.addClaims(
      Array.from({ length: 2000 }, (_, index) => ({
        text: `Imported claim ${index}`,
        attribution: { who: 'River authority' },
        kind: 'figure' as const,
      })),
      signerFromKey(anaKey),
    )
    await a.relays.set(id, sealed(relay.url))
    const room = await relayRoom(relay.url)
    await eventually(() => expect(room.envelopes.length).toBeGreaterThan(0))
    await b.relays.set(id, sealed(relay.url))
    const claims = (await a.open(id)).dossier.claims().length
    await eventually(
      async () => expect((await b.open(id)).dossier.claims()).toHaveLength(claims),
      10_000,
    )
    await decide(b, id, 0, benKey, 'after catching up')
    await eventually(
      async () => expect((await a.open(id)).dossier.counts().confirmed).toBe(1),
      10_000,
    )
    // What Ben's host sealed into the room is his decision, not a copy of what it was given.
    const sealedBy = (key: DeviceKeyFile): number =>
      room.envelopes
        .toArray()
        .filter(
          (envelope) => Buffer.from(envelope.subarray(5, 37)).toString('hex') === key.publicKey,
        )
        .reduce((sum, envelope) => sum + envelope.length, 0)
    await eventually(() => expect(sealedBy(benKey)).toBeGreaterThan(0))
    expect(sealedBy(benKey)).toBeLessThan(sealedBy(anaKey) / 10)
    expect(b.relays.status(id)!.problem).toBeNull()
  }, 60_000)

  it('seals through Hocuspocus too: its stored document holds envelopes only', async () => {
    const relay = await startHocuspocus({ token: 'desk' })
    const { id, a, hosts } = await membersWithCopies([benKey])
    const b = hosts[0]!.host
    const through: RelaySettings = {
      url: relay.url,
      protocol: 'hocuspocus',
      mode: 'sealed',
      token: 'desk',
    }
    await a.relays.set(id, through)
    await b.relays.set(id, through)
    await decide(b, id, 2, benKey, RATIONALE)
    await eventually(
      async () => expect((await a.open(id)).dossier.counts().confirmed).toBe(1),
      10_000,
    )
    const stored = relay.server.hocuspocus.documents.get(sealedRoomName(SESSION))
    expect(stored).toBeDefined()
    expect(stored!.getArray('envelopes').length).toBeGreaterThan(0)
    const bytes = Buffer.from(Y.encodeStateAsUpdate(stored!)).toString('latin1')
    for (const secret of ['Dam failure', ...CLAIM_TEXTS, 'River authority', RATIONALE, id])
      expect(bytes).not.toContain(secret)
    expect(relay.server.hocuspocus.documents.has(id)).toBe(false)
  }, 60_000)

  it('refuses to seal a dossier that is not shared on the LAN, or absent, in words', async () => {
    const relay = await startYWebsocketServer()
    const dir = await tempDir()
    const id = await libraryWithDossier(dir)
    const host = await relayHost(dir, { sealing: () => null })
    await expect(host.relays.set(id, sealed(relay.url))).rejects.toThrow(/share the dossier first/)
    await expect(host.relays.set('m_absent000001', sealed(relay.url))).rejects.toThrow(
      /no dossier m_absent000001 here/,
    )
  })
})
