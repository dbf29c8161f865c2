/**
 * Close codes, shared by the WebSocket transport (as real close frames) and the MessagePort
 * transport (as a close notice frame). y-websocket treats 4400-4499 as "do not reconnect".
 */
export const CLOSE_NORMAL = 1000
export const CLOSE_GOING_AWAY = 1001
/** A text frame or a message that is not bytes. */
export const CLOSE_UNSUPPORTED_DATA = 1003
/** A frame that does not decode or validate, a rate limit, a message the peer may not send. */
export const CLOSE_POLICY_VIOLATION = 1008
export const CLOSE_TOO_BIG = 1009
export const CLOSE_INTERNAL_ERROR = 1011
/** The peer reads more slowly than its room writes; it may reconnect and resync. */
export const CLOSE_TRY_AGAIN_LATER = 1013
/** The dossier named at connect time does not exist: reconnecting cannot help. */
export const CLOSE_UNKNOWN_DOSSIER = 4404

/**
 * The peer sent a well-formed update that would delete protected entries or change a fixed field
 * of the dossier (see docs/dossier-model.md, "Integrity"). Resending it cannot help.
 */
export const CLOSE_REFUSED_UPDATE = 4422

/** A WebSocket close reason is at most 123 bytes of UTF-8; longer reasons are cut, never refused. */
export const MAX_CLOSE_REASON_BYTES = 123

export const clampCloseReason = (reason: string): string => {
  const encoder = new TextEncoder()
  if (encoder.encode(reason).length <= MAX_CLOSE_REASON_BYTES) return reason
  let cut = reason
  while (encoder.encode(cut).length > MAX_CLOSE_REASON_BYTES - 3) cut = cut.slice(0, -1)
  return `${cut}...`
}

// LAN sessions (docs/lan.md).
/** A LAN peer whose key the handshake proved but who is not (or no longer) a member: do not retry. */
export const CLOSE_NOT_A_MEMBER = 4403

// Host-wide limits (docs/protocol.md, Limits).
/** The host's shared memory budget is full; reconnect later (y-websocket retries 4500-4999). */
export const CLOSE_HOST_BUSY = 4503
/** The dossier is at its size limit; resending the same change cannot help, so no retry. */
export const CLOSE_DOSSIER_FULL = 4413
