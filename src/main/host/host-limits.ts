import { MAX_DOSSIER_BYTES } from '../../shared/protocol'
import type { RateLimit } from '../../shared/protocol'

const KiB = 1024
const MiB = 1024 * KiB
const SECOND = 1000

/** What keeps slow or half-open HTTP requests from holding sockets (docs/protocol.md, Limits). */
export interface HttpLimits {
  /** A request's headers must have arrived within this long. */
  readonly headersTimeoutMs: number
  /** A whole request must have arrived within this long. */
  readonly requestTimeoutMs: number
  /** An idle keep-alive socket is closed after this long. */
  readonly keepAliveTimeoutMs: number
  /** Any HTTP socket with no traffic for this long is closed (WebSockets are exempt: ws clears it). */
  readonly idleSocketMs: number
  /** How often Node checks the two request timeouts (Node's default is 30 s). */
  readonly checkIntervalMs: number
  readonly maxHeadersCount: number
  readonly maxHeaderBytes: number
  /** TCP sockets open at once, WebSockets included; further ones are dropped on accept. */
  readonly maxSockets: number
}

/**
 * Limits over the whole host, on top of the per-connection ones in ConnectionLimits: what no
 * number of connections together may take. Tests pass smaller values through options.
 */
export interface HostLimits {
  /**
   * Bytes held for all connections together: updates waiting for missing dependencies, frames
   * queued while a dossier opens and bytes queued for sending. A connection that would take the
   * host past it is closed (CLOSE_HOST_BUSY); the others are unaffected.
   */
  readonly heldBytes: number
  /** WebSocket connections at once, over all addresses; more are answered 503 before upgrade. */
  readonly connections: number
  /** WebSocket connections at once from one remote address; more are answered 429. */
  readonly connectionsPerAddress: number
  /** The largest state a dossier may grow to; see MAX_DOSSIER_BYTES. */
  readonly dossierBytes: number
  /** Dossiers one connection may create or import: a bucket of `burst`, refilled per second. */
  readonly creates: RateLimit
  /** Dossiers a library may hold before `create` and `import` are refused. */
  readonly libraryDossiers: number
  /** The longest a story import may run before its worker is stopped. */
  readonly importMs: number
  /** Story imports running at once over the host (each is a worker thread); more get `busy`. */
  readonly imports: number
  readonly http: HttpLimits
}

export const DEFAULT_HOST_LIMITS: HostLimits = {
  heldBytes: 256 * MiB,
  connections: 256,
  connectionsPerAddress: 64,
  dossierBytes: MAX_DOSSIER_BYTES,
  creates: { burst: 20, perSecond: 20 / 60 },
  libraryDossiers: 10_000,
  importMs: 25 * SECOND,
  imports: 2,
  http: {
    headersTimeoutMs: 10 * SECOND,
    requestTimeoutMs: 30 * SECOND,
    keepAliveTimeoutMs: 5 * SECOND,
    idleSocketMs: 30 * SECOND,
    checkIntervalMs: 1 * SECOND,
    maxHeadersCount: 64,
    maxHeaderBytes: 16 * KiB,
    maxSockets: 256 + 64,
  },
}

export type HostLimitOverrides = Partial<Omit<HostLimits, 'http'>> & {
  readonly http?: Partial<HttpLimits>
}

export const withHostLimits = (overrides: HostLimitOverrides = {}): HostLimits => ({
  ...DEFAULT_HOST_LIMITS,
  ...overrides,
  http: { ...DEFAULT_HOST_LIMITS.http, ...overrides.http },
})
