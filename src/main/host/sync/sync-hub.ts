import { randomBytes } from 'node:crypto'
import {
  CLOSE_DOSSIER_FULL,
  CLOSE_GOING_AWAY,
  CLOSE_INTERNAL_ERROR,
  CLOSE_POLICY_VIOLATION,
  CLOSE_UNKNOWN_DOSSIER,
  DEFAULT_CONNECTION_LIMITS,
  roomSchema,
  encodeRpc,
  RpcError,
  errorResponse,
  maxFrameBytes,
  readPresence,
} from '../../../shared/protocol'
import type { ConnectionLimits, Frame, Peer, Role, RpcRequest } from '../../../shared/protocol'
import { DEFAULT_HOST_LIMITS } from '../host-limits'
import type { HostLimits } from '../host-limits'
import { Connection } from './connection'
import type { ConnectionInfo } from './connection'
import { isUnknownDossier } from './doc-provider'
import type { DocProvider } from './doc-provider'
import { DossierSize } from './dossier-size'
import { HostBudget } from './host-budget'
import { Room } from './room'
import { dispatchRpc } from './rpc-dispatch'
import type { HubRpcHandlers, RpcHandler } from './rpc-dispatch'
import type { Transport } from '../../../shared/transport'

export type HubEvent =
  | { readonly type: 'connected'; readonly connection: ConnectionInfo }
  | {
      readonly type: 'closed'
      readonly connection: ConnectionInfo
      readonly code: number
      readonly reason: string
    }
  | {
      readonly type: 'rejected'
      readonly connection: ConnectionInfo
      readonly reason: string
      readonly error?: unknown
    }
  | { readonly type: 'persist-failed'; readonly dossierId: string; readonly error: unknown }
  | { readonly type: 'open-failed'; readonly dossierId: string; readonly error: unknown }
  | { readonly type: 'rpc-failed'; readonly method: string; readonly error: unknown }

export interface SyncHubOptions {
  readonly docs: DocProvider
  /** The library's RPC methods; `peers` and `flush` are the hub's own. */
  readonly rpc?: RpcHandler
  readonly limits?: ConnectionLimits
  /** Limits over all connections together (held bytes, dossier size); see host-limits. */
  readonly hostLimits?: HostLimits
  readonly onEvent?: (event: HubEvent) => void
  /** The clock for rate limits (tests). */
  readonly now?: () => number
}

export interface ConnectOptions {
  /** The dossier this connection syncs, chosen at connect time (y-websocket's room). */
  readonly dossierId: string
  readonly role?: Role
  /**
   * `flush-only` for another host's connection (a LAN peer): it syncs the dossier but may not
   * call the library (list, create, share...) on this host; only `flush` answers.
   */
  readonly rpc?: 'all' | 'flush-only'
  /**
   * How many awareness clients this connection may speak for (default: the hub's limit). Another
   * host relays the presence of every replica it knows, so it needs more than one person's tabs.
   */
  readonly awarenessClients?: number
  /**
   * Limits for this connection in place of the hub's (PEER_HOST_LIMITS for another member's host:
   * a whole dossier in one sync step 2, many editors' frames). Frames that arrive while the
   * dossier opens may always wait up to one largest frame.
   */
  readonly limits?: Partial<ConnectionLimits>
}

interface RoomSlot {
  readonly ready: Promise<Room>
  room: Room | null
  size: DossierSize | null
  /**
   * Connections waiting for `ready`. A room is not closed while any wait: the first of two
   * connections to close before the dossier opened would otherwise close the room under the
   * second, which would then sit in a detached room and never hear another change.
   */
  joining: number
}

/**
 * Serves dossiers to replicas: one room per open dossier, any number of connections per room,
 * over any Transport. The hub never trusts a frame: see Connection (size, rate, decoding) and
 * Room (update checks, awareness ownership). A bad frame costs its connection only.
 */
export class SyncHub {
  private readonly rooms = new Map<string, RoomSlot>()
  private readonly connections = new Set<Connection>()
  private readonly closing = new Set<Promise<void>>()
  private readonly flushOnly = new WeakSet<Connection>()
  private readonly awarenessCaps = new WeakMap<Connection, number>()
  private readonly limits: ConnectionLimits
  private readonly hostLimits: HostLimits
  /** What all connections together may hold on the host. */
  readonly budget: HostBudget
  private shutDown = false

