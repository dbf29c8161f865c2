import * as Y from 'yjs'
import { Awareness, applyAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness'
import { guardUpdate } from '../dossier/update-guard'
import { decodeFrame } from './decode'
import {
  encodeAwarenessStates,
  encodeRpc,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
} from './encode'
import type { Frame } from './frame'
import { REPLICA_FRAME_LIMITS } from './limits'
import type { FrameLimits } from './limits'
import type { Presence } from './presence'
import { RpcClient } from './rpc-client'
import { UpdateFeed } from './update-feed'
import type { FeedListener } from './update-feed'
import { errorResponse } from './rpc-envelope'

export interface ClientSessionOptions {
  readonly doc: Y.Doc
  /** Sends one frame to the host; the transport is the caller's. */
  readonly send: (bytes: Uint8Array) => void
  /** Defaults to a new Awareness on `doc`, destroyed with the session. */
  readonly awareness?: Awareness
  readonly limits?: FrameLimits
  readonly rpcTimeoutMs?: number
  /** The host sent something that is not this protocol: the caller should close the transport. */
  readonly onProtocolError?: (reason: string) => void
  /** The host answered our sync step 1: the replica has everything the host had then. */
  readonly onSynced?: () => void
  /**
   * The host sent an update that would delete protected entries or change a fixed field of the
   * dossier; it was not applied. `onProtocolError` follows, so the caller closes the transport.
   */
  readonly onRefusedUpdate?: (reason: string) => void
  /**
   * Send the host every presence state that changes here, not only this session's own: for a
   * bridge that carries other hosts' editors to it (a relay's). Default: own state only.
   */
  readonly relaysPresence?: boolean
  /** The host's close notice (transports without close frames). */
  readonly onHostClose?: (code: number, reason: string) => void
}

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] }

/**
 * One replica's side of a sync connection, over any transport: sends sync step 1 when started,
 * answers the host's step 1 with step 2, forwards local updates and applies remote ones (tagged
 * with the session as origin, so they are not echoed back), and keeps awareness in step. Remote
 * updates are decoded before they are applied, so a broken one is reported, not half-applied.
 */
export class ClientSession {
  readonly doc: Y.Doc
  readonly awareness: Awareness
  readonly rpc: RpcClient
  private readonly ownsAwareness: boolean
  private connected = false
  private syncedOnce = false
  private destroyed = false
  private readonly stopFeed: () => void

  constructor(private readonly options: ClientSessionOptions) {
    this.doc = options.doc
    this.ownsAwareness = options.awareness === undefined
    this.awareness = options.awareness ?? new Awareness(options.doc)
    this.rpc = new RpcClient((bytes) => {
      if (!this.connected) throw new Error('not connected to the host')
      this.options.send(bytes)
    }, options.rpcTimeoutMs)
    this.stopFeed = UpdateFeed.of(this.doc).subscribe(this.onDocUpdate)
    this.awareness.on('update', this.onAwarenessUpdate)
  }

  get synced(): boolean {
    return this.syncedOnce
  }

  /** Call when the transport opens (and on every reconnect). */
  start(): void {
    if (this.destroyed) return
    this.connected = true
    this.syncedOnce = false
    this.sendNow(encodeSyncStep1(Y.encodeStateVector(this.doc)))
    if (this.awareness.getLocalState() !== null) {
      this.sendNow(encodeAwarenessStates(this.awareness, [this.doc.clientID]))
    }
  }

  /** Call with every frame from the host. Never throws. */
  receive(bytes: Uint8Array): void {
    if (this.destroyed) return
    const decoded = decodeFrame(bytes, this.options.limits ?? REPLICA_FRAME_LIMITS)
    if (!decoded.ok) return this.protocolError(`${decoded.reason}: ${decoded.detail}`)
    try {
      this.handle(decoded.frame)
    } catch (error) {
      this.protocolError(`frame could not be handled: ${String(error)}`)
    }
  }

  /** Call when the transport closes: remote presences go, calls in flight fail. */
  disconnected(): void {
    this.connected = false
    this.syncedOnce = false
    const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.doc.clientID)
    removeAwarenessStates(this.awareness, others, this)
    this.rpc.failAll('disconnected', 'the connection to the host closed')
  }

  setPresence(presence: Presence | null): void {
    this.awareness.setLocalState(presence)
  }

  destroy(): void {
    if (this.destroyed) return
    if (this.connected && this.awareness.getLocalState() !== null) {
      this.awareness.setLocalState(null)
    }
    this.disconnected()
    this.destroyed = true
    this.stopFeed()
    this.awareness.off('update', this.onAwarenessUpdate)
    if (this.ownsAwareness) this.awareness.destroy()
  }

  private handle(frame: Frame): void {
    switch (frame.type) {
      case 'sync-step1':
        return this.sendNow(encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, frame.stateVector)))
      case 'sync-step2':
        this.applyRemote(frame.update)
        if (!this.syncedOnce) {
          this.syncedOnce = true
          this.options.onSynced?.()
        }
        return
      case 'sync-update':
        return this.applyRemote(frame.update)
      case 'awareness':
        return applyAwarenessUpdate(this.awareness, frame.update, this)
      case 'query-awareness':
        return this.sendNow(encodeAwarenessStates(this.awareness, [this.doc.clientID]))
      case 'rpc':
        if (frame.message.kind === 'response') return this.rpc.receive(frame.message.response)
        // The host asks nothing of replicas (yet); say so rather than leave it waiting.
        return this.sendNow(
          encodeRpc(errorResponse(frame.message.request.id, 'method-not-found', 'not a host')),
        )
      case 'close':
        return this.options.onHostClose?.(frame.code, frame.reason)
    }
  }

  private applyRemote(update: Uint8Array): void {
    let decoded: ReturnType<typeof Y.decodeUpdate>
    try {
      // Decoded once, for the check and the guard both: a whole dossier can arrive in one frame.
      decoded = Y.decodeUpdate(update)
    } catch {
      return this.protocolError('the host sent an update that does not decode')
    }
    // Every replica enforces append-only, not only the host: a host can be wrong too.
    const verdict = guardUpdate(this.doc, update, { unresolved: 'defer', decoded })
    if (!verdict.ok) {
      this.options.onRefusedUpdate?.(verdict.reason)
      return this.protocolError(`refused an update from the host: ${verdict.reason}`)
    }
    // The received bytes stand for the change (update-feed.ts): a whole dossier is not encoded
    // again for a listener that ignores the host's own changes.
    UpdateFeed.of(this.doc).applyReceived(update, this)
  }

  private readonly onDocUpdate: FeedListener = (update, origin) => {
    if (origin !== this && this.connected) this.sendNow(encodeSyncUpdate(update))
  }

  private readonly onAwarenessUpdate = (change: AwarenessChange, origin: unknown): void => {
    if (origin === this || !this.connected) return
    // Only our own state: y-websocket also echoes everyone else's, which a strict host drops.
    const changed = [...change.added, ...change.updated, ...change.removed]
    const mine =
      this.options.relaysPresence === true
        ? changed
        : changed.filter((id) => id === this.doc.clientID)
    if (mine.length > 0) this.sendNow(encodeAwarenessStates(this.awareness, mine))
  }

  private sendNow(bytes: Uint8Array): void {
    try {
      this.options.send(bytes)
    } catch {
      // A transport that is closing throws on send; its close handler calls disconnected().
    }
  }

  private protocolError(reason: string): void {
    this.options.onProtocolError?.(reason)
  }
}
