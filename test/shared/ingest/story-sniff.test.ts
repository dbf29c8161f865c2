import { describe, expect, it } from 'vitest'
import {
  IngestError,
  SNIFF_BYTES,
  assertStoryText,
  decodeStoryBytes,
  refusalMessage,
  sniffBytes,
  sniffText,
} from '../../../src/shared/ingest'
import { seededRandom } from '../../support/seeded-random'
import {
  asText,
  crc32,
  docx,
  epub,
  gzip,
  jpeg,
  pdf,
  png,
  randomBytes,
  xlsx,
  zip,
} from './binary-files'
import { PARAGRAPHS } from './language-samples'
import { FERRY_HTML, FLOOD_TEXT } from './stories'

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
const bytes = (...values: readonly (number | string)[]): Uint8Array =>
  Uint8Array.from(
    values.flatMap((value) => (typeof value === 'number' ? [value] : [...utf8(value)])),
  )

const ASK = "not a story: import the story's text, HTML or Markdown"

const FILES: readonly (readonly [string, () => Uint8Array, string])[] = [
  ['PNG', () => png(), 'a PNG image'],
  ['JPEG (JFIF)', () => jpeg('jfif'), 'a JPEG image'],
  ['JPEG (Exif)', () => jpeg('exif'), 'a JPEG image'],
  ['PDF', () => pdf(), 'a PDF document'],
  ['DOCX', docx, 'a Word document'],
  ['XLSX', xlsx, 'an Excel workbook'],
  ['EPUB', epub, 'an EPUB e-book'],
  [
    'ZIP',
    () =>
      zip([
        ['notes.txt', 'hello'],
        ['b.bin', randomBytes(5, 300)],
      ]),
    'a ZIP archive',
  ],
  ['gzip', () => gzip(), 'a gzip archive'],
  ['GIF', () => bytes('GIF89a', 1, 0, 1, 0, 0x80, 0, 0, ...randomBytes(6, 40)), 'a GIF image'],
  ['WebP', () => bytes('RIFF', 0x24, 0, 0, 0, 'WEBPVP8 ', ...randomBytes(7, 40)), 'a WebP image'],
  ['7z', () => bytes('7z', 0xbc, 0xaf, 0x27, 0x1c, 0, 4, ...randomBytes(8, 40)), 'a 7z archive'],
  ['RAR', () => bytes('Rar!', 0x1a, 0x07, 1, 0, ...randomBytes(9, 40)), 'a RAR archive'],
  [
    'MP3',
    () => bytes('ID3', 4, 0, 0, 0, 0, 0x0f, 0x76, ...randomBytes(10, 40)),
    'an MP3 audio file',
  ],
  [
    'MP4',
    () => bytes(0, 0, 0, 0x20, 'ftypisom', 0, 0, 2, 0, 'isomiso2avc1mp41', ...randomBytes(11, 40)),
    'an MP4 video',
  ],
  ['Ogg', () => bytes('OggS', 0, 2, ...randomBytes(12, 40)), 'an Ogg audio or video file'],
  [
    'SQLite',
    () => bytes('SQLite format 3', 0, 0x10, 0, 1, 1, ...randomBytes(13, 40)),
    'an SQLite database',
  ],
  [
    'ELF',
    () => bytes(0x7f, 'ELF', 2, 1, 1, 0, ...new Array<number>(8).fill(0), 2, 0, 0x3e, 0),
    'an ELF executable',
  ],
  [
    'PE',
    () => {
      const exe = new Uint8Array(256)
      exe.set(bytes('MZ', 0x90, 0, 3, 0))
      exe.set(bytes('This program cannot be run in DOS mode.'), 0x4e)
      exe.set([0x80, 0, 0, 0], 0x3c)
      exe.set(bytes('PE', 0, 0, 0x64, 0x86), 0x80)
      return exe
    },
    'a Windows executable',
  ],
]

