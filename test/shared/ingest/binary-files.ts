/**
 * Small but well-formed binary files, built byte by byte, for the tests that make sure a story
 * import refuses them: a PNG with its chunks and CRCs, a JFIF and an Exif JPEG, a PDF with a
 * compressed stream, ZIP archives laid out as a DOCX, an XLSX and an EPUB are, and gzip.
 */
import { deflateRawSync, deflateSync, gzipSync } from 'node:zlib'
import { seededRandom } from '../../support/seeded-random'

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

/** CRC-32 as PNG and ZIP compute it. */
export const crc32 = (bytes: Uint8Array): number => {
  let crc = 0xffffffff
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

const u16le = (value: number): number[] => [value & 0xff, (value >>> 8) & 0xff]
const u32le = (value: number): number[] => [...u16le(value & 0xffff), ...u16le(value >>> 16)]
const u32be = (value: number): number[] => [
  (value >>> 24) & 0xff,
  (value >>> 16) & 0xff,
  (value >>> 8) & 0xff,
  value & 0xff,
]
const ascii = (text: string): number[] => [...Buffer.from(text, 'latin1')]

/** `count` bytes from a seeded PRNG: the same seed, the same bytes. */
export const randomBytes = (seed: number, count: number): Uint8Array => {
  const random = seededRandom(seed)
  return Uint8Array.from({ length: count }, () => random.int(0, 255))
}

const pngChunk = (type: string, data: Uint8Array): number[] => {
  const typed = Uint8Array.from([...ascii(type), ...data])
  return [...u32be(data.length), ...typed, ...u32be(crc32(typed))]
}

/** A `size`×`size` RGB PNG of seeded noise. */
export const png = (size = 16, seed = 1): Uint8Array => {
  const header = Uint8Array.from([...u32be(size), ...u32be(size), 8, 2, 0, 0, 0])
  const noise = randomBytes(seed, size * size * 3)
  const rows = new Uint8Array(size * (1 + size * 3))
  for (let row = 0; row < size; row++)
    rows.set(noise.subarray(row * size * 3, (row + 1) * size * 3), row * (1 + size * 3) + 1)
  return Uint8Array.from([
    0x89,
    ...ascii('PNG\r\n'),
    0x1a,
    0x0a,
    ...pngChunk('IHDR', header),
    ...pngChunk('IDAT', deflateSync(rows)),
    ...pngChunk('IEND', new Uint8Array()),
  ])
}

/** A JPEG's start: SOI, an APP0 JFIF (or APP1 Exif) segment, a quantisation table, then data. */
export const jpeg = (kind: 'jfif' | 'exif' = 'jfif', seed = 2): Uint8Array => {
  const app =
    kind === 'jfif'
      ? [0xff, 0xe0, 0x00, 0x10, ...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]
      : [0xff, 0xe1, 0x00, 0x16, ...ascii('Exif'), 0, 0, ...ascii('MM'), 0, 0x2a, 0, 0, 0, 8]
  const table = [0xff, 0xdb, 0x00, 0x43, 0x00, ...randomBytes(seed, 64).map((b) => (b % 99) + 1)]
  return Uint8Array.from([0xff, 0xd8, ...app, ...table, ...randomBytes(seed + 1, 2000), 0xff, 0xd9])
}

/** A one-page PDF whose content stream is compressed, as most are. */
export const pdf = (seed = 3): Uint8Array => {
  const stream = deflateSync(randomBytes(seed, 3000))
  return Uint8Array.from([
    ...ascii('%PDF-1.7\n%'),
    0xe2,
    0xe3,
    0xcf,
    0xd3,
    ...ascii('\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'),
    ...ascii(`4 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`),
    ...stream,
    ...ascii('\nendstream\nendobj\n%%EOF\n'),
  ])
}

/** A ZIP archive of these files, the first stored, the others deflated (as ODF and EPUB do). */
export const zip = (files: readonly (readonly [string, string | Uint8Array])[]): Uint8Array => {
  const local: number[] = []
  const central: number[] = []
  files.forEach(([name, content], index) => {
    const data = typeof content === 'string' ? new Uint8Array(Buffer.from(content)) : content
    const stored = index === 0
    const body = stored ? data : new Uint8Array(deflateRawSync(data))
    const fields = [
      ...u16le(20),
      ...u16le(0),
      ...u16le(stored ? 0 : 8),
      ...u16le(0),
      ...u16le(0x21),
      ...u32le(crc32(data)),
      ...u32le(body.length),
      ...u32le(data.length),
      ...u16le(name.length),
      ...u16le(0),
    ]
    const offset = local.length
    local.push(0x50, 0x4b, 3, 4, ...fields, ...ascii(name), ...body)
    central.push(0x50, 0x4b, 1, 2, ...u16le(20), ...fields, ...u16le(0), ...u16le(0))
    central.push(...u16le(0), ...u32le(0), ...u32le(offset), ...ascii(name))
  })
  const end = [
    0x50,
    0x4b,
    5,
    6,
    ...u16le(0),
    ...u16le(0),
    ...u16le(files.length),
    ...u16le(files.length),
    ...u32le(central.length),
    ...u32le(local.length),
    ...u16le(0),
  ]
  return Uint8Array.from([...local, ...central, ...end])
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'

export const docx = (): Uint8Array =>
  zip([
    ['[Content_Types].xml', `${XML}<Types/>`],
    ['_rels/.rels', `${XML}<Relationships/>`],
    ['word/document.xml', `${XML}<w:document><w:body><w:p>The mayor said</w:p></w:body>`],
  ])

export const xlsx = (): Uint8Array =>
  zip([
    ['[Content_Types].xml', `${XML}<Types/>`],
    ['xl/workbook.xml', `${XML}<workbook/>`],
    ['xl/worksheets/sheet1.xml', `${XML}<worksheet/>`],
  ])

export const epub = (): Uint8Array =>
  zip([
    ['mimetype', 'application/epub+zip'],
    ['META-INF/container.xml', `${XML}<container/>`],
    ['OEBPS/chapter1.xhtml', '<html><body><p>Chapter one</p></body></html>'],
  ])

export const gzip = (seed = 4): Uint8Array => new Uint8Array(gzipSync(randomBytes(seed, 2000)))

/** What `File.text()` makes of a file: its bytes read as UTF-8, bad sequences as U+FFFD. */
export const asText = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes)
