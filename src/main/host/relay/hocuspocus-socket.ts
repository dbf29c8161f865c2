import { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { RelaySettings } from '../../../shared/relay'
import { memoryPair, pendingTransport } from '../../../shared/transport'
import type { Transport } from '../../../shared/transport'
import { bridgeToHub } from './hub-bridge'
import type { HubBridge } from './hub-bridge'
import { CLOSE_RELAY_DENIED, ROOM_SYNC_TIMEOUT_MS, syncRoom } from './room-sync'

export { CLOSE_RELAY_DENIED }

/**
 * A dossier's room on a Hocuspocus relay (plain mode), as a Transport the hub can take. Hocuspocus
 * names the document in every frame and authenticates in-band, so its own provider speaks to it
 * (no framing of ours): the provider syncs a shadow document with the room, and a bridge syncs
 * that shadow with the hub. Everything the relay sends therefore reaches the dossier through the
 * hub's checks and guard, as any peer's changes do. The transport opens once the provider has
 * authenticated and synced; a refused token closes it with 4401, which stops the link.
 */
export const dialHocuspocus = (settings: RelaySettings, dossierId: string): Transport => {
  const shadow = new Y.Doc()
  const awareness = new Awareness(shadow)
  let hub: HubBridge | null = null
  let finished = false
  let arrive!: (transport: Transport) => void
  let fail!: (error: Error) => void
  const carrier = new Promise<Transport>((resolve, reject) => {
    arrive = resolve
    fail = reject
  })

  const end = (code: number, reason: string): void => {
    if (finished) return
    finished = true
    clearTimeout(timer)
    hub?.session.destroy()
    room.destroy()
    awareness.destroy()
    shadow.destroy()
    if (hub !== null) return hub.close(code, reason)
    if (code !== CLOSE_RELAY_DENIED) return fail(new Error(reason))
    // Refused, not unreachable: said with its code, so the link stops instead of retrying.
    const refused = memoryPair({ kind: 'relay' })
    arrive(refused.b)
    queueMicrotask(() => refused.b.close(code, reason))
  }

  const room = syncRoom(settings, dossierId, shadow, awareness, {
    onSynced: () => {
      if (hub !== null || finished) return
      clearTimeout(timer)
      hub = bridgeToHub(shadow, ({ code, reason }) => end(code, reason), awareness)
      arrive(hub.transport)
    },
    onEnd: end,
  })
  const timer = setTimeout(
    () => end(1006, `${settings.url} did not sync the dossier in time`),
    ROOM_SYNC_TIMEOUT_MS,
  )
  timer.unref()
  return pendingTransport('relay', carrier)
}
