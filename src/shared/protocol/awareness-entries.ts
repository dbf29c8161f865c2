import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { AwarenessEntry } from './frame'

const MAX_CLIENT_ID = 0xffffffff

const isStateObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The entries of an awareness update (varUint count, then clientID, clock, JSON state), or why
 * they are not valid: a string, never an exception. A state must be a JSON object or null.
 */
export const readAwarenessEntries = (update: Uint8Array): AwarenessEntry[] | string => {
  try {
    const decoder = decoding.createDecoder(update)
    const count = decoding.readVarUint(decoder)
    // Each entry takes at least three bytes; a larger count is a lie we need not loop over.
    if (count > update.length / 3) return 'awareness entry count exceeds the update'
    const entries: AwarenessEntry[] = []
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder)
      const clock = decoding.readVarUint(decoder)
      const length = decoding.readVarUint(decoder)
      if (length > update.length - decoder.pos) return 'awareness state is cut short'
      const json = new TextDecoder('utf-8', { fatal: true }).decode(
        update.subarray(decoder.pos, decoder.pos + length),
      )
      decoder.pos += length
      if (clientId > MAX_CLIENT_ID) return 'awareness client id out of range'
      const state: unknown = JSON.parse(json)
      if (state !== null && !isStateObject(state)) return 'awareness state is not an object'
      entries.push({ clientId, clock, state })
    }
    if (decoder.pos !== update.length) return 'bytes after the awareness entries'
    return entries
  } catch {
    return 'awareness update does not decode'
  }
}

/** An awareness update with exactly these entries, in y-protocols' encoding. */
export const writeAwarenessEntries = (entries: readonly AwarenessEntry[]): Uint8Array => {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId)
    encoding.writeVarUint(encoder, entry.clock)
    encoding.writeVarString(encoder, JSON.stringify(entry.state))
  }
  return encoding.toUint8Array(encoder)
}
