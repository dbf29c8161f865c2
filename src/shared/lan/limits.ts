import { PEER_HOST_FRAME_LIMITS, maxFrameBytes } from '../protocol'
import type { RateLimit } from '../protocol'

/** What one LAN listener accepts before and after a peer has proved it holds a secret. */
export interface LanLimits {
  /** A peer that has not finished the handshake by then is closed without a word. */
  readonly handshakeTimeoutMs: number
  /** Connections still in their handshake, all addresses together; more are closed at once. */
  readonly pendingConnections: number
  /** The same, per remote IP address: one machine cannot take every slot. */
  readonly pendingPerAddress: number
  /**
   * New connections per remote IP address. Each one costs a trial per candidate before it is
   * refused; this bounds how often, as the pending caps bound how many at once. A member's mesh
   * and discovery dial a host a few times a minute, a desk's worth of dossiers at once at most.
   */
  readonly attemptsPerAddress: RateLimit
  /** Before the handshake ends only handshake messages travel (the largest is 96 bytes). */
  readonly handshakeFrameBytes: number
  /** After it, one protocol frame between member hosts (a whole dossier) plus the AEAD's overhead. */
  readonly frameBytes: number
  /** An admitted link that has sent nothing for this long sends a keep-alive. */
  readonly keepAliveMs: number
  /**
   * An admitted link that has received no byte for this long is closed as gone (a laptop shut, a
   * cable pulled, Wi-Fi lost: TCP alone would wait for hours), so the mesh dials it again.
   */
  readonly silenceMs: number
}

export const DEFAULT_LAN_LIMITS: LanLimits = {
  handshakeTimeoutMs: 10_000,
  pendingConnections: 64,
  pendingPerAddress: 8,
  attemptsPerAddress: { perSecond: 10, burst: 64 },
  handshakeFrameBytes: 256,
  frameBytes: maxFrameBytes(PEER_HOST_FRAME_LIMITS) + 64,
  keepAliveMs: 10_000,
  silenceMs: 35_000,
}
