import { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { shortKey } from '../../../shared/identity'
import type { RelaySettings } from '../../../shared/relay'
import { deferredTransport } from '../../../shared/transport'
import type { Transport } from '../../../shared/transport'
import { AuthorCounters, decodeSnapshot, encodeSnapshot } from './author-counters'
import { EpochKeys } from './epoch-keys'
import { bridgeToHub } from './hub-bridge'
import type { HubBridge } from './hub-bridge'
import type { SealingContext } from './epoch-keys'
import { ROOM_SYNC_TIMEOUT_MS, syncRoom } from './room-sync'
import { RoomUpdates } from './room-updates'
import { sealPresence } from './sealed-presence'
import { openEnvelope, sealEnvelope, sealedRoomName } from './sealed-envelope'

export type { SealingContext }

/** Changes opened from the relay: they go to the hub, never back to the relay. */
const FROM_RELAY = Symbol('opened from the relay')
/** What a remote change to one of the room's arrays inserted. */
const inserted = (event: Y.YArrayEvent<Uint8Array>): unknown[] =>
  event.changes.delta.flatMap((part) => (part.insert as unknown[] | undefined) ?? [])

/** Envelopes a sealed room may hold before a host that has them all compacts it. */
export const COMPACT_AFTER = 256
/** How often the link looks for a removal to rotate the key for, or a member to give it to. */
const MAINTAIN_MS = 1000

/**
 * A dossier's sealed room on a relay (y-websocket or Hocuspocus), as a Transport the hub can take (docs/relay.md,
 * "Sealed mode"). The room holds one `Y.Array` of envelopes; the relay stores and forwards only
 * them. A mirror document holds what the envelopes open to; a ClientSession syncs the mirror with
 * the hub, so what the relay brings still passes the hub's checks and guard. Each change the hub
 * sends becomes one envelope, signed and counted by this device. An envelope that does not verify
 * or open, or whose author is no member, is counted and reported, never applied; a gap in an
 * author's counters (the relay withholding some of their changes) is reported too.
 */
export const dialSealed = (
  settings: RelaySettings,
  dossierId: string,
  sealing: SealingContext,
  report: (notice: string | null) => void,
  options: { readonly compactAfter?: number } = {},
): Transport => {
  const room = new Y.Doc()
  const envelopes = room.getArray<Uint8Array>('envelopes')
  const epochs = room.getArray<Uint8Array>('epochs')
  const keys = new EpochKeys(dossierId, sealing)
  const mirror = new Y.Doc()
  const presence = new Awareness(mirror)
  presence.setLocalState(null)
  const roomPresence = new Awareness(room)
  roomPresence.setLocalState(null)
  const stopPresence = sealPresence({
    dossierId,
    presence,
    room: roomPresence,
    keys,
    deviceKey: sealing.deviceKey,
    isMember: (key) => sealing.isMember(key),
  })
  const counters = new AuthorCounters()
  const fromRoom = new RoomUpdates(mirror)
  const waiting: unknown[] = []
  let unreadable = 0
  let ownCounter = 0
  let finished = false
  const { transport, arrive, fail } = deferredTransport('relay')

  const notice = (): string | null => {
    const parts: string[] = []
    if (unreadable > 0)
      parts.push(
        `${unreadable} envelope${unreadable === 1 ? '' : 's'} on the relay could not be verified or opened, and were not applied`,
      )
    for (const { author, missing } of counters.gaps())
      parts.push(
        `the relay is missing ${missing} of the changes by ${shortKey(author)} (withheld or lost)`,
      )
    if (waiting.length > 0)
      parts.push(
        `${waiting.length} envelope(s) wait for their author to be admitted, or for a key this device was not given`,
      )
    return parts.length === 0 ? null : parts.join('; ')
  }

  /** Opens and applies what it can of `items`; how many changes it applied. */
  const openAll = (items: readonly unknown[]): number => {
    let applied = 0
    for (const item of items) {
      const read = openEnvelope(item, dossierId, (epoch) => keys.keysOf(epoch))
      if (!read.ok) {
        if (read.noKey === true) waiting.push(item)
        else unreadable++
        continue
      }
      const { author, counter, update } = read.envelope
      if (!sealing.isMember(author)) {
        waiting.push(item)
        continue
      }
      let change = update
      if (counter === 0) {
        const snapshot = decodeSnapshot(update)
        if (snapshot === null) {
          unreadable++
          continue
        }
        for (const [covered, upTo] of snapshot.covers) counters.cover(covered, upTo)
        change = snapshot.update
      } else if (!counters.take(author, counter)) continue
      try {
        Y.applyUpdate(mirror, change, FROM_RELAY)
        fromRoom.add(change)
        applied++
      } catch {
        unreadable++
      }
    }
    return applied
  }

  /**
   * Takes new envelopes. What waits is tried again only when it may open now: after a change was
   * applied (it may admit a waiting author) or a key arrived (`keysArrived`); not at every
   * envelope, which would verify a removed device's whole backlog again each time.
   */
  const take = (items: readonly unknown[], keysArrived = false): void => {
    let retry = openAll(items) > 0 || keysArrived
    while (retry && waiting.length > 0) retry = openAll(waiting.splice(0)) > 0
    ownCounter = Math.max(ownCounter, counters.highest(sealing.deviceKey.publicKey))
    report(notice())
  }

  const maintain = (): void => {
    if (finished || bridge === null) return
    const due = keys.due()
    if (due.length > 0) epochs.push(due)
    compact()
  }

  /**
   * Once the room holds `compactAfter` envelopes and this host has every change they carry, one
   * sealed snapshot replaces them: the relay's state stays bounded. An editor's job; two at once
   * leave two snapshots, which is harmless.
   */
  const compact = (): void => {
    if (envelopes.length < (options.compactAfter ?? COMPACT_AFTER)) return
    if (!sealing.isEditor(sealing.deviceKey.publicKey) || waiting.length > 0) return
    if (counters.gaps().length > 0) return
    const { epoch, key } = keys.current()
    // This device's own envelopes never come back to it as remote ones: without this, the
    // snapshot would not cover them, and every other member would see them as withheld.
    counters.cover(sealing.deviceKey.publicKey, ownCounter)
    const snapshot = sealEnvelope(
      { dossierId, epoch, key, deviceKey: sealing.deviceKey },
      0,
      encodeSnapshot(counters.covers(), Y.encodeStateAsUpdate(mirror)),
    )
    room.transact(() => {
      envelopes.delete(0, envelopes.length)
      envelopes.push([snapshot])
    })
  }
  epochs.observe((event) => {
    if (event.transaction.local) return
    if (keys.take(inserted(event))) take([], true)
  })
  envelopes.observe((event) => {
    if (event.transaction.local) return
    take(inserted(event))
  })
  /** Seals each change the hub sends into one envelope. */
  const sealChange = (update: Uint8Array, origin: unknown): void => {
    if (origin === FROM_RELAY || finished) return
    ownCounter += 1
    const { epoch, key } = keys.current()
    envelopes.push([
      sealEnvelope({ dossierId, epoch, key, deviceKey: sealing.deviceKey }, ownCounter, update),
    ])
  }

  const end = (code: number, reason: string): void => {
    if (finished) return
    finished = true
    bridge?.session.destroy()
    clearTimeout(timer)
    clearInterval(upkeep)
    provider.destroy()
    stopPresence()
    roomPresence.destroy()
    presence.destroy()
    if (bridge === null) fail(new Error(reason))
    else bridge.close(code, reason)
    room.destroy()
    mirror.destroy()
  }

  let bridge: HubBridge | null = null
  let upkeep: ReturnType<typeof setInterval> | undefined
  const open = (): void => {
    if (bridge !== null || finished) return
    report(notice())
    upkeep = setInterval(maintain, MAINTAIN_MS)
    upkeep.unref()
    // Only the hub's changes are sealed, and only the bridge brings them: listening from here on
    // spares the room's first sync Yjs' encoding of every update it applies to the mirror (an
    // 'update' listener makes Yjs encode each transaction, here the whole dossier, to no use).
    mirror.on('update', sealChange)
    bridge = bridgeToHub(mirror, ({ code, reason }) => end(code, reason), {
      awareness: presence,
      firstAnswer: fromRoom.answer,
    })
    arrive(bridge.transport)
  }

  // The room is no dossier: the engine's own client syncs it (our replica session would refuse
  // its shape). It does not reconnect by itself; the relay link redials.
  const provider = syncRoom(settings, sealedRoomName(sealing.sessionSecret), room, roomPresence, {
    onSynced: open,
    onEnd: end,
  })
  const timer = setTimeout(() => {
    if (bridge === null) end(1006, `${settings.url} did not sync the sealed room in time`)
  }, ROOM_SYNC_TIMEOUT_MS)
  timer.unref()
  return transport
}
