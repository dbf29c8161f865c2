import * as zlib from 'node:zlib'

/**
 * The append-only log of one dossier: a file header, then one record per Yjs update.
 *
 *   file header   0  4  magic "VDLG"
 *                 4  1  format version (1)
 *                 5  3  reserved (zero)
 *   each record   0  4  payload length, uint32 big-endian
 *                 4  4  CRC-32 of the payload
 *                 8  4  CRC-32 of bytes 0..8, so a damaged length is never trusted
 *                12  …  payload (a Yjs update)
 *
 * The header checksum is what tells a torn tail (a record cut short by a crash, only ever at the
 * end) from damage (a record whose bytes changed after they were written).
 */
const MAGIC = Buffer.from('VDLG', 'latin1')
export const LOG_VERSION = 1
export const LOG_HEADER_SIZE = 8
export const RECORD_HEADER_SIZE = 12

export const logHeader = (): Buffer => {
  const header = Buffer.alloc(LOG_HEADER_SIZE)
  MAGIC.copy(header, 0)
  header.writeUInt8(LOG_VERSION, 4)
  return header
}

export const encodeRecord = (payload: Uint8Array): Buffer => {
  const record = Buffer.alloc(RECORD_HEADER_SIZE + payload.length)
  record.writeUInt32BE(payload.length, 0)
  record.writeUInt32BE(zlib.crc32(payload), 4)
  record.writeUInt32BE(zlib.crc32(record.subarray(0, 8)), 8)
  record.set(payload, RECORD_HEADER_SIZE)
  return record
}

export interface LogRecord {
  readonly payload: Uint8Array
  /** Offset of the record's first byte in the file. */
  readonly offset: number
  /** Offset just past its last byte. */
  readonly end: number
}

/** How the readable part of a log ends. */
export type LogEnding =
  | { readonly kind: 'clean' }
  /** No header at all: a file created but never written. */
  | { readonly kind: 'empty' }
  /** The last record (or the header) was cut short by a crash: nothing after it. */
  | { readonly kind: 'torn'; readonly bytes: number }
  /** Bytes that were written whole have changed: stop here and set the file aside. */
  | { readonly kind: 'damaged'; readonly offset: number; readonly reason: string }
  /** A log written by a newer version of the app: leave it alone. */
  | { readonly kind: 'newer'; readonly version: number }

export interface LogScan {
  readonly records: readonly LogRecord[]
  /** Length of the good prefix: the header and every intact record. */
  readonly goodLength: number
  readonly ending: LogEnding
}

const allZero = (bytes: Uint8Array): boolean => bytes.every((byte) => byte === 0)

export const scanLog = (file: Uint8Array): LogScan => {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength)
  if (bytes.length === 0) return { records: [], goodLength: 0, ending: { kind: 'empty' } }
  if (bytes.length < LOG_HEADER_SIZE) {
    const prefixOfHeader = logHeader().subarray(0, bytes.length).equals(bytes)
    return prefixOfHeader || allZero(bytes)
      ? { records: [], goodLength: 0, ending: { kind: 'torn', bytes: bytes.length } }
      : { records: [], goodLength: 0, ending: damaged(0, 'the file is not a dossier log') }
  }
  if (!bytes.subarray(0, 4).equals(MAGIC)) {
    return {
      records: [],
      goodLength: 0,
      ending: allZero(bytes)
        ? { kind: 'torn', bytes: bytes.length }
        : damaged(0, 'the file is not a dossier log'),
    }
  }
  const version = bytes.readUInt8(4)
  if (version > LOG_VERSION)
    return { records: [], goodLength: 0, ending: { kind: 'newer', version } }
  if (version !== LOG_VERSION)
    return { records: [], goodLength: 0, ending: damaged(4, `unknown log version ${version}`) }

  const records: LogRecord[] = []
  let offset = LOG_HEADER_SIZE
  while (offset < bytes.length) {
    const rest = bytes.subarray(offset)
    const tornHere = { records, goodLength: offset, ending: torn(rest.length) }
    // A crash can leave a short header, or (on some file systems) a tail of zeros.
    if (rest.length < RECORD_HEADER_SIZE || allZero(rest)) return tornHere
    if (zlib.crc32(rest.subarray(0, 8)) !== rest.readUInt32BE(8)) {
      return { records, goodLength: offset, ending: damaged(offset, 'a record header is damaged') }
    }
    const length = rest.readUInt32BE(0)
    if (RECORD_HEADER_SIZE + length > rest.length) return tornHere
    const payload = rest.subarray(RECORD_HEADER_SIZE, RECORD_HEADER_SIZE + length)
    const end = offset + RECORD_HEADER_SIZE + length
    if (zlib.crc32(payload) !== rest.readUInt32BE(4)) {
      // The last record whose payload never reached the disk reads as zeros: torn, not damaged.
      if (end === bytes.length && allZero(payload)) return tornHere
      return { records, goodLength: offset, ending: damaged(offset, 'a record fails its checksum') }
    }
    records.push({
      payload: new Uint8Array(payload.buffer, payload.byteOffset, length),
      offset,
      end,
    })
    offset = end
  }
  return { records, goodLength: offset, ending: { kind: 'clean' } }
}

const torn = (bytes: number): LogEnding => ({ kind: 'torn', bytes })
const damaged = (offset: number, reason: string): LogEnding => ({
  kind: 'damaged',
  offset,
  reason,
})
