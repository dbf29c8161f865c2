import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import type { onCloseParameters } from '@hocuspocus/provider'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import type { RelaySettings } from '../../../shared/relay'

/** Hocuspocus says "permission denied" in-band; the link stops on it (see relay-link.ts). */
export const CLOSE_RELAY_DENIED = 4401
/** How long a relay gets to authenticate this host and sync the room. */
export const ROOM_SYNC_TIMEOUT_MS = 20_000

export interface RoomSyncEvents {
  /** The room and `doc` hold the same: from here on they stay in sync. */
  onSynced(): void
  /** The connection is over (the relay closed it, refused this host, or never answered). */
  onEnd(code: number, reason: string): void
}

export interface RoomSync {
  destroy(): void
}

/**
 * Keeps `doc` in sync with room `name` on the relay through the engine's own client: y-websocket's
 * `WebsocketProvider` (a token as the `token` URL parameter) or Hocuspocus' provider (the token
 * in-band). One connection: neither client reconnects by itself, so the caller's link redials
 * with its own backoff. `doc` is whatever the room holds; what reaches a dossier from it is the
 * caller's to check.
 */
export const syncRoom = (
  settings: RelaySettings,
  name: string,
  doc: Y.Doc,
  awareness: Awareness | null,
  events: RoomSyncEvents,
): RoomSync => {
  let over = false
  const end = (code: number, reason: string): void => {
    if (over) return
    over = true
    events.onEnd(code, reason)
  }
  if (settings.protocol === 'y-websocket') {
    const provider = new WebsocketProvider(settings.url, name, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      shouldReconnect: () => false,
      ...(awareness === null ? {} : { awareness }),
      ...(settings.token === undefined ? {} : { params: { token: settings.token } }),
    })
    provider.on('sync', (synced: boolean) => {
      if (synced && !over) events.onSynced()
    })
    provider.on('connection-close', (event) =>
      end(event?.code || 1006, event?.reason || `${settings.url} closed the connection`),
    )
    return { destroy: () => provider.destroy() }
  }
  const room = hocuspocusRoom(settings, end)
  const provider = new HocuspocusProvider({
    ...room.configuration,
    name,
    document: doc,
    awareness,
    onSynced: ({ state }) => {
      if (state && !over) events.onSynced()
    },
  })
  // Given its own socket provider, a Hocuspocus 3 provider speaks only once attached.
  provider.attach()
  return {
    destroy: () => {
      provider.destroy()
      room.socket.destroy()
    },
  }
}

/**
 * What every Hocuspocus provider of ours is given: one socket to the relay that does not
 * reconnect by itself, the token (sent in-band), and the ends: a refused token is said with
 * CLOSE_RELAY_DENIED (4401), which stops the link; any other close with its own code.
 */
export const hocuspocusRoom = (
  settings: RelaySettings,
  end: (code: number, reason: string) => void,
) => {
  const socket = new HocuspocusProviderWebsocket({
    url: settings.url,
    WebSocketPolyfill: WebSocket,
    maxAttempts: 1,
    timeout: ROOM_SYNC_TIMEOUT_MS,
  })
  return {
    socket,
    configuration: {
      websocketProvider: socket,
      token: settings.token ?? null,
      onAuthenticationFailed: ({ reason }: { reason: string }) =>
        end(CLOSE_RELAY_DENIED, `the relay refused this host (${reason}): check the token`),
      onClose: ({ event }: onCloseParameters) =>
        end(
          event.code || 1006,
          event.reason === '' ? `${settings.url} closed the connection` : event.reason,
        ),
    },
  }
}
