/**
 * Is this file a story's text at all? A PNG, a Word document or a zip chosen by mistake must be
 * refused with what it looks like, not turned into a dossier of replacement characters. Two
 * views of the same question, with one vocabulary for the CLI, the host and the app:
 *
 * - `sniffBytes`: the file's first bytes (the CLI, the app before it uploads): a known binary
 *   format by its magic number, a byte order mark, NUL and control bytes, invalid UTF-8.
 * - `sniffText`: text already decoded as UTF-8 with replacement (what `File.text()` gives and
 *   what the host receives): the same magic numbers as they survive that decoding, NULs,
 *   control characters and U+FFFD.
 *
 * Pure: no Node APIs, so the app, the host and the ingest worker share it.
 */
import { IngestError } from './ingest-error'

/** How much of a file is looked at: its first 64 KiB (bytes or UTF-16 code units). */
export const SNIFF_BYTES = 64 * 1024

/**
 * Past this share of the sample, control characters (C0 other than tab, line feed, form feed
 * and carriage return) or U+FFFD make a file binary or wrongly encoded. Text has next to none:
 * a stray vertical tab from a word processor, a mis-encoded quotation mark. Compressed or
 * encoded data (images, archives, anything random) has about 10% control bytes and, read as
 * UTF-8, a replacement character for most bytes over 0x7F. One is always allowed, so that a
 * short story with one bad character is not refused.
 */
export const SUSPICIOUS_SHARE = 0.01

export type StoryEncoding = 'utf-8' | 'utf-16le' | 'utf-16be'

/** Why a file is not taken as a story. */
export type RefusalReason =
  /** A known binary format, named in `what`. */
  | 'format'
  /** NUL bytes or too many control characters: not text. */
  | 'binary'
  /** Text, but not in UTF-8 (nor UTF-16 with a byte order mark). */
  | 'encoding'

export interface StoryRefusal {
  readonly ok: false
  readonly reason: RefusalReason
  /** What the file is, in words: "a PNG image", "binary data", "not UTF-8 text". */
  readonly what: string
  /** The refusal about "this file", as the user reads it. */
  readonly message: string
}

export type BytesVerdict = { readonly ok: true; readonly encoding: StoryEncoding } | StoryRefusal
export type TextVerdict = { readonly ok: true } | StoryRefusal

const ASK_FOR_TEXT = "import the story's text, HTML or Markdown"
const ASK_FOR_UTF8 = 'save it as UTF-8 and import it again'

/** The refusal as one sentence about `subject` ("this file", or a file's name). */
export const refusalMessage = (
  refusal: Pick<StoryRefusal, 'reason' | 'what'>,
  subject = 'this file',
): string => {
  switch (refusal.reason) {
    case 'format':
      return `${subject} is ${refusal.what} (a binary file), not a story: ${ASK_FOR_TEXT}`
    case 'binary':
      return `${subject} is ${refusal.what}, not a story: ${ASK_FOR_TEXT}`
    case 'encoding':
      return `${subject} is ${refusal.what}: ${ASK_FOR_UTF8}`
  }
}

const refuse = (reason: RefusalReason, what: string): StoryRefusal => ({
  ok: false,
  reason,
  what,
  message: refusalMessage({ reason, what }),
})

const BINARY_DATA = 'binary data'
const NOT_UTF8 = 'not UTF-8 text'

// Known formats ------------------------------------------------------------------------------

/** Some bytes expected at an offset; `text` is how they read once decoded as UTF-8. */
interface Magic {
  readonly at: number
  readonly bytes: Uint8Array
  readonly text: string
}

interface KnownFormat {
  /** In words; a function when the file's start tells more (a ZIP that is a DOCX). */
  readonly what: string | ((head: string) => string)
  /** All of these, each at its offset. */
  readonly magic: readonly Magic[]
  /** A further check on the start of the file (as Latin-1 for bytes, as itself for text). */
  readonly confirm?: (head: string) => boolean
  /**
   * Decoded as UTF-8 these bytes leave fewer than two characters that are not U+FFFD: any
   * binary file could start that way, so only `sniffBytes` names this format.
   */
  readonly bytesOnly: boolean
}

