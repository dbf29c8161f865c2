import type { Awareness } from 'y-protocols/awareness'
import {
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness'
import type { EpochKeys } from './epoch-keys'
import { openEnvelope, sealEnvelope } from './sealed-envelope'

/** Presence opened from the relay: it goes to the hub, never back to the relay. */
const FROM_RELAY = Symbol('presence opened from the relay')

type Change = { added: number[]; updated: number[]; removed: number[] }

const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64')
const fromBase64 = (text: unknown): Uint8Array | null =>
  typeof text === 'string' && text.length < 1_000_000
    ? new Uint8Array(Buffer.from(text, 'base64'))
    : null

/**
 * Presence across a sealed relay (docs/relay.md): who has the dossier open here (the mirror's
 * awareness, which the hub fills) is sealed like a change and published as this host's state in
 * the room's awareness, `{ sealed: <envelope> }`; the states other hosts publish are opened and
 * applied to the mirror's awareness, so the hub shows them to its replicas. The relay sees one
 * opaque state per host. A state that does not open, or whose author is no member, is ignored.
 */
export const sealPresence = (options: {
  readonly dossierId: string
  readonly presence: Awareness
  readonly room: Awareness
  readonly keys: EpochKeys
  readonly deviceKey: { readonly publicKey: string; readonly secretKey: string }
  isMember(key: string): boolean
}): (() => void) => {
  const { dossierId, presence, room, keys } = options
  /** Presence clients brought by each room client (another host). */
  const brought = new Map<number, Set<number>>()
  const relayed = (client: number): boolean =>
    [...brought.values()].some((clients) => clients.has(client))

  const publish = (_change: Change, origin: unknown): void => {
    if (origin === FROM_RELAY) return
    const ours = [...presence.getStates().keys()].filter((client) => !relayed(client))
    const { epoch, key } = keys.current()
    const update = encodeAwarenessUpdate(presence, ours)
    room.setLocalState({
      sealed: toBase64(
        sealEnvelope({ dossierId, epoch, key, deviceKey: options.deviceKey }, 0, update),
      ),
    })
  }

  const take = ({ added, updated, removed }: Change): void => {
    for (const client of [...added, ...updated]) {
      if (client === room.clientID) continue
      const state: unknown = room.getStates().get(client)
      const bytes = fromBase64((state as { sealed?: unknown } | undefined)?.sealed)
      if (bytes === null) continue
      const read = openEnvelope(bytes, dossierId, (epoch) => keys.keysOf(epoch))
      if (!read.ok || !options.isMember(read.envelope.author)) continue
      const before = new Set(presence.getStates().keys())
      try {
        applyAwarenessUpdate(presence, read.envelope.update, FROM_RELAY)
      } catch {
        continue
      }
      const clients = brought.get(client) ?? new Set<number>()
      for (const id of presence.getStates().keys()) if (!before.has(id)) clients.add(id)
      brought.set(client, clients)
    }
    for (const client of removed) {
      const clients = brought.get(client)
      brought.delete(client)
      if (clients !== undefined) removeAwarenessStates(presence, [...clients], FROM_RELAY)
    }
  }

  presence.on('update', publish)
  room.on('update', take)
  return () => {
    presence.off('update', publish)
    room.off('update', take)
  }
}
