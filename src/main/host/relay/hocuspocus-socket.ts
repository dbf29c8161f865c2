import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import WebSocket from 'ws'
import { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { RelaySettings } from '../../../shared/relay'
import { memoryPair, pendingTransport } from '../../../shared/transport'
import type { Transport } from '../../../shared/transport'
import { bridgeToHub } from './hub-bridge'
import type { HubBridge } from './hub-bridge'

/** How long a Hocuspocus relay gets to authenticate this host and sync the room. */
const SYNC_TIMEOUT_MS = 20_000
/** Hocuspocus says "permission denied" in-band; the link stops on it (see relay-link.ts). */
export const CLOSE_RELAY_DENIED = 4401

/**
 * A dossier's room on a Hocuspocus relay, as a Transport the hub can take. Hocuspocus names the
 * document in every frame and authenticates in-band, so its own provider speaks to it (no framing
 * of ours): the provider syncs a shadow document with the room, and a ClientSession syncs that
 * shadow with the hub over an in-memory pair. Everything the relay sends therefore reaches the
 * dossier through the hub's checks and guard, as any peer's changes do. The transport opens once
 * the provider has authenticated and synced; the provider's own reconnects are off (one attempt):
 * the relay link redials with its backoff, as for any relay.
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
  const socket = new HocuspocusProviderWebsocket({
    url: settings.url,
    WebSocketPolyfill: WebSocket,
    maxAttempts: 1,
    timeout: SYNC_TIMEOUT_MS,
  })
  let provider: HocuspocusProvider | null = null
  const timer = setTimeout(
    () => end(1006, `${settings.url} did not sync the dossier in time`),
    SYNC_TIMEOUT_MS,
  )
  timer.unref()

  const end = (code: number, reason: string): void => {
    if (finished) return
    finished = true
    clearTimeout(timer)
    hub?.session.destroy()
    provider?.destroy()
    socket.destroy()
    awareness.destroy()
    shadow.destroy()
    if (hub !== null) return hub.close(code, reason)
    if (code !== CLOSE_RELAY_DENIED) return fail(new Error(reason))
    // Refused, not unreachable: said with its code, so the link stops instead of retrying.
    const refused = memoryPair({ kind: 'relay' })
    arrive(refused.b)
    queueMicrotask(() => refused.b.close(code, reason))
  }

  const connectHub = (): void => {
    if (hub !== null || finished) return
    clearTimeout(timer)
    const bridge = bridgeToHub(shadow, ({ code, reason }) => end(code, reason), awareness)
    hub = bridge
    arrive(bridge.transport)
  }

  provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: dossierId,
    document: shadow,
    awareness,
    token: settings.token ?? null,
    onSynced: ({ state }) => {
      if (state) connectHub()
    },
    onAuthenticationFailed: ({ reason }) =>
      end(CLOSE_RELAY_DENIED, `the relay refused this host (${reason}): check the token`),
    onClose: ({ event }) =>
      end(
        event.code || 1006,
        event.reason === '' ? `${settings.url} closed the connection` : event.reason,
      ),
  })
  // Given its own socket provider, a Hocuspocus 3 provider speaks only once attached.
  provider.attach()
  return pendingTransport('relay', carrier)
}