/** A part's text as a UTF-8 decoder gives it, leaving out a sequence the next bytes complete. */
const decodedPart = (bytes: Uint8Array): string =>
  new TextDecoder('utf-8').decode(bytes, { stream: true })

const magic = (at: number, ...parts: readonly (string | number)[]): Magic => {
  const bytes = Uint8Array.from(
    parts.flatMap((part) =>
      typeof part === 'number' ? [part] : [...part].map((char) => char.charCodeAt(0)),
    ),
  )
  return { at, bytes, text: decodedPart(bytes) }
}

const format = (
  what: KnownFormat['what'],
  parts: readonly Magic[],
  confirm?: (head: string) => boolean,
): KnownFormat => {
  const readable = parts
    .map((part) => part.text.replaceAll('\uFFFD', ''))
    .reduce((sum, text) => sum + text.length, 0)
  return { what, magic: parts, bytesOnly: readable < 2, ...(confirm ? { confirm } : {}) }
}

const zipKind = (head: string): string => {
  if (head.includes('mimetypeapplication/epub+zip')) return 'an EPUB e-book'
  if (head.includes('mimetypeapplication/vnd.oasis.opendocument.text'))
    return 'an OpenDocument text'
  if (head.includes('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'))
    return 'an OpenDocument spreadsheet'
  if (head.includes('word/')) return 'a Word document'
  if (head.includes('xl/workbook') || head.includes('xl/worksheets/')) return 'an Excel workbook'
  if (head.includes('ppt/presentation') || head.includes('ppt/slides/'))
    return 'a PowerPoint presentation'
  return 'a ZIP archive'
}

/** An ISO media file (MP4 and kin) by the brand after `ftyp`. */
const isoMediaKind = (head: string): string => {
  const at = head.indexOf('ftyp')
  const brand = head.slice(at + 4, at + 8)
  if (/^(?:heic|heix|hevc|hevx|mif1|msf1)$/.test(brand)) return 'a HEIC image'
  if (/^avi[fs]$/.test(brand)) return 'an AVIF image'
  if (/^M4[AB] $/.test(brand)) return 'an M4A audio file'
  if (brand === 'qt  ') return 'a QuickTime video'
  if (brand.startsWith('3g')) return 'a 3GP video'
  return 'an MP4 video'
}

const FORMATS: readonly KnownFormat[] = [
  format('a PNG image', [magic(0, 0x89, 'PNG\r\n', 0x1a, '\n')]),
  format('a JPEG image', [magic(0, 0xff, 0xd8, 0xff), magic(6, 'JFIF', 0)]),
  format('a JPEG image', [magic(0, 0xff, 0xd8, 0xff), magic(6, 'Exif', 0)]),
  format('a JPEG image', [magic(0, 0xff, 0xd8, 0xff)]),
  format('a GIF image', [magic(0, 'GIF87a')]),
  format('a GIF image', [magic(0, 'GIF89a')]),
  format('a WebP image', [magic(0, 'RIFF'), magic(8, 'WEBP')]),
  format('a WAV audio file', [magic(0, 'RIFF'), magic(8, 'WAVE')]),
  format('an AVI video', [magic(0, 'RIFF'), magic(8, 'AVI ')]),
  format('a TIFF image', [magic(0, 'II*', 0)]),
  format('a TIFF image', [magic(0, 'MM', 0, '*')]),
  format('a PDF document', [magic(0, '%PDF-')]),
  format(zipKind, [magic(0, 'PK', 3, 4)]),
  format(zipKind, [magic(0, 'PK', 5, 6)]),
  format(zipKind, [magic(0, 'PK', 7, 8)]),
  format('an older Word, Excel or PowerPoint file', [
    magic(0, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),
  ]),
  format('a gzip archive', [magic(0, 0x1f, 0x8b, 0x08)]),
  format('a bzip2 archive', [magic(0, 'BZh'), magic(4, '1AY&SY')]),
  format('an xz archive', [magic(0, 0xfd, '7zXZ', 0)]),
  format('a 7z archive', [magic(0, '7z', 0xbc, 0xaf, 0x27, 0x1c)]),
  format('a RAR archive', [magic(0, 'Rar!', 0x1a, 0x07)]),
  format('a Zstandard archive', [magic(0, 0x28, 0xb5, 0x2f, 0xfd)]),
  format('a tar archive', [magic(257, 'ustar', 0)]),
  format('a tar archive', [magic(257, 'ustar  ', 0)]),
  format('an MP3 audio file', [magic(0, 'ID3', 2, 0)]),
  format('an MP3 audio file', [magic(0, 'ID3', 3, 0)]),
  format('an MP3 audio file', [magic(0, 'ID3', 4, 0)]),
  format('an MP3 audio file', [magic(0, 0xff, 0xfb)]),
  format('an MP3 audio file', [magic(0, 0xff, 0xf3)]),
  format('an MP3 audio file', [magic(0, 0xff, 0xf2)]),
  format('an Ogg audio or video file', [magic(0, 'OggS', 0)]),
  format('a FLAC audio file', [magic(0, 'fLaC')]),
  format('a WebM or Matroska video', [magic(0, 0x1a, 0x45, 0xdf, 0xa3)]),
  format(isoMediaKind, [magic(4, 'ftyp')]),
  format('an SQLite database', [magic(0, 'SQLite format 3', 0)]),
  format('an ELF executable', [magic(0, 0x7f, 'ELF')]),
  format(
    'a Windows executable',
    [magic(0, 'MZ')],
    (head) => head.includes('PE\0\0') || head.includes('This program cannot be run in DOS mode'),
  ),
  format('a Mach-O executable', [magic(0, 0xfe, 0xed, 0xfa, 0xce)]),
  format('a Mach-O executable', [magic(0, 0xfe, 0xed, 0xfa, 0xcf)]),
  format('a Mach-O executable', [magic(0, 0xce, 0xfa, 0xed, 0xfe)]),
  format('a Mach-O executable', [magic(0, 0xcf, 0xfa, 0xed, 0xfe)]),
  format('a WebAssembly module', [magic(0, 0, 'asm')]),
]

