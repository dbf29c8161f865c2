import { PEER_HOST_FRAME_LIMITS, maxFrameBytes } from '../protocol'

/** What one LAN listener accepts before and after a peer has proved it holds a secret. */
export interface LanLimits {
  /** A peer that has not finished the handshake by then is closed without a word. */
  readonly handshakeTimeoutMs: number
  /** Connections still in their handshake, all addresses together; more are closed at once. */
  readonly pendingConnections: number
  /** The same, per remote IP address: one machine cannot take every slot. */
  readonly pendingPerAddress: number
  /** Before the handshake ends only handshake messages travel (the largest is 96 bytes). */
  readonly handshakeFrameBytes: number
  /** After it, one protocol frame between member hosts (a whole dossier) plus the AEAD's overhead. */
  readonly frameBytes: number
}

export const DEFAULT_LAN_LIMITS: LanLimits = {
  handshakeTimeoutMs: 10_000,
  pendingConnections: 64,
  pendingPerAddress: 8,
  handshakeFrameBytes: 256,
  frameBytes: maxFrameBytes(PEER_HOST_FRAME_LIMITS) + 64,
}
