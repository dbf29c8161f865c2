import * as decoding from 'lib0/decoding'
import * as Y from 'yjs'
import { readAwarenessEntries } from './awareness-entries'
import type { DecodeFailure, DecodeResult, Frame } from './frame'
import type { FrameLimits } from './limits'
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
import { parseRpcMessage } from './rpc-envelope'

const fail = (reason: DecodeFailure, detail: string): DecodeResult => ({
  ok: false,
  reason,
  detail,
})

const limitFor = (type: number, limits: FrameLimits): number | null => {
  switch (type) {
    case MESSAGE_SYNC:
      return limits.syncBytes
    case MESSAGE_AWARENESS:
      return limits.awarenessBytes
    case MESSAGE_RPC:
      return limits.rpcBytes
    case MESSAGE_QUERY_AWARENESS:
    case MESSAGE_CLOSE:
      return limits.controlBytes
    default:
      return null
  }
}

/**
 * A length-prefixed byte string, copied: the copy neither pins the (possibly pooled) buffer it
 * came in nor lets a later decoder read past its end.
 */
const readBytes = (decoder: decoding.Decoder): Uint8Array | null => {
  const length = decoding.readVarUint(decoder)
  if (length > decoder.arr.length - decoder.pos) return null
  const bytes = decoder.arr.slice(decoder.pos, decoder.pos + length)
  decoder.pos += length
  return bytes
}

const readString = (decoder: decoding.Decoder): string | null => {
  const bytes = readBytes(decoder)
  if (bytes === null) return null
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

const decodeSync = (decoder: decoding.Decoder): Frame | DecodeResult => {
  const syncType = decoding.readVarUint(decoder)
  if (syncType !== SYNC_STEP1 && syncType !== SYNC_STEP2 && syncType !== SYNC_UPDATE) {
    return fail('bad-sync-type', `unknown sync message type ${syncType}`)
  }
  const payload = readBytes(decoder)
  if (payload === null) return fail('truncated', 'sync payload is cut short')
  if (syncType !== SYNC_STEP1) {
    return { type: syncType === SYNC_STEP2 ? 'sync-step2' : 'sync-update', update: payload }
  }
  try {
    Y.decodeStateVector(payload)
  } catch {
    return fail('bad-state-vector', 'sync step 1 carries no valid state vector')
  }
  return { type: 'sync-step1', stateVector: payload }
}

const decodeBody = (type: number, decoder: decoding.Decoder): Frame | DecodeResult => {
  switch (type) {
    case MESSAGE_SYNC:
      return decodeSync(decoder)
    case MESSAGE_AWARENESS: {
      const update = readBytes(decoder)
      if (update === null) return fail('truncated', 'awareness update is cut short')
      const entries = readAwarenessEntries(update)
      if (typeof entries === 'string') return fail('bad-awareness', entries)
      return { type: 'awareness', update, entries }
    }
    case MESSAGE_QUERY_AWARENESS:
      return { type: 'query-awareness' }
    case MESSAGE_RPC: {
      const json = readString(decoder)
      if (json === null) return fail('bad-rpc', 'RPC frame carries no UTF-8 text')
      const message = parseRpcMessage(json)
      if (message === null) return fail('bad-rpc', 'RPC frame is not a request or a response')
      return { type: 'rpc', message }
    }
    default: {
      const code = decoding.readVarUint(decoder)
      const reason = readString(decoder)
      if (reason === null || code > 4999) return fail('bad-close', 'malformed close notice')
      return { type: 'close', code, reason }
    }
  }
}

/**
 * Decodes one frame. Never throws: every way a frame can be wrong (empty, too big for its type,
 * unknown type, cut short, trailing bytes, a payload that does not parse) is a typed failure.
 * Sync updates are extracted but not validated against Yjs here: that costs a full decode, and the
 * receiver does it once, right before applying (see update-check.ts).
 */
export const decodeFrame = (bytes: Uint8Array, limits: FrameLimits): DecodeResult => {
  if (bytes.length === 0) return fail('empty', 'empty frame')
  try {
    const decoder = decoding.createDecoder(bytes)
    const type = decoding.readVarUint(decoder)
    const limit = limitFor(type, limits)
    if (limit === null) return fail('unknown-type', `unknown message type ${type}`)
    if (bytes.length > limit) {
      return fail('too-big', `${bytes.length} bytes exceeds the ${limit}-byte limit for its type`)
    }
    const body = decodeBody(type, decoder)
    if ('ok' in body) return body
    if (decoder.pos !== bytes.length) return fail('trailing-bytes', 'bytes after the message')
    return { ok: true, frame: body }
  } catch {
    return fail('truncated', 'frame is cut short')
  }
}
