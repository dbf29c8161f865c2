import { Awareness, applyAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import {
  PEER_HOST_FRAME_LIMITS,
  decodeFrame,
  encodeAwarenessStates,
  encodeRpc,
  errorResponse,
} from '../../../shared/protocol'
import type { RelaySettings } from '../../../shared/relay'
import { memoryPair, deferredTransport } from '../../../shared/transport'
import type { Transport } from '../../../shared/transport'
import { ForwardingProvider } from './hocuspocus-forward'
import { CLOSE_RELAY_DENIED, ROOM_SYNC_TIMEOUT_MS, hocuspocusRoom } from './room-sync'

export { CLOSE_RELAY_DENIED }

/** Presence the hub sent: the provider tells the room, and it is not sent back to the hub. */
const FROM_HUB = Symbol('presence from the hub')

/**
 * A dossier's room on a Hocuspocus relay (plain mode), as a Transport the hub can take. Hocuspocus
 * names the document in every frame and authenticates in-band, so its own provider speaks to it
 * (no framing of ours). The provider applies nothing: the room's sync messages go to the hub as
 * they came (`hocuspocus-forward.ts`), so everything the relay sends reaches the dossier through
 * the hub's checks and guard, as any peer's changes do, and the dossier is decoded once on the
 * way, not applied to a shadow copy first. What the hub sends goes to the room as Hocuspocus'
 * update and awareness messages. The transport opens once the provider has authenticated and the
 * room has answered its sync step 1; a refused token closes it with 4401, which stops the link.
 */
export const dialHocuspocus = (settings: RelaySettings, dossierId: string): Transport => {
  // The provider's document stays empty (its sync step 1 asks the room for everything); its
  // Awareness carries presence both ways.
  const empty = new Y.Doc()
  const awareness = new Awareness(empty)
  const pair = memoryPair({ kind: 'relay' })
  /** Frames for the hub until it listens: the room may answer before the hub has the link. */
  let held: Uint8Array[] | null = []
  let opened = false
  let finished = false
  const { transport, arrive, fail } = deferredTransport('relay')

  const toHub = (frame: Uint8Array): void => {
    if (held === null) pair.a.send(frame)
    else held.push(frame)
  }

  const end = (code: number, reason: string): void => {
    if (finished) return
    finished = true
    clearTimeout(timer)
    held = null
    provider.destroy()
    room.socket.destroy()
    empty.destroy()
    if (opened) return pair.b.close(code, reason)
    if (code !== CLOSE_RELAY_DENIED) return fail(new Error(reason))
    // Refused, not unreachable: said with its code, so the link stops instead of retrying.
    const refused = memoryPair({ kind: 'relay' })
    arrive(refused.b)
    queueMicrotask(() => refused.b.close(code, reason))
  }

  const room = hocuspocusRoom(settings, end)
  const provider = new ForwardingProvider(
    { ...room.configuration, name: dossierId, document: empty, awareness },
    ({ frame, step2 }) => {
      if (finished) return
      toHub(frame)
      if (!step2 || opened) return
      opened = true
      clearTimeout(timer)
      arrive(hub)
    },
  )

  awareness.on('update', (change: AwarenessChange, origin: unknown) => {
    if (origin === FROM_HUB || finished) return
    const clients = [...change.added, ...change.updated, ...change.removed]
    if (clients.length > 0) toHub(encodeAwarenessStates(awareness, clients))
  })

  pair.a.onMessage((bytes) => {
    const decoded = decodeFrame(bytes, PEER_HOST_FRAME_LIMITS)
    if (!decoded.ok || finished) return
    const { frame } = decoded
    switch (frame.type) {
      case 'sync-step2':
      case 'sync-update':
        return provider.sendUpdate(frame.update)
      case 'awareness':
        return applyAwarenessUpdate(awareness, frame.update, FROM_HUB)
      case 'query-awareness':
        return toHub(encodeAwarenessStates(awareness, [...awareness.getStates().keys()]))
      case 'rpc':
        // The hub asks nothing of a relay; say so rather than leave it waiting.
        if (frame.message.kind === 'request')
          toHub(encodeRpc(errorResponse(frame.message.request.id, 'method-not-found', 'a relay')))
        return
      default:
        // The hub's sync step 1: the provider's own asked the room for everything already.
        return
    }
  })
  pair.a.onClose(({ code, reason }) => end(code, reason))

  /** The hub's side. The room's first frames wait until the hub listens, or they reach no one. */
  const hub: Transport = {
    ...pair.b,
    onMessage: (listener) => {
      pair.b.onMessage(listener)
      if (held === null) return
      const waiting = held
      held = null
      if (awareness.getLocalState() !== null)
        pair.a.send(encodeAwarenessStates(awareness, [empty.clientID]))
      for (const frame of waiting) pair.a.send(frame)
    },
  }

  const timer = setTimeout(
    () => end(1006, `${settings.url} did not sync the dossier in time`),
    ROOM_SYNC_TIMEOUT_MS,
  )
  timer.unref()
  // Given its own socket provider, a Hocuspocus 3 provider speaks only once attached.
  provider.attach()
  return transport
}

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] }
