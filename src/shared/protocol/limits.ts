const KiB = 1024
const MiB = 1024 * KiB

/** The largest frame of each kind that a receiver decodes; anything larger closes the connection. */
export interface FrameLimits {
  /** Sync step 1, step 2 and update frames. */
  readonly syncBytes: number
  readonly awarenessBytes: number
  /** RPC requests and responses (a story import carries the story's text). */
  readonly rpcBytes: number
  /** Every other frame: query awareness, close notices. */
  readonly controlBytes: number
}

/** A token bucket: `burst` tokens at most, refilled at `perSecond`. */
export interface RateLimit {
  readonly burst: number
  readonly perSecond: number
}

/** What the host accepts from one replica connection. */
export interface ConnectionLimits {
  readonly frames: FrameLimits
  /** Frames per second, whatever their size. */
  readonly frameRate: RateLimit
  /** Bytes per second, over all frames. */
  readonly byteRate: RateLimit
  /** Frames that arrive while the dossier is still being opened wait here, up to this many bytes. */
  readonly queuedBytes: number
  /** Updates whose dependencies have not arrived yet wait here, per connection, up to this size. */
  readonly heldUpdateBytes: number
  /** Awareness client ids one connection may speak for (y-websocket uses one per document). */
  readonly awarenessClients: number
  /** RPC requests of one connection being handled at once; more are answered `busy`. */
  readonly rpcInFlight: number
  /** Bytes queued for sending to a connection that reads too slowly, before it is closed. */
  readonly sendBufferBytes: number
}

/** The host's limits for what it receives from replicas. */
export const HOST_FRAME_LIMITS: FrameLimits = {
  syncBytes: 16 * MiB,
  awarenessBytes: 64 * KiB,
  rpcBytes: 4 * MiB,
  controlBytes: 1 * KiB,
}

/**
 * A replica's limits for what it receives from the host: a whole dossier arrives as one sync step
 * 2 and an export as one RPC response, and the host is trusted more than an arbitrary peer.
 */
export const REPLICA_FRAME_LIMITS: FrameLimits = {
  syncBytes: 256 * MiB,
  awarenessBytes: 4 * MiB,
  rpcBytes: 256 * MiB,
  controlBytes: 4 * KiB,
}

/**
 * The largest a dossier's state (`Y.encodeStateAsUpdate`) may grow on the host. A fresh replica
 * loads a dossier as one sync step 2 of the whole state, so this must stay well below the largest
 * sync frame a replica accepts (REPLICA_FRAME_LIMITS.syncBytes, 8x headroom): a dossier past that
 * frame could never be loaded again. An update that would take a dossier past it is refused.
 */
export const MAX_DOSSIER_BYTES = 32 * MiB

/**
 * What a host accepts from another member's host (a LAN peer, authenticated by the handshake and
 * checked against the members): when a member joins or catches up, the whole dossier arrives as one
 * sync step 2, so the sync cap follows the dossier's size limit, not a replica's everyday edits.
 * A peer host calls no library RPC (only `flush`), so its RPC frames stay small.
 */
export const PEER_HOST_FRAME_LIMITS: FrameLimits = {
  syncBytes: MAX_DOSSIER_BYTES + 1 * MiB,
  awarenessBytes: 1 * MiB,
  rpcBytes: 64 * KiB,
  controlBytes: 1 * KiB,
}

/**
 * A connection from another member's host carries every editor that host serves (their edits,
 * a reconnect's catch-up, a burst of decisions), not one person's typing: ten times a replica's
 * frame rate, and frames up to a whole dossier. Its other limits are a replica's.
 */
export const PEER_HOST_LIMITS = {
  frames: PEER_HOST_FRAME_LIMITS,
  frameRate: { burst: 6000, perSecond: 3000 },
} as const satisfies Partial<ConnectionLimits>

export const maxFrameBytes = (limits: FrameLimits): number =>
  Math.max(limits.syncBytes, limits.awarenessBytes, limits.rpcBytes, limits.controlBytes)

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  frames: HOST_FRAME_LIMITS,
  // A fast typist makes ~15 updates a second plus awareness; a reconnect replays a burst.
  frameRate: { burst: 600, perSecond: 300 },
  byteRate: { burst: 48 * MiB, perSecond: 8 * MiB },
  queuedBytes: 20 * MiB,
  heldUpdateBytes: 8 * MiB,
  awarenessClients: 8,
  rpcInFlight: 16,
  sendBufferBytes: 64 * MiB,
}

export const withLimits = (overrides: Partial<ConnectionLimits> = {}): ConnectionLimits => ({
  ...DEFAULT_CONNECTION_LIMITS,
  ...overrides,
})