const matchesBytes = (known: KnownFormat, bytes: Uint8Array): boolean =>
  known.magic.every(
    ({ at, bytes: expected }) =>
      at + expected.length <= bytes.length && expected.every((byte, i) => bytes[at + i] === byte),
  )

/**
 * The magic number as it reads in text decoded as UTF-8. Decoding never makes more characters
 * than bytes, so a part `n` bytes after the previous one starts at most `n` characters after it.
 */
const matchesText = (known: KnownFormat, text: string): boolean => {
  let charEnd = 0
  let byteEnd = 0
  for (const part of known.magic) {
    const gap = part.at - byteEnd
    // A part at offset 0 has a window of its own length: it must start the text.
    const window = text.slice(charEnd, charEnd + gap + part.text.length)
    const found = window.indexOf(part.text)
    if (found === -1) return false
    charEnd += found + part.text.length
    byteEnd = part.at + part.bytes.length
  }
  return true
}

const whatOf = (known: KnownFormat, head: string): string =>
  typeof known.what === 'string' ? known.what : known.what(head)

// Counting -----------------------------------------------------------------------------------

/** Tab, line feed, form feed and carriage return are text; the other C0 characters are not. */
const isControl = (code: number): boolean =>
  code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d

const tooMany = (count: number, sampled: number): boolean =>
  count > Math.max(1, sampled * SUSPICIOUS_SHARE)

/**
 * UTF-16 read one byte at a time: Latin letters, digits, spaces and punctuation have a zero
 * high byte, so one of every two bytes is NUL while the other almost never is.
 */
const looksLikeUtf16 = (codeAt: (index: number) => number, length: number): boolean => {
  const pairs = Math.floor(Math.min(length, 4096) / 2)
  if (pairs < 4) return false
  let even = 0
  let odd = 0
  for (let pair = 0; pair < pairs; pair++) {
    if (codeAt(2 * pair) === 0) even++
    if (codeAt(2 * pair + 1) === 0) odd++
  }
  const many = pairs * 0.3
  const few = pairs * 0.02
  return (odd >= many && even <= few) || (even >= many && odd <= few)
}

interface Counts {
  readonly nul: number
  readonly controls: number
  readonly replacements: number
}

const count = (codeAt: (index: number) => number, length: number): Counts => {
  let nul = 0
  let controls = 0
  let replacements = 0
  for (let index = 0; index < length; index++) {
    const code = codeAt(index)
    if (code === 0) nul++
    else if (isControl(code)) controls++
    else if (code === 0xfffd) replacements++
  }
  return { nul, controls, replacements }
}

