import * as encoding from 'lib0/encoding'
import { encodeAwarenessUpdate } from 'y-protocols/awareness'
import type { Awareness } from 'y-protocols/awareness'
import { clampCloseReason } from './close-codes'
import {
  MESSAGE_AWARENESS,
  MESSAGE_CLOSE,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_RPC,
  MESSAGE_SYNC,
  SYNC_STEP1,
  SYNC_STEP2,
  SYNC_UPDATE,
} from './message-types'
import type { RpcRequest, RpcResponse } from './rpc-envelope'

/** Frames byte for byte as y-websocket writes them: type, (sync type), length-prefixed payload. */
const frame = (write: (encoder: encoding.Encoder) => void): Uint8Array => {
  const encoder = encoding.createEncoder()
  write(encoder)
  return encoding.toUint8Array(encoder)
}

const syncFrame = (syncType: number, payload: Uint8Array): Uint8Array =>
  frame((encoder) => {
    encoding.writeVarUint(encoder, MESSAGE_SYNC)
    encoding.writeVarUint(encoder, syncType)
    encoding.writeVarUint8Array(encoder, payload)
  })

export const encodeSyncStep1 = (stateVector: Uint8Array): Uint8Array =>
  syncFrame(SYNC_STEP1, stateVector)

export const encodeSyncStep2 = (update: Uint8Array): Uint8Array => syncFrame(SYNC_STEP2, update)

export const encodeSyncUpdate = (update: Uint8Array): Uint8Array => syncFrame(SYNC_UPDATE, update)

/** An awareness frame around an already encoded awareness update. */
export const encodeAwarenessFrame = (awarenessUpdate: Uint8Array): Uint8Array =>
  frame((encoder) => {
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS)
    encoding.writeVarUint8Array(encoder, awarenessUpdate)
  })

/** An awareness frame with the current states of `clients` (null for those that left). */
export const encodeAwarenessStates = (
  awareness: Awareness,
  clients: readonly number[],
): Uint8Array => encodeAwarenessFrame(encodeAwarenessUpdate(awareness, [...clients]))

export const encodeQueryAwareness = (): Uint8Array =>
  frame((encoder) => encoding.writeVarUint(encoder, MESSAGE_QUERY_AWARENESS))

export const encodeRpc = (message: RpcRequest | RpcResponse): Uint8Array =>
  frame((encoder) => {
    encoding.writeVarUint(encoder, MESSAGE_RPC)
    encoding.writeVarString(encoder, JSON.stringify(message))
  })

export const encodeClose = (code: number, reason: string): Uint8Array =>
  frame((encoder) => {
    encoding.writeVarUint(encoder, MESSAGE_CLOSE)
    encoding.writeVarUint(encoder, code)
    encoding.writeVarString(encoder, clampCloseReason(reason))
  })
