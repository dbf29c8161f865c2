import * as path from 'node:path'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { inviteDoor, sealKnock } from '../../../src/main/host/relay/invite-door'
import { syncRoom } from '../../../src/main/host/relay/room-sync'
import { sealedRoomName } from '../../../src/main/host/relay/sealed-envelope'
import { encodeInviteLink, readInviteLink } from '../../../src/shared/lan'
import type { Dossier } from '../../../src/shared/dossier'
import type { Invite } from '../../../src/shared/lan'
import { createDeviceKey } from '../../../src/shared/identity'
import { RpcError } from '../../../src/shared/protocol'
import type { RelayProtocol, RelaySettings } from '../../../src/shared/relay'
import { eventually } from '../../support/eventually'
import { refusedPort } from '../../support/refused-port'
import { tempDir } from '../../support/temp-dir'
import { startHocuspocus } from '../relay/support/hocuspocus'
import { startYWebsocketServer } from '../relay/support/y-websocket-server'
import { CLAIM_TEXTS, libraryWithDossier } from '../serve/support/serve-library'
import { RPC_CONTEXT, sharingHost } from './support/sharing-host'
import type { SharingHost, SharingHostOptions } from './support/sharing-host'

const RATIONALE = 'Two hospital ledgers give the same count'

const rejection = async (work: unknown): Promise<{ code: string; message: string }> => {
  const error = await Promise.resolve(work).then(
    () => null,
    (thrown: unknown) => thrown,
  )
  expect(error).toBeInstanceOf(RpcError)
  return { code: (error as RpcError).code, message: (error as RpcError).message }
}

const statusOf = (dossier: Dossier, index: number): string | undefined => {
  const { state } = dossier.claims()[index]!
  return state.kind === 'settled' ? state.status : undefined
}

const knockBy = (device: { publicKey: string }, dossierId: string) => ({
  kind: 'knock' as const,
  dossierId,
  key: device.publicKey,
  name: 'Mallory',
})

const readLink = (link: string): Invite => {
  const read = readInviteLink(link)
  if (!read.ok) throw new Error(read.message)
  return read.invite
}

/** The same invite, naming a LAN address that refuses connections: the inviter is out of reach. */
const outOfReach = async (link: string): Promise<string> =>
  encodeInviteLink({
    ...readLink(link),
    addresses: [{ host: '127.0.0.1', port: await refusedPort() }],
  })

/** Alice's host: the sample dossier, shared, relayed sealed, and an invite naming the relay. */
const inviterWithSealedRelay = async (url: string, protocol: RelayProtocol) => {
  const root = await tempDir()
  const dir = path.join(root, 'alice')
  const id = await libraryWithDossier(dir)
  const alice = await sharingHost(dir)
  await alice.rpc.share({ id, role: 'editor' }, RPC_CONTEXT)
  const settings: RelaySettings = { url, protocol, mode: 'sealed' }
  await alice.rpc.relay({ id, settings }, RPC_CONTEXT)
  await eventually(() => expect(alice.relays.status(id)?.state).toBe('connected'), 20_000)
  const { invite } = await alice.rpc.share({ id, role: 'editor' }, RPC_CONTEXT)
  return { alice, dir, id, settings, link: await outOfReach(invite.link) }
}

const joiner = async (name: string, options: SharingHostOptions = {}): Promise<SharingHost> =>
  sharingHost(path.join(await tempDir(), name), options)

/** A relay room's whole state as the relay holds it, read by the engine's own client. */
const roomState = async (settings: RelaySettings, name: string): Promise<Uint8Array> => {
  const doc = new Y.Doc()
  await new Promise<void>((resolve, reject) => {
    const room = syncRoom(settings, name, doc, null, {
      onSynced: () => {
        resolve()
        room.destroy()
      },
      onEnd: (code, reason) => reject(new Error(`${code} ${reason}`)),
    })
  })
  const state = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return state
}

const contains = (haystack: Uint8Array, text: string): boolean =>
  Buffer.from(haystack).includes(Buffer.from(text))

const engines: [RelayProtocol, () => Promise<string>][] = [
  ['y-websocket', async () => (await startYWebsocketServer()).url],
  ['hocuspocus', async () => (await startHocuspocus()).url],
]

