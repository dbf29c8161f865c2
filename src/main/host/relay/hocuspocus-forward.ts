import { HocuspocusProvider, MessageType } from '@hocuspocus/provider'
import type { HocuspocusProviderConfiguration } from '@hocuspocus/provider'
import * as decoding from 'lib0/decoding'
import type { MessageEvent } from 'ws'
import { messageYjsSyncStep1, messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync'
import { encodeSyncStep1, encodeSyncStep2, encodeSyncUpdate } from '../../../shared/protocol'
import { asBytes } from '../../../shared/transport'

/** One sync message of the room, as the hub's protocol frames it, and whether it was step 2. */
export interface RoomSyncFrame {
  readonly frame: Uint8Array
  readonly step2: boolean
}

const SYNC_FRAMES: Record<number, ((payload: Uint8Array) => Uint8Array) | undefined> = {
  [messageYjsSyncStep1]: encodeSyncStep1,
  [messageYjsSyncStep2]: encodeSyncStep2,
  [messageYjsUpdate]: encodeSyncUpdate,
}

/**
 * Hocuspocus' own provider, except that the room's sync messages are not applied to a document of
 * ours: each is handed to `forward` as the hub's protocol frames it (its y-protocols sync message,
 * taken out of Hocuspocus' envelope), for the hub to check, guard and apply as any peer's. So a
 * dossier crosses from the relay into the hub once, with no shadow copy applied and encoded again
 * on the way. Everything else the provider does itself: it authenticates (the token, in-band),
 * asks for the room with its sync step 1 (its document stays empty: the room sends everything),
 * sends what the hub gives it (`documentUpdateHandler`: Hocuspocus' update message) and keeps
 * presence (its Awareness). Its reading of the other messages (authentication, sync status,
 * close, awareness) is its own `MessageReceiver`'s.
 *
 * What is read here: the start of each message, its document name and message type (as the
 * provider's `IncomingMessage` reads them, and its socket to route it; the type is the provider's
 * own `MessageType`), and inside a sync message the y-protocols sync message (its type and update,
 * as y-websocket frames it too). Nothing is encoded for Hocuspocus here: every message to the room
 * is one of the provider's own.
 */
export class ForwardingProvider extends HocuspocusProvider {
  private forward: ((sync: RoomSyncFrame) => void) | null = null

  constructor(
    configuration: HocuspocusProviderConfiguration,
    forward: (sync: RoomSyncFrame) => void,
  ) {
    super(configuration)
    this.forward = forward
  }

  override onMessage(event: MessageEvent): void {
    if (this.forward === null) return
    const bytes = asBytes(event.data)
    if (bytes === null) return super.onMessage(event)
    const decoder = decoding.createDecoder(bytes)
    let sync: RoomSyncFrame | null = null
    try {
      decoding.readVarString(decoder)
      if (decoding.readVarUint(decoder) !== MessageType.Sync) return super.onMessage(event)
      const type = decoding.readVarUint(decoder)
      const payload = decoding.readVarUint8Array(decoder)
      const encode = SYNC_FRAMES[type]
      if (encode !== undefined)
        sync = { frame: encode(payload), step2: type === messageYjsSyncStep2 }
    } catch {
      // Truncated: the provider's own reading says what it says of it.
      return super.onMessage(event)
    }
    if (sync === null) return super.onMessage(event)
    this.forward(sync)
  }

  /** Sends the room a change from the hub, as Hocuspocus' own update message. */
  sendUpdate(update: Uint8Array): void {
    this.documentUpdateHandler(update, null)
  }

  override destroy(): void {
    this.forward = null
    super.destroy()
  }
}