  constructor(private readonly options: SyncHubOptions) {
    this.limits = options.limits ?? DEFAULT_CONNECTION_LIMITS
    this.hostLimits = options.hostLimits ?? DEFAULT_HOST_LIMITS
    this.budget = new HostBudget(this.hostLimits.heldBytes)
  }

  connect(
    transport: Transport,
    { dossierId, role = 'editor', rpc = 'all', awarenessClients, limits: own }: ConnectOptions,
  ): ConnectionInfo {
    const id = `p_${randomBytes(6).toString('hex')}`
    const merged = own === undefined ? this.limits : { ...this.limits, ...own }
    const limits =
      own === undefined
        ? merged
        : { ...merged, queuedBytes: Math.max(merged.queuedBytes, maxFrameBytes(merged.frames)) }
    const connection = new Connection(
      id,
      dossierId,
      role,
      transport,
      limits,
      this.options.now ?? Date.now,
      this.budget,
    )
    if (this.shutDown) {
      connection.close(CLOSE_GOING_AWAY, 'host shutting down')
      return connection
    }
    this.connections.add(connection)
    if (rpc === 'flush-only') this.flushOnly.add(connection)
    if (awarenessClients !== undefined) this.awarenessCaps.set(connection, awarenessClients)
    connection.onClose((code, reason) => {
      this.connections.delete(connection)
      this.emit({ type: 'closed', connection, code, reason })
    })
    this.emit({ type: 'connected', connection })
    if (!roomSchema.safeParse(dossierId).success) {
      connection.close(CLOSE_POLICY_VIOLATION, 'not a dossier id')
      return connection
    }
    this.join(connection).catch((error: unknown) => {
      this.emit({ type: 'open-failed', dossierId, error })
      connection.close(CLOSE_INTERNAL_ERROR, 'the dossier could not be opened')
    })
    return connection
  }

  /** Who is connected, to which dossier, and what each says about itself. */
  peers(dossierId?: string): Peer[] {
    const peers: Peer[] = []
    for (const [id, slot] of this.rooms) {
      if (slot.room === null || (dossierId !== undefined && dossierId !== id)) continue
      const states = slot.room.awareness.getStates()
      for (const connection of slot.room.connections) {
        const clients = [...connection.awarenessClients]
          .filter((clientId) => states.has(clientId))
          .map((clientId) => {
            const presence = readPresence(states.get(clientId))
            return {
              clientId,
              name: presence?.user.name ?? null,
              claimId: presence?.claimId ?? null,
            }
          })
        const { role, transport } = connection
        peers.push({ connection: connection.id, dossierId: id, role, transport, clients })
      }
    }
    return peers
  }

  get stats(): { readonly rooms: number; readonly connections: number } {
    return { rooms: this.rooms.size, connections: this.connections.size }
  }

  /** Waits until every update applied so far is durable (or failed). */
  async flush(): Promise<void> {
    const rooms = [...this.rooms.values()].map((slot) => slot.room)
    await Promise.all(rooms.map((room) => room?.durability.flush()))
    await Promise.all([...this.closing])
  }

  /** Closes every connection (1001), waits for pending writes and releases every dossier. */
  async close(): Promise<void> {
    this.shutDown = true
    for (const connection of [...this.connections]) {
      connection.close(CLOSE_GOING_AWAY, 'host shutting down')
    }
    await Promise.allSettled([...this.rooms.values()].map((slot) => slot.ready))
    await Promise.all([...this.closing])
  }

  private async join(connection: Connection): Promise<void> {
    const slot = this.slotFor(connection.dossierId)
    slot.joining += 1
    let room: Room
    try {
      room = await slot.ready
    } catch (error) {
      if (!isUnknownDossier(error)) throw error
      connection.close(CLOSE_UNKNOWN_DOSSIER, 'unknown dossier')
      return
    } finally {
      slot.joining -= 1
    }
    if (connection.closedAlready) return this.closeIfEmpty(room)
    room.join(connection)
    connection.onClose(() => {
      room.leave(connection)
      this.closeIfEmpty(room)
    })
    connection.open((frame) => this.handle(room, connection, frame))
  }