describe('sniffBytes', () => {
  it.each(FILES)('names a %s file by its magic number', (_name, make, what) => {
    const verdict = sniffBytes(make())
    expect(verdict).toMatchObject({ ok: false, reason: 'format', what })
    expect(!verdict.ok && verdict.message).toBe(`this file is ${what} (a binary file), ${ASK}`)
  })

  it('says what a PNG is in the words the CLI, the host and the app all use', () => {
    const verdict = sniffBytes(png())
    expect(verdict.ok).toBe(false)
    if (verdict.ok) return
    expect(verdict.message).toBe(
      "this file is a PNG image (a binary file), not a story: import the story's text, HTML or Markdown",
    )
    expect(refusalMessage(verdict, 'photo.png')).toBe(
      "photo.png is a PNG image (a binary file), not a story: import the story's text, HTML or Markdown",
    )
  })

  it('builds real files: the PNG chunks and ZIP entries carry their CRCs', () => {
    const file = png(4)
    const ihdr = file.subarray(12, 12 + 4 + 13)
    expect(crc32(ihdr)).toBe(new DataView(file.buffer).getUint32(12 + 4 + 13))
    expect(Buffer.from(docx()).includes('word/document.xml')).toBe(true)
  })

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('refuses random bytes as binary data (seed %i)', (seed) => {
    const length = seededRandom(seed).int(16, 100_000)
    expect(sniffBytes(randomBytes(seed, length))).toMatchObject({
      ok: false,
      reason: 'binary',
      message: `this file is binary data, ${ASK}`,
    })
  })

  it('passes UTF-8 text in every script, with or without a byte order mark', () => {
    for (const text of [...Object.values(PARAGRAPHS), FLOOD_TEXT, FERRY_HTML]) {
      expect(sniffBytes(utf8(text))).toEqual({ ok: true, encoding: 'utf-8' })
      expect(sniffBytes(bytes(0xef, 0xbb, 0xbf, text))).toEqual({ ok: true, encoding: 'utf-8' })
    }
    expect(sniffBytes(new Uint8Array())).toEqual({ ok: true, encoding: 'utf-8' })
  })

  it('does not hold a character cut by the end of the first bytes against the file', () => {
    const arabic = utf8(PARAGRAPHS['ar']!.repeat(200))
    expect(arabic.length).toBeGreaterThan(SNIFF_BYTES)
    // The app sniffs only the first 64 KiB; cut inside a two-byte letter, it is still text.
    const lead = arabic.findIndex((byte, index) => index > 50 && byte >= 0xc0)
    const cut = arabic.subarray(0, lead + 1)
    expect(sniffBytes(cut)).toEqual({ ok: true, encoding: 'utf-8' })
    expect(sniffBytes(arabic)).toEqual({ ok: true, encoding: 'utf-8' })
  })

  it('takes UTF-16 with a byte order mark as text, and says what other encodings are', () => {
    const story = PARAGRAPHS['fr']!
    const le = Uint8Array.from([0xff, 0xfe, ...Buffer.from(story, 'utf16le')])
    const be = Uint8Array.from(Buffer.from(`\uFEFF${story}`, 'utf16le').swap16())
    expect(sniffBytes(le)).toEqual({ ok: true, encoding: 'utf-16le' })
    expect(sniffBytes(be)).toEqual({ ok: true, encoding: 'utf-16be' })
    expect(decodeStoryBytes(le)).toBe(story)
    expect(decodeStoryBytes(be)).toBe(story)

    expect(sniffBytes(Buffer.from(story, 'utf16le'))).toMatchObject({
      reason: 'encoding',
      message:
        'this file is UTF-16 text without a byte order mark: save it as UTF-8 and import it again',
    })
    expect(sniffBytes(bytes(0xff, 0xfe, 0, 0, 'A', 0, 0, 0))).toMatchObject({
      reason: 'encoding',
      what: 'UTF-32 text',
    })
    const latin1 = Buffer.from(story, 'latin1')
    expect(sniffBytes(latin1)).toMatchObject({
      reason: 'encoding',
      message: 'this file is not UTF-8 text: save it as UTF-8 and import it again',
    })
  })

  it('refuses any NUL byte, and control bytes past 1%', () => {
    const story = utf8(FLOOD_TEXT)
    expect(
      sniffBytes(Uint8Array.from([...story.subarray(0, 500), 0, ...story.subarray(500)])),
    ).toMatchObject({ ok: false, reason: 'binary' })
    const withControls = (count: number): Uint8Array => {
      const copy = story.slice()
      for (let i = 0; i < count; i++) copy[10 + i * 7] = 0x0b
      return copy
    }
    const allowed = Math.floor(story.length / 100)
    expect(sniffBytes(withControls(allowed))).toEqual({ ok: true, encoding: 'utf-8' })
    expect(sniffBytes(withControls(allowed + 1))).toMatchObject({ ok: false, reason: 'binary' })
  })
})

