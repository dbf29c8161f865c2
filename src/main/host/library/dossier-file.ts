import * as zlib from 'node:zlib'
import * as z from 'zod'
import { STATUS_LABELS } from '../../../shared/dossier'
import { DossierFileFormatError } from './library-errors'

/**
 * The portable `.dossier` file: one dossier (or one frozen version of it) in one file, for mail,
 * USB sticks and backups. A fixed header says how long each part is and carries a checksum of
 * each, so a truncated or damaged file is named as such instead of being half-imported.
 *
 *    0  10  magic 0x89 "VDOSS" CR LF 0x1A LF (binary; mangled by text-mode transfers)
 *   10   2  format version, uint16 big-endian (1)
 *   12   4  metadata length, uint32 big-endian
 *   16   4  CRC-32 of the metadata
 *   20   4  snapshot length
 *   24   4  CRC-32 of the snapshot
 *   28   4  CRC-32 of bytes 0..28
 *   32   …  metadata: UTF-8 JSON (below)
 *    …   …  snapshot: the whole Yjs document (Y.encodeStateAsUpdate); nothing follows it
 */
export const DOSSIER_MAGIC = Buffer.from([
  0x89, 0x56, 0x44, 0x4f, 0x53, 0x53, 0x0d, 0x0a, 0x1a, 0x0a,
])
export const DOSSIER_FILE_VERSION = 1
export const DOSSIER_EXTENSION = '.dossier'
export const DOSSIER_FILE_FORMAT_APP = 'Verification Desk'
const HEADER = 32
const MAX_METADATA = 1024 * 1024

const countsSchema = z.object(
  Object.fromEntries(STATUS_LABELS.map((label) => [label, z.number().int().min(0)])) as Record<
    (typeof STATUS_LABELS)[number],
    z.ZodNumber
  >,
)

const metadataSchema = z.object({
  format: z.literal('verification-desk.dossier'),
  id: z.string().min(1).max(64),
  title: z.string().max(500),
  story: z.string().max(500),
  language: z.string().max(35),
  created: z.string(),
  exportedAt: z.string(),
  claims: z.number().int().min(0),
  counts: countsSchema,
  app: z.string().max(100),
  /** Set when the file is a frozen version rather than the live dossier. */
  version: z
    .object({ id: z.string().regex(/^v\d{1,9}$/), name: z.string().max(200), frozenAt: z.string() })
    .optional(),
})

export type DossierFileMetadata = z.infer<typeof metadataSchema>

export interface DossierFile {
  readonly metadata: DossierFileMetadata
  readonly snapshot: Uint8Array
}

export const isDossierFile = (bytes: Uint8Array): boolean =>
  bytes.length >= DOSSIER_MAGIC.length &&
  Buffer.from(bytes.buffer, bytes.byteOffset, DOSSIER_MAGIC.length).equals(DOSSIER_MAGIC)

export const encodeDossierFile = (metadata: DossierFileMetadata, snapshot: Uint8Array): Buffer => {
  const meta = Buffer.from(JSON.stringify(metadataSchema.parse(metadata)), 'utf8')
  const header = Buffer.alloc(HEADER)
  DOSSIER_MAGIC.copy(header, 0)
  header.writeUInt16BE(DOSSIER_FILE_VERSION, 10)
  header.writeUInt32BE(meta.length, 12)
  header.writeUInt32BE(zlib.crc32(meta), 16)
  header.writeUInt32BE(snapshot.length, 20)
  header.writeUInt32BE(zlib.crc32(snapshot), 24)
  header.writeUInt32BE(zlib.crc32(header.subarray(0, 28)), 28)
  return Buffer.concat([header, meta, snapshot])
}

const fail = (message: string): never => {
  throw new DossierFileFormatError(message)
}

interface Header {
  readonly metaLength: number
  readonly metaCrc: number
  readonly snapshotLength: number
  readonly snapshotCrc: number
}

/** Checks the header; needs only the first 32 bytes. */
const readHeader = (bytes: Buffer): Header => {
  if (bytes.length === 0) fail('the file is empty')
  if (!isDossierFile(bytes)) {
    const text = bytes.subarray(0, 200).toString('utf8')
    if (text.includes('verification-desk.dossier+json'))
      fail('this is a JSON export, not a .dossier file; import it as JSON')
    fail('not a .dossier file (it does not start with the .dossier signature)')
  }
  if (bytes.length < HEADER)
    fail(`the file is cut short (${bytes.length} bytes, not even a header)`)
  const version = bytes.readUInt16BE(10)
  if (zlib.crc32(bytes.subarray(0, 28)) !== bytes.readUInt32BE(28)) {
    fail('the file header is damaged (checksum mismatch)')
  }
  if (version > DOSSIER_FILE_VERSION) {
    fail(`made by a newer Verification Desk (.dossier format ${version}); update to import it`)
  }
  if (version !== DOSSIER_FILE_VERSION) fail(`unknown .dossier format version ${version}`)
  const metaLength = bytes.readUInt32BE(12)
  if (metaLength > MAX_METADATA) fail(`the metadata is implausibly large (${metaLength} bytes)`)
  return {
    metaLength,
    metaCrc: bytes.readUInt32BE(16),
    snapshotLength: bytes.readUInt32BE(20),
    snapshotCrc: bytes.readUInt32BE(24),
  }
}

const parseMetadata = (bytes: Buffer): DossierFileMetadata => {
  let raw: unknown
  try {
    raw = JSON.parse(bytes.toString('utf8'))
  } catch {
    return fail('the metadata is not valid JSON')
  }
  const parsed = metadataSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    fail(`the metadata is invalid (${issue?.path.join('.') || 'root'}: ${issue?.message})`)
  }
  return parsed.data!
}

/** Reads the metadata alone, from a prefix of the file (enough for listings). */
export const decodeDossierMetadata = (file: Uint8Array): DossierFileMetadata => {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength)
  const header = readHeader(bytes)
  const meta = bytes.subarray(HEADER, HEADER + header.metaLength)
  if (meta.length < header.metaLength)
    fail(`the file is cut short (${meta.length} of ${header.metaLength} metadata bytes)`)
  if (zlib.crc32(meta) !== header.metaCrc) fail('the metadata is damaged (checksum mismatch)')
  return parseMetadata(meta)
}

export const metadataPrefixLength = (header: Uint8Array): number =>
  header.length < HEADER ? HEADER : HEADER + Buffer.from(header).readUInt32BE(12)

/** Checks every part of a whole file; throws DossierFileFormatError naming the first problem. */
export const decodeDossierFile = (file: Uint8Array): DossierFile => {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength)
  const header = readHeader(bytes)
  const expected = HEADER + header.metaLength + header.snapshotLength
  if (bytes.length < expected) fail(`the file is cut short (${bytes.length} of ${expected} bytes)`)
  if (bytes.length > expected)
    fail(`the file has ${bytes.length - expected} unexpected bytes after its end`)
  const metadata = decodeDossierMetadata(bytes)
  const snapshot = bytes.subarray(HEADER + header.metaLength, expected)
  if (zlib.crc32(snapshot) !== header.snapshotCrc)
    fail('the snapshot is damaged (checksum mismatch)')
  return {
    metadata,
    snapshot: new Uint8Array(snapshot.buffer, snapshot.byteOffset, snapshot.byteLength),
  }
}
