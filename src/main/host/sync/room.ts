import * as Y from 'yjs'
import { Awareness, applyAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness'
import { guardUpdate } from '../../../shared/dossier'
import {
  CLOSE_POLICY_VIOLATION,
  CLOSE_REFUSED_UPDATE,
  checkUpdate,
  encodeAwarenessStates,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
  UpdateFeed,
  writeAwarenessEntries,
} from '../../../shared/protocol'
import type { AwarenessEntry, DecodedUpdate } from '../../../shared/protocol'
import { screenAwareness } from './awareness-guard'
import type { Connection } from './connection'
import type { DocLease } from './doc-provider'
import { Durability } from './durability'

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] }

export interface RoomEvents {
  /** Something a replica sent decoded but did not apply; the connection has been closed. */
  readonly onRejected: (connection: Connection, reason: string, error?: unknown) => void
  readonly onPersistFailed: (dossierId: string, error: unknown) => void
}

/**
 * One open dossier and the connections syncing it. Updates are checked (decoded in full, and
 * their dependencies present) before they touch the document; each applied update is broadcast
 * to every other connection and handed to the provider to make durable.
 */
export class Room {
  readonly connections = new Set<Connection>()
  readonly durability = new Durability()
  /**
   * Presence lives on a private document: y-protocols' Awareness subscribes to its document's
   * destroy event for good, and the dossier's document outlives many rooms.
   */
  readonly awareness = new Awareness(new Y.Doc())
  private readonly owners = new Map<number, Connection>()
  private readonly doc: Y.Doc
  private readonly stopFeed: () => void
  /** Updates refused because they would erase or rewrite what the dossier protects. */
  refusedUpdates = 0

  constructor(
    readonly dossierId: string,
    private readonly lease: DocLease,
    private readonly events: RoomEvents,
  ) {
    this.doc = lease.doc
    this.awareness.setLocalState(null)
    this.stopFeed = UpdateFeed.of(this.doc).subscribe(this.onDocUpdate)
    this.awareness.on('update', this.onAwarenessUpdate)
  }

  /** y-websocket's greeting: our state vector, then everyone's presence. */
  join(connection: Connection): void {
    this.connections.add(connection)
    connection.send(encodeSyncStep1(Y.encodeStateVector(this.doc)))
    const clients = [...this.awareness.getStates().keys()]
    if (clients.length > 0) connection.send(encodeAwarenessStates(this.awareness, clients))
  }

  leave(connection: Connection): void {
    this.connections.delete(connection)
    const clients = [...connection.awarenessClients]
    for (const client of clients) this.owners.delete(client)
    removeAwarenessStates(this.awareness, clients, connection)
  }

  /** Stops listening; the caller releases the lease once `durability` has drained. */
  detach(): void {
    this.stopFeed()
    this.awareness.off('update', this.onAwarenessUpdate)
    this.awareness.destroy()
  }

  release(): void {
    this.lease.release()
  }

  answerStep1(connection: Connection, stateVector: Uint8Array): void {
    connection.send(encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, stateVector)))
  }

  sendAllPresence(connection: Connection): void {
    const clients = [...this.awareness.getStates().keys()]
    if (clients.length > 0) connection.send(encodeAwarenessStates(this.awareness, clients))
  }

  receiveUpdate(connection: Connection, update: Uint8Array): void {
    const check = checkUpdate(update, this.stateOf)
    if (!check.ok) return this.reject(connection, `malformed update: ${check.detail}`)
    // Viewers still receive everything; what they send is checked like anyone's, then dropped.
    if (check.empty || connection.role === 'viewer') return
    if (check.missing) {
      if (!connection.hold(update)) {
        this.reject(connection, 'too many updates waiting for changes that never arrived')
      }
      return
    }
    if (this.apply(connection, update, check.decoded)) this.releaseHeld()
  }

  receiveAwareness(connection: Connection, entries: readonly AwarenessEntry[], max: number): void {
    const screen = screenAwareness(
      entries,
      connection.awarenessClients,
      (client) => {
        const owner = this.owners.get(client)
        return owner !== undefined && owner !== connection
      },
      this.awareness,
      max,
    )
    if (screen.overLimit) {
      return this.reject(connection, `awareness for more than ${max} clients`)
    }
    for (const client of screen.claimed) {
      connection.awarenessClients.add(client)
      this.owners.set(client, connection)
    }
    if (screen.accepted.length === 0) return
    applyAwarenessUpdate(this.awareness, writeAwarenessEntries(screen.accepted), connection)
  }

  private readonly stateOf = (client: number): number => Y.getState(this.doc.store, client)

  private apply(connection: Connection, update: Uint8Array, decoded: DecodedUpdate): boolean {
    // Here, not on receipt: an update held for missing changes is complete only now.
    const verdict = guardUpdate(this.doc, update, { decoded })
    if (!verdict.ok) {
      this.refusedUpdates += 1
      this.reject(connection, `update refused: ${verdict.reason}`, undefined, CLOSE_REFUSED_UPDATE)
      return false
    }
    try {
      // The bytes received are what the room forwards and the store logs (update-feed.ts).
      UpdateFeed.of(this.doc).applyReceived(update, connection)
      return true
    } catch (error) {
      // checkUpdate decoded it cleanly, so this is a Yjs failure while integrating or an
      // observer's; the connection goes, the hub and the other replicas stay.
      this.reject(connection, 'update could not be applied', error)
      return false
    }
  }

  /** Applies held updates whose dependencies have since arrived, until none is released. */
  private releaseHeld(): void {
    let released = true
    while (released) {
      released = false
      for (const connection of this.connections) {
        if (!connection.hasHeld || connection.closedAlready) continue
        const held = connection.takeHeld()
        const merged = Y.mergeUpdates(held)
        const check = checkUpdate(merged, this.stateOf)
        if (check.ok && !check.missing) {
          if (!check.empty && this.apply(connection, merged, check.decoded)) released = true
        } else {
          connection.hold(merged)
        }
      }
    }
  }

  private reject(
    connection: Connection,
    reason: string,
    error?: unknown,
    code = CLOSE_POLICY_VIOLATION,
  ): void {
    connection.close(code, reason)
    this.events.onRejected(connection, reason, error)
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    const frame = encodeSyncUpdate(update)
    for (const connection of this.connections) {
      if (connection !== origin) connection.send(frame)
    }
    const source = this.connections.has(origin as Connection) ? (origin as Connection) : null
    if (source === null || this.lease.persisted === undefined) return
    let write: Promise<void>
    try {
      write = this.lease.persisted(update)
    } catch (error) {
      write = Promise.reject(error)
    }
    source.durability.track(write)
    this.durability.track(write)
    write.catch((error: unknown) => this.events.onPersistFailed(this.dossierId, error))
  }

  private readonly onAwarenessUpdate = (change: AwarenessChange, origin: unknown): void => {
    const clients = [...change.added, ...change.updated, ...change.removed]
    if (clients.length === 0) return
    const frame = encodeAwarenessStates(this.awareness, clients)
    for (const connection of this.connections) {
      if (connection !== origin) connection.send(frame)
    }
  }
}
