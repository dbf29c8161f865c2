import * as zlib from 'node:zlib'

/**
 * A dossier's state on disk: the Yjs update of the whole document behind a small header, so that
 * a truncated or damaged file is recognised as such instead of being half-applied.
 *
 *   0  4  magic "VDSN"
 *   4  1  format version (1)
 *   5  4  payload length, uint32 big-endian
 *   9  4  CRC-32 of the payload
 *  13  …  payload (Y.encodeStateAsUpdate)
 */
const MAGIC = Buffer.from('VDSN', 'latin1')
const VERSION = 1
const HEADER = 13

export class DamagedFileError extends Error {}

export const encodeSnapshot = (update: Uint8Array): Buffer => {
  const header = Buffer.alloc(HEADER)
  MAGIC.copy(header, 0)
  header.writeUInt8(VERSION, 4)
  header.writeUInt32BE(update.length, 5)
  header.writeUInt32BE(zlib.crc32(update), 9)
  return Buffer.concat([header, update])
}

export const decodeSnapshot = (file: Uint8Array): Uint8Array => {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength)
  if (bytes.length === 0) throw new DamagedFileError('the file is empty')
  if (bytes.length < HEADER || !bytes.subarray(0, 4).equals(MAGIC)) {
    throw new DamagedFileError('the file is not a dossier snapshot')
  }
  const version = bytes.readUInt8(4)
  if (version !== VERSION) throw new DamagedFileError(`unknown snapshot version ${version}`)
  const length = bytes.readUInt32BE(5)
  const payload = bytes.subarray(HEADER)
  if (payload.length < length) {
    throw new DamagedFileError(`the file is cut short (${payload.length} of ${length} bytes)`)
  }
  const body = payload.subarray(0, length)
  if (zlib.crc32(body) !== bytes.readUInt32BE(9)) {
    throw new DamagedFileError('checksum mismatch')
  }
  return new Uint8Array(body.buffer, body.byteOffset, body.byteLength)
}