/** The bytes as a string of the same length, to look for ASCII names inside them. */
const latin1 = (bytes: Uint8Array): string => {
  let text = ''
  for (let start = 0; start < bytes.length; start += 0x2000)
    text += String.fromCharCode(...bytes.subarray(start, start + 0x2000))
  return text
}

// The two views ------------------------------------------------------------------------------

/**
 * What a file's first bytes say: a known binary format, UTF-16 or UTF-32, binary data, text in
 * another encoding than UTF-8, or UTF-8 text. Looks at the first 64 KiB; a UTF-8 sequence cut
 * by the end of what it was given is not held against the file.
 */
export const sniffBytes = (input: Uint8Array): BytesVerdict => {
  const bytes = input.subarray(0, SNIFF_BYTES)
  let head: string | undefined
  const headText = (): string => (head ??= latin1(bytes))
  for (const known of FORMATS) {
    if (!matchesBytes(known, bytes)) continue
    if (known.confirm !== undefined && !known.confirm(headText())) continue
    return refuse('format', whatOf(known, headText()))
  }
  const [b0, b1, b2, b3] = bytes
  if (
    (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) ||
    (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)
  )
    return refuse('encoding', 'UTF-32 text')
  if (b0 === 0xff && b1 === 0xfe) return { ok: true, encoding: 'utf-16le' }
  if (b0 === 0xfe && b1 === 0xff) return { ok: true, encoding: 'utf-16be' }
  const codeAt = (index: number): number => bytes[index]!
  if (looksLikeUtf16(codeAt, bytes.length))
    return refuse('encoding', 'UTF-16 text without a byte order mark')
  const { nul, controls } = count(codeAt, bytes.length)
  if (nul > 0 || tooMany(controls, bytes.length)) return refuse('binary', BINARY_DATA)
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true })
  } catch {
    return refuse('encoding', NOT_UTF8)
  }
  return { ok: true, encoding: 'utf-8' }
}

/**
 * Whether decoded text is a story's text: refuses a known binary format as it reads once
 * decoded as UTF-8, any NUL, and more than 1% control characters or U+FFFD in the first 64 KiB.
 */
export const sniffText = (text: string): TextVerdict => {
  const sample = text.slice(0, SNIFF_BYTES)
  for (const known of FORMATS) {
    if (known.bytesOnly || !matchesText(known, sample)) continue
    if (known.confirm !== undefined && !known.confirm(sample)) continue
    return refuse('format', whatOf(known, sample))
  }
  const codeAt = (index: number): number => sample.charCodeAt(index)
  if (looksLikeUtf16(codeAt, sample.length)) return refuse('encoding', 'UTF-16 text')
  const { nul, controls, replacements } = count(codeAt, sample.length)
  if (nul > 0 || tooMany(controls, sample.length)) return refuse('binary', BINARY_DATA)
  if (tooMany(replacements, sample.length)) return refuse('encoding', NOT_UTF8)
  if (tooMany(controls + replacements, sample.length)) return refuse('binary', BINARY_DATA)
  return { ok: true }
}

/** Throws IngestError, with the refusal about `subject`, unless the text may be a story. */
export const assertStoryText = (text: string, subject = 'this file'): void => {
  const verdict = sniffText(text)
  if (!verdict.ok) throw new IngestError(refusalMessage(verdict, subject))
}

/**
 * A story file's bytes as text: UTF-8 (a byte order mark dropped) or UTF-16 with a byte order
 * mark. Throws IngestError, its message about `subject`, for anything else.
 */
export const decodeStoryBytes = (bytes: Uint8Array, subject = 'this file'): string => {
  const verdict = sniffBytes(bytes)
  if (!verdict.ok) throw new IngestError(refusalMessage(verdict, subject))
  let text: string
  try {
    text = new TextDecoder(verdict.encoding, { fatal: true }).decode(bytes)
  } catch {
    const what = verdict.encoding === 'utf-8' ? NOT_UTF8 : 'damaged UTF-16 text'
    throw new IngestError(refusalMessage({ reason: 'encoding', what }, subject))
  }
  assertStoryText(text, subject)
  return text
}
