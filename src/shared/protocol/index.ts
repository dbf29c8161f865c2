export * from './message-types'
export * from './close-codes'
export * from './limits'
export * from './roles'
export type { AwarenessEntry, DecodeFailure, DecodeResult, Frame, FrameType } from './frame'
export { decodeFrame } from './decode'
export {
  encodeAwarenessFrame,
  encodeAwarenessStates,
  encodeClose,
  encodeQueryAwareness,
  encodeRpc,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
} from './encode'
export { readAwarenessEntries, writeAwarenessEntries } from './awareness-entries'
export { checkUpdate, isDecodableUpdate } from './update-check'
export type { DecodedUpdate, UpdateCheck } from './update-check'
export * from './rpc-envelope'
export * from './rpc-contract'
export * from './library-schemas'
export { RpcClient, DEFAULT_RPC_TIMEOUT_MS, PROBE_RPC_ID } from './rpc-client'
export { presenceSchema, readPresence } from './presence'
export type { Presence } from './presence'
export { TokenBucket } from './token-bucket'
export { ClientSession } from './client-session'
export { UpdateFeed } from './update-feed'
export type { FeedListener } from './update-feed'
export type { ClientSessionOptions } from './client-session'
export { LIBRARY_ROOM, roomSchema } from './library-room'
export { formatEndpoint, parseEndpoint } from './host-endpoint'
export type { HostEndpoint } from './host-endpoint'
export { DESK_HOST_HEADER, DESK_HOST_VALUE } from './desk-host'