describe.each(engines)('joining through a sealed %s relay', (protocol, startRelay) => {
  it('a joiner no member reaches on the LAN is admitted through the relay, gets the dossier and co-edits; the link then is spent', async () => {
    const url = await startRelay()
    const { alice, id, settings, link } = await inviterWithSealedRelay(url, protocol)
    const bob = await joiner('bob')
    const joined = await bob.rpc.join({ link }, RPC_CONTEXT)
    expect(joined.dossier).toMatchObject({ id, title: 'Dam failure' })

    const bobsCopy = (await bob.open(id)).dossier
    expect(bobsCopy.claims().map(({ text }) => text)).toEqual([...CLAIM_TEXTS])
    const alicesCopy = (await alice.open(id)).dossier
    // Admitted by Alice's host under his name, with the invite, which is spent.
    const bobKey = bob.lan.localKey
    expect(alicesCopy.members().find(({ key }) => key === bobKey)).toMatchObject({
      name: bob.lan.signer.name,
      role: 'editor',
      removed: false,
    })
    expect(alice.lan.sharing.dossiers[id]!.invites[1]!.state).toBe('used')
    // Bob's host keeps the dossier shared and relayed sealed, across restarts.
    expect(bob.lan.sharing.dossiers[id]).toBeDefined()
    expect(bob.relays.settingsOf(id)).toEqual(settings)

    // A decision on Bob's host reaches Alice's through the relay alone, and back.
    bobsCopy.decide(
      bobsCopy.claims()[0]!.id,
      { status: 'confirmed', rationale: RATIONALE, evidenceIds: [] },
      bob.lan.signer,
    )
    await eventually(() => expect(statusOf(alicesCopy, 0)).toBe('confirmed'), 20_000)
    alicesCopy.decide(
      alicesCopy.claims()[1]!.id,
      { status: 'disputed', rationale: 'The operator’s own log says otherwise', evidenceIds: [] },
      alice.lan.signer,
    )
    await eventually(() => expect(statusOf(bobsCopy, 1)).toBe('disputed'), 20_000)

    // What the relay holds of the door and of the dossier: no title, claim, name or secret.
    const secret = Buffer.from(alice.lan.sharing.dossiers[id]!.sessionSecret, 'hex')
    for (const room of [
      inviteDoor(readLink(link).secret).room,
      sealedRoomName(new Uint8Array(secret)),
    ]) {
      const state = await roomState(settings, room)
      expect(state.length).toBeGreaterThan(0)
      for (const text of ['Dam failure', CLAIM_TEXTS[0], RATIONALE, bob.lan.signer.name, id])
        expect(contains(state, text)).toBe(false)
      expect(Buffer.from(state).includes(secret)).toBe(false)
    }

    // The link is spent: another device that tries it is refused in words, and gets nothing.
    const carol = await joiner('carol')
    expect(await rejection(carol.rpc.join({ link }, RPC_CONTEXT))).toMatchObject({
      code: 'invite-refused',
      message: expect.stringMatching(/the inviter's host refused: the invite is no longer open/),
    })
    expect(await carol.library.exists(id)).toBe(false)
    expect(carol.lan.sharing.dossiers[id]).toBeUndefined()
  }, 90_000)
})

describe('joining through a sealed relay, when it cannot be done now', () => {
  it('a hostile client filling the door with junk and forged knocks admits no one and stops no one', async () => {
    const relay = await startYWebsocketServer()
    const { alice, id, settings, link } = await inviterWithSealedRelay(relay.url, 'y-websocket')
    const invite = readLink(link)
    const door = inviteDoor(invite.secret)
    const mallory = createDeviceKey('Mallory')
    // Someone who knows the room's name but not the invite's secret, and someone who knows the
    // secret but signs a knock in another device's name.
    const junk = new Y.Doc()
    const items = junk.getArray<unknown>('door')
    const hostile = await new Promise<{ destroy(): void }>((resolve, reject) => {
      const room = syncRoom(settings, door.room, junk, null, {
        onSynced: () => {
          items.push([new Uint8Array([1, 2, 3]), 'not bytes', { kind: 'knock' }])
          items.push([sealKnock(inviteDoor(new Uint8Array(32)), knockBy(mallory, id), mallory)])
          items.push([sealKnock(door, knockBy(mallory, id), createDeviceKey('Someone else'))])
          resolve(room)
        },
        onEnd: (code, reason) => reject(new Error(`${code} ${reason}`)),
      })
    })
    // Bob knocks after all of that: by the time he is in, Alice's host has read it all, in order.
    const bob = await joiner('bob')
    expect((await bob.rpc.join({ link }, RPC_CONTEXT)).dossier.id).toBe(id)
    hostile.destroy()
    // None of it made anyone a member; the invite was still open for Bob.
    expect(
      alice.lan
        .heldDossier(id)!
        .dossier.members()
        .map(({ key }) => key),
    ).toEqual([alice.lan.localKey, bob.lan.localKey])
    expect(alice.lan.heldDossier(id)!.dossier.memberRole(mallory.publicKey)).toBeNull()
  }, 60_000)

  it('the inviter is offline: the join says so and keeps nothing; it works with the same link once the inviter is back', async () => {
    const relay = await startYWebsocketServer()
    const { alice, dir, id, link } = await inviterWithSealedRelay(relay.url, 'y-websocket')
    await alice.stop()
    const bob = await joiner('bob', { relayJoin: { answerMs: 1500 } })
    expect(await rejection(bob.rpc.join({ link }, RPC_CONTEXT))).toEqual({
      code: 'unreachable',
      message: expect.stringMatching(
        /did not answer through the relay at ws:\/\/127\.0\.0\.1:\d+ within 2 s: ask the inviter to open Verification Desk/,
      ),
    })
    expect(await bob.library.exists(id)).toBe(false)
    expect(bob.lan.sharing.dossiers[id]).toBeUndefined()
    expect(bob.relays.settingsOf(id)).toBeNull()
    expect(bob.lan.advertised()).toEqual([])

    await sharingHost(dir)
    const joined = await bob.rpc.join({ link }, RPC_CONTEXT)
    expect(joined.dossier.id).toBe(id)
  }, 90_000)

  it('the relay cannot be reached: said, with where', async () => {
    const relay = await startYWebsocketServer()
    const { id, link } = await inviterWithSealedRelay(relay.url, 'y-websocket')
    const invite = readLink(link)
    const dead = `ws://127.0.0.1:${await refusedPort()}`
    const elsewhere = encodeInviteLink({ ...invite, relay: { ...invite.relay!, url: dead } })
    const bob = await joiner('bob')
    const failure = await rejection(bob.rpc.join({ link: elsewhere }, RPC_CONTEXT))
    expect(failure.code).toBe('unreachable')
    expect(failure.message).toContain(`through the relay at ${dead}: could not ask the inviter`)
    expect(await bob.library.exists(id)).toBe(false)
  }, 60_000)
})

describe('joining a sealed room whose key was rotated and whose envelopes were compacted', () => {
  it('the joiner waits for an editor to seal it every epoch it needs, then has everything', async () => {
    const relay = await startYWebsocketServer()
    const root = await tempDir()
    const dir = path.join(root, 'alice')
    const id = await libraryWithDossier(dir)
    const alice = await sharingHost(dir, { compactAfter: 2 })
    await alice.rpc.share({ id, role: 'editor' }, RPC_CONTEXT)
    // A device that was a member and was removed: the room's key rotates away from it.
    const alicesCopy = (await alice.open(id)).dossier
    const gone = (await joiner('gone')).lan
    alicesCopy.admitMember({ key: gone.localKey, name: 'Gone', role: 'editor' }, alice.lan.signer)
    alicesCopy.removeMember(gone.localKey, alice.lan.signer)
    const settings: RelaySettings = { url: relay.url, protocol: 'y-websocket', mode: 'sealed' }
    await alice.rpc.relay({ id, settings }, RPC_CONTEXT)
    await eventually(() => expect(alice.relays.status(id)?.state).toBe('connected'), 20_000)
    const room = sealedRoomName(
      new Uint8Array(Buffer.from(alice.lan.sharing.dossiers[id]!.sessionSecret, 'hex')),
    )
    // Decided after the rotation, then compacted: nothing in the room opens with epoch 0's key.
    alicesCopy.decide(
      alicesCopy.claims()[2]!.id,
      { status: 'retracted', rationale: RATIONALE, evidenceIds: [] },
      alice.lan.signer,
    )
    await eventually(async () => {
      const doc = new Y.Doc()
      Y.applyUpdate(doc, await roomState(settings, room))
      expect(doc.getArray('epochs').length).toBeGreaterThan(0)
      expect(doc.getArray('envelopes').length).toBe(1)
    }, 20_000)

    const { invite } = await alice.rpc.share({ id, role: 'viewer' }, RPC_CONTEXT)
    const bob = await joiner('bob')
    await bob.rpc.join({ link: await outOfReach(invite.link) }, RPC_CONTEXT)
    const bobsCopy = (await bob.open(id)).dossier
    expect(statusOf(bobsCopy, 2)).toBe('retracted')
    expect(bobsCopy.memberRole(bob.lan.localKey)).toBe('viewer')
    expect(bob.relays.status(id)?.problem ?? null).toBeNull()
  }, 90_000)
})
