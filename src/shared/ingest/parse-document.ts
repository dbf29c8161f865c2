import { isBoilerplate } from './boilerplate'
import { detectFormat } from './detect-format'
import { htmlToText } from './html-to-text'
import { markdownToText } from './markdown-to-text'
import { rulesFor } from './rules'
import type { LanguageRules } from './rules'
import type { Dateline, ParsedDocument, SourceFormat } from './types'

export interface ParseOptions {
  readonly filename?: string
  readonly format?: SourceFormat
  readonly language?: string
}

const MAX_TITLE = 500
/** Soft hyphens, zero-width spaces, byte order marks, and control characters but the newline. */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]|[^\P{Cc}\n]/gu
const ODD_SPACE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g

/** Line ends, odd spaces and invisible characters, made plain before any format is read. */
export const normalizeText = (text: string): string =>
  text
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(ODD_SPACE, ' ')
    .replace(INVISIBLE, '')

/** Whitespace other than single spaces, or spaces in a row. */
const UNCOLLAPSED = /[^\S ]| {2}/
const SPACE = 0x20
// Only a text with other whitespace, spaces in a row or a space at an end changes when
// collapsed: a test allocates nothing, and most paragraphs are already collapsed (each is
// collapsed twice).
const collapse = (text: string): string =>
  UNCOLLAPSED.test(text) ||
  text.charCodeAt(0) === SPACE ||
  text.charCodeAt(text.length - 1) === SPACE
    ? text.replace(/\s+/g, ' ').trim()
    : text

const isoDate = (year: number, month: number, day: number): string | undefined => {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return date.toISOString().slice(0, 10)
}

/** A full calendar date in the text ("November 28, 2018", "28 Nov 2018", "2018-11-28"). */
export const findDate = (text: string, rules: LanguageRules): string | undefined => {
  const month = (word: string): number | undefined => rules.months[word.toLowerCase()]
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text)
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const monthFirst = /(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u.exec(text)
  if (monthFirst && month(monthFirst[1]!) !== undefined)
    return isoDate(Number(monthFirst[3]), month(monthFirst[1]!)!, Number(monthFirst[2]))
  const dayFirst = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}+)\.?,?\s+(\d{4})\b/u.exec(text)
  if (dayFirst && month(dayFirst[2]!) !== undefined)
    return isoDate(Number(dayFirst[3]), month(dayFirst[2]!)!, Number(dayFirst[1]))
  return undefined
}

/** "Posted November 28, 2018", "Published: 14 March 2024 09:12", or a bare date line. */
const asDateline = (paragraph: string, rules: LanguageRules): Dateline | undefined => {
  if (paragraph.length > 100) return undefined
  const date = findDate(paragraph, rules)
  const first = paragraph.split(/[\s:]+/)[0]?.toLowerCase() ?? ''
  // "Published figures show 3,100 passengers travelled on Monday." is the story's sentence.
  const sentence = /\p{L}[.!?]$/u.test(paragraph)
  if (rules.datelinePrefixes.has(first) && /\d/.test(paragraph) && !sentence) {
    return date === undefined ? { raw: paragraph } : { raw: paragraph, date }
  }
  // A bare date: nothing but the date, a weekday and a time of day.
  if (date !== undefined && !/[.!?]$/.test(paragraph) && paragraph.split(/\s+/).length <= 8) {
    return { raw: paragraph, date }
  }
  return undefined
}

/** A plain-text headline: one short line, not a sentence, followed by more text. */
const looksLikeHeadline = (block: string, blocks: readonly string[]): boolean =>
  blocks.length > 1 &&
  !block.includes('\n') &&
  block.trim().length <= 200 &&
  !/[.,;:]$/.test(block.trim())

const blocksOf = (
  text: string,
  format: SourceFormat,
): { blocks: string[]; title?: string; date?: string } => {
  if (format === 'html') return htmlToText(text)
  if (format === 'markdown') return markdownToText(text)
  const raw = text
    .split(/\n[ ]*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '' && !isBoilerplate(collapse(block)))
  const first = raw[0]
  if (first !== undefined && looksLikeHeadline(first, raw)) {
    return { blocks: raw.slice(1), title: first }
  }
  return { blocks: raw }
}

/**
 * An article in any supported format, reduced to the text the desk verifies: one paragraph per
 * block, separated by blank lines, with the headline and date line kept apart as metadata.
 */
export const parseDocument = (text: string, options: ParseOptions = {}): ParsedDocument => {
  const clean = normalizeText(text)
  const format = options.format ?? detectFormat(options.filename, clean)
  const rules = rulesFor(options.language)
  const read = blocksOf(clean, format)
  const paragraphs = read.blocks
    .map(collapse)
    .filter((paragraph) => paragraph !== '' && !isBoilerplate(paragraph))
  let dateline: Dateline | undefined
  for (let index = 0; index < Math.min(3, paragraphs.length); index += 1) {
    const found = asDateline(paragraphs[index]!, rules)
    if (found !== undefined) {
      dateline = found
      paragraphs.splice(index, 1)
      break
    }
  }
  if (dateline === undefined && read.date !== undefined) {
    const date = findDate(read.date, rules) ?? /^\d{4}-\d{2}-\d{2}/.exec(read.date)?.[0]
    dateline = date === undefined ? { raw: read.date } : { raw: read.date, date }
  }
  const title = read.title === undefined ? undefined : collapse(read.title).slice(0, MAX_TITLE)
  return {
    format,
    ...(title ? { title } : {}),
    ...(dateline ? { dateline } : {}),
    sourceText: paragraphs.join('\n\n'),
  }
}