  private slotFor(dossierId: string): RoomSlot {
    const existing = this.rooms.get(dossierId)
    if (existing !== undefined) return existing
    const slot: RoomSlot = {
      room: null,
      size: null,
      joining: 0,
      ready: this.options.docs.acquire(dossierId).then(
        (lease) => {
          slot.size = new DossierSize(lease.doc, this.hostLimits.dossierBytes)
          slot.room = new Room(dossierId, lease, {
            onRejected: (connection, reason, error) =>
              this.emit({ type: 'rejected', connection, reason, error }),
            onPersistFailed: (id, error) =>
              this.emit({ type: 'persist-failed', dossierId: id, error }),
          })
          return slot.room
        },
        (error: unknown) => {
          this.rooms.delete(dossierId)
          throw error
        },
      ),
    }
    this.rooms.set(dossierId, slot)
    return slot
  }

  private closeIfEmpty(room: Room): void {
    const slot = this.rooms.get(room.dossierId)
    if (room.connections.size > 0 || slot?.room !== room || slot.joining > 0) return
    this.rooms.get(room.dossierId)?.size?.detach()
    this.rooms.delete(room.dossierId)
    room.detach()
    const done = room.durability
      .flush()
      .then(() => room.release())
      .catch((error: unknown) =>
        this.emit({ type: 'open-failed', dossierId: room.dossierId, error }),
      )
      .finally(() => this.closing.delete(done))
    this.closing.add(done)
  }

  private handle(room: Room, connection: Connection, frame: Frame): void {
    switch (frame.type) {
      case 'sync-step1':
        return room.answerStep1(connection, frame.stateVector)
      case 'sync-step2':
      case 'sync-update':
        if (connection.role !== 'viewer' && !this.admitsGrowth(room, frame.update)) {
          const mib = Math.round(this.hostLimits.dossierBytes / 2 ** 20)
          return connection.close(
            CLOSE_DOSSIER_FULL,
            `dossier at its ${mib} MiB size limit: change refused; start a new dossier`,
          )
        }
        return room.receiveUpdate(connection, frame.update)
      case 'awareness':
        return room.receiveAwareness(
          connection,
          frame.entries,
          this.awarenessCaps.get(connection) ?? this.limits.awarenessClients,
        )
      case 'query-awareness':
        return room.sendAllPresence(connection)
      case 'rpc':
        if (frame.message.kind === 'request') return this.call(connection, frame.message.request)
        return connection.close(CLOSE_POLICY_VIOLATION, 'the host asked nothing')
      case 'close':
        return connection.close(CLOSE_POLICY_VIOLATION, 'close notices are the host’s to send')
    }
  }

  private admitsGrowth(room: Room, update: Uint8Array): boolean {
    return this.rooms.get(room.dossierId)?.size?.admits(update) ?? true
  }

  private call(connection: Connection, request: RpcRequest): void {
    if (connection.rpcInFlight >= this.limits.rpcInFlight) {
      return connection.send(encodeRpc(errorResponse(request.id, 'busy', 'too many calls at once')))
    }
    if (this.flushOnly.has(connection) && request.method !== 'flush') {
      const refusal = `${request.method} is not answered over this connection`
      return connection.send(encodeRpc(errorResponse(request.id, 'forbidden', refusal)))
    }
    connection.rpcInFlight++
    const context = {
      connection: connection.id,
      dossierId: connection.dossierId,
      role: connection.role,
    }
    const hubMethods: HubRpcHandlers = {
      peers: ({ dossierId }) => ({ peers: this.peers(dossierId) }),
      flush: async () => {
        const { durable, failure } = await connection.durability.flush()
        if (failure !== null) throw new RpcError('not-durable', 'an update could not be stored')
        return { updates: durable, waiting: connection.heldCount }
      },
      ping: () => ({}),
    }
    dispatchRpc(request, context, { ...this.options.rpc, ...hubMethods }, (method, error) =>
      this.emit({ type: 'rpc-failed', method, error }),
    )
      .then((response) => connection.send(encodeRpc(response)))
      .catch((error: unknown) => this.emit({ type: 'rpc-failed', method: request.method, error }))
      .finally(() => connection.rpcInFlight--)
  }

  private emit(event: HubEvent): void {
    try {
      this.options.onEvent?.(event)
    } catch {
      // A listener's failure is not the hub's.
    }
  }
}
