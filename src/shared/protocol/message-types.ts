/**
 * Message types, as the first varUint of every frame. 0-3 are y-websocket's own numbering, so an
 * unmodified y-websocket client and server understand the frames they share with us; 100 and up
 * are ours and are only sent to a peer that speaks this protocol.
 */
export const MESSAGE_SYNC = 0
export const MESSAGE_AWARENESS = 1
/** y-websocket's auth message: never sent by us, refused when received. */
export const MESSAGE_AUTH = 2
export const MESSAGE_QUERY_AWARENESS = 3
/** A JSON RPC request or response (see rpc-envelope.ts). */
export const MESSAGE_RPC = 100
/**
 * The host's last word on a transport that has no close frame of its own (MessagePort): a close
 * code and a reason, as a WebSocket close frame would carry them.
 */
export const MESSAGE_CLOSE = 101

/** The second varUint of a sync frame, exactly as y-protocols/sync numbers them. */
export const SYNC_STEP1 = 0
export const SYNC_STEP2 = 1
export const SYNC_UPDATE = 2
