import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import {
  ClientSession,
  PEER_HOST_FRAME_LIMITS,
  decodeFrame,
  encodeSyncStep2,
} from '../../../shared/protocol'
import { memoryPair } from '../../../shared/transport'
import type { Transport, TransportClose } from '../../../shared/transport'

export interface HubBridge {
  /** The hub's side: hand it to `hub.connect` (through the relay link). */
  readonly transport: Transport
  readonly session: ClientSession
  /** Closes the hub's side with why. */
  close(code: number, reason: string): void
}

export interface HubBridgeOptions {
  readonly awareness?: Awareness
  /**
   * Answers the hub's first sync step 1 (its state vector) with updates that hold everything `doc`
   * has and the hub lacks, instead of the session encoding them from `doc` again; null leaves the
   * answer to the session. For a document built from updates that are still at hand.
   */
  readonly firstAnswer?: (stateVector: Uint8Array) => readonly Uint8Array[] | null
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
  { awareness, firstAnswer }: HubBridgeOptions = {},
): HubBridge => {
  const pair = memoryPair({ kind: 'relay' })
  const session = new ClientSession({
    doc,
    ...(awareness === undefined ? {} : { awareness, relaysPresence: true }),
    send: (bytes) => pair.a.send(bytes),
    limits: PEER_HOST_FRAME_LIMITS,
  })
  let answering = firstAnswer
  pair.a.onMessage((bytes) => {
    if (answering !== undefined) {
      const decoded = decodeFrame(bytes, PEER_HOST_FRAME_LIMITS)
      if (decoded.ok && decoded.frame.type === 'sync-step1') {
        const updates = answering(decoded.frame.stateVector)
        answering = undefined
        if (updates !== null) {
          for (const update of updates) pair.a.send(encodeSyncStep2(update))
          return
        }
      }
    }
    session.receive(bytes)
  })
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