describe('sniffText (what the host receives: the file read as UTF-8, as File.text() reads it)', () => {
  it('refuses a PNG read as text, naming it', () => {
    const text = asText(png())
    expect(text).toContain('\uFFFD')
    expect(sniffText(text)).toEqual({
      ok: false,
      reason: 'format',
      what: 'a PNG image',
      message: `this file is a PNG image (a binary file), ${ASK}`,
    })
  })

  it.each(FILES)('refuses a %s file read as text', (_name, make, what) => {
    const verdict = sniffText(asText(make()))
    expect(verdict.ok).toBe(false)
    // Decoding loses bytes; most formats are still recognised, any other is binary data.
    if (!verdict.ok && verdict.reason === 'format') expect(verdict.what).toBe(what)
    else expect(verdict).toMatchObject({ reason: 'binary' })
  })

  it('still names the common formats once read as text', () => {
    for (const [make, what] of [
      [png, 'a PNG image'],
      [jpeg, 'a JPEG image'],
      [() => jpeg('exif'), 'a JPEG image'],
      [pdf, 'a PDF document'],
      [docx, 'a Word document'],
      [epub, 'an EPUB e-book'],
      [gzip, 'a gzip archive'],
    ] as const) {
      expect(sniffText(asText(make()))).toMatchObject({ reason: 'format', what })
    }
  })

  it.each([11, 12, 13, 14, 15, 16])('refuses random bytes read as text (seed %i)', (seed) => {
    const length = seededRandom(seed).int(16, 100_000)
    expect(sniffText(asText(randomBytes(seed, length)))).toMatchObject({
      ok: false,
      reason: 'binary',
    })
  })

  it('passes stories in every script', () => {
    for (const text of [...Object.values(PARAGRAPHS), FLOOD_TEXT, FERRY_HTML])
      expect(sniffText(text)).toEqual({ ok: true })
    expect(sniffText('Tabs\tand\r\nline\fbreaks are text.')).toEqual({ ok: true })
  })

  it('refuses text mis-decoded from another encoding, but allows a stray bad character', () => {
    const latin1 = asText(Buffer.from(PARAGRAPHS['fr']!.repeat(3), 'latin1'))
    expect(sniffText(latin1)).toMatchObject({
      reason: 'encoding',
      message: 'this file is not UTF-8 text: save it as UTF-8 and import it again',
    })
    const story = FLOOD_TEXT
    const allowed = Math.floor(story.length / 100)
    const spoiled = (count: number): string =>
      [...story]
        .map((char, index) => (index % 50 === 3 && index / 50 < count ? '\uFFFD' : char))
        .join('')
    expect(sniffText(spoiled(allowed))).toEqual({ ok: true })
    expect(sniffText(spoiled(allowed + 1))).toMatchObject({ reason: 'encoding' })
    // One bad character in a very short story is allowed.
    expect(sniffText('The mayor said \uFFFD30 people were evacuated.')).toEqual({ ok: true })
  })

  it('refuses any NUL, and UTF-16 read as UTF-8', () => {
    expect(sniffText(`${FLOOD_TEXT}\u0000`)).toMatchObject({ reason: 'binary' })
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from(PARAGRAPHS['en']!, 'utf16le')])
    expect(sniffText(asText(utf16))).toMatchObject({ reason: 'encoding', what: 'UTF-16 text' })
  })

  it('looks at the first 64 KiB only, so its cost is the same at any size', () => {
    const long = 'The council met again. '.repeat(4000)
    expect(long.length).toBeGreaterThan(SNIFF_BYTES)
    expect(sniffText(`${long}${asText(randomBytes(20, 5000))}`)).toEqual({ ok: true })
    expect(sniffText(`${asText(png())}${long}`)).toMatchObject({ what: 'a PNG image' })
  })

  it('is what assertStoryText and decodeStoryBytes throw as IngestError, about a subject', () => {
    expect(() => assertStoryText(asText(pdf()))).toThrow(IngestError)
    expect(() => assertStoryText(asText(pdf()), 'report.pdf')).toThrow(
      `report.pdf is a PDF document (a binary file), ${ASK}`,
    )
    expect(() => decodeStoryBytes(docx(), 'draft.docx')).toThrow(
      `draft.docx is a Word document (a binary file), ${ASK}`,
    )
    expect(() => decodeStoryBytes(Buffer.from('caf\xe9 au lait', 'latin1'), 'menu.txt')).toThrow(
      'menu.txt is not UTF-8 text: save it as UTF-8 and import it again',
    )
    expect(decodeStoryBytes(bytes(0xef, 0xbb, 0xbf, 'Story'))).toBe('Story')
  })
})
