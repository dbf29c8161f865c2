import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import { ClientSession, PEER_HOST_FRAME_LIMITS } from '../../../shared/protocol'
import { memoryPair } from '../../../shared/transport'
import type { Transport, TransportClose } from '../../../shared/transport'

export interface HubBridge {
  /** The hub's side: hand it to `hub.connect` (through the relay link). */
  readonly transport: Transport
  readonly session: ClientSession
  /** Closes the hub's side with why. */
  close(code: number, reason: string): void
}

/**
 * Syncs `doc` (a relay's shadow or mirror document) with the hub, as a replica would, over an
 * in-memory pair: everything that reaches the dossier from `doc` passes the hub's checks and
 * guard. The session speaks first (its sync step 1), so it starts only once the hub listens, or
 * its first frames would reach no one. `onClose` hears the hub closing its side (4422 for a
 * refused change, say).
 */
export const bridgeToHub = (
  doc: Y.Doc,
  onClose: (close: TransportClose) => void,
  awareness?: Awareness,
): HubBridge => {
  const pair = memoryPair({ kind: 'relay' })
  const session = new ClientSession({
    doc,
    ...(awareness === undefined ? {} : { awareness, relaysPresence: true }),
    send: (bytes) => pair.a.send(bytes),
    limits: PEER_HOST_FRAME_LIMITS,
  })
  pair.a.onMessage((bytes) => session.receive(bytes))
  pair.a.onClose(onClose)
  let started = false
  return {
    session,
    close: (code, reason) => pair.b.close(code, reason),
    transport: {
      ...pair.b,
      onMessage: (listener) => {
        pair.b.onMessage(listener)
        if (started) return
        started = true
        session.start()
      },
    },
  }
}
