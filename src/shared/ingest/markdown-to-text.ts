import { decodeEntities } from './html-entities'

/**
 * Markdown to paragraphs: enough of CommonMark for articles (headings, emphasis, links, lists,
 * quotes, code, front matter). Formatting marks go; the words stay where they were.
 */
export interface MarkdownText {
  readonly blocks: string[]
  readonly title?: string
  /** A `date:` from YAML front matter, if the file has one. */
  readonly date?: string
}

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/
const SETEXT_1 = /^ {0,3}=+[ \t]*$/
const SETEXT_2 = /^ {0,3}-+[ \t]*$/
const RULE = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/
const FENCE = /^ {0,3}(`{3,}|~{3,})/
const LIST_ITEM = /^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+/
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S+/
const TABLE_DIVIDER = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/

/**
 * Inline Markdown to plain words. Order matters: code spans and escapes first, so their content
 * is left alone.
 */
// Spans are bounded (1,000 characters) so that unclosed marks cannot make matching quadratic.
export const stripInline = (line: string): string => {
  const codes: string[] = []
  let text = line.replace(
    /(`+)([^`]|[^`][\s\S]{0,1000}?[^`])\1(?!`)/g,
    (_match, _ticks, code: string) => {
      codes.push(code.trim())
      return `\uE000${codes.length - 1}\uE000`
    },
  )
  // Escaped characters are literal: set them aside before emphasis is read.
  text = text.replace(/\\([!-/:-@[-`{-~])/g, (_match, char: string) => {
    codes.push(char)
    return `\uE000${codes.length - 1}\uE000`
  })
  text = text
    .replace(/!\[([^\]]{0,1000})\]\([^)]{0,2000}\)/g, '') // images: alt text is not article text
    .replace(/\[([^\]]{1,1000})\]\((?:[^()]|\([^)]{0,2000}\)){0,2000}\)/g, '$1') // [text](url "title")
    .replace(/\[([^\]]{1,1000})\]\[[^\]]{0,1000}\]/g, '$1') // [text][ref]
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1') // autolinks
    .replace(/<\/?[A-Za-z][^<>]*>/g, '') // inline HTML tags
    .replace(/(\*\*|__)(?=\S)([\s\S]{0,1000}?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}*])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/~~(?=\S)([\s\S]{0,1000}?\S)~~/g, '$1')
  text = decodeEntities(text)
  return text.replace(/\uE000(\d+)\uE000/g, (_match, index: string) => codes[Number(index)] ?? '')
}

const frontMatter = (lines: string[]): { skip: number; title?: string; date?: string } => {
  if (lines[0]?.trim() !== '---') return { skip: 0 }
  const end = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)\s*$/.test(line))
  if (end < 0) return { skip: 0 }
  const field = (name: string): string | undefined => {
    for (const line of lines.slice(1, end)) {
      const match = new RegExp(`^${name}\\s*:\\s*(.+)$`, 'i').exec(line)
      if (match) return match[1]!.trim().replace(/^(['"])(.*)\1$/, '$2')
    }
    return undefined
  }
  const title = field('title')
  const date = field('date')
  return {
    skip: end + 1,
    ...(title === undefined ? {} : { title }),
    ...(date === undefined ? {} : { date }),
  }
}

export const markdownToText = (markdown: string): MarkdownText => {
  const lines = markdown.split('\n')
  const front = frontMatter(lines)
  const blocks: string[] = []
  const headings: { level: number; block: number }[] = []
  let paragraph: string[] = []
  let fence: string | null = null

  const flush = (): void => {
    const text = stripInline(paragraph.join(' ')).replace(/\s+/g, ' ').trim()
    if (text !== '') blocks.push(text)
    paragraph = []
  }
  const heading = (level: number, text: string): void => {
    flush()
    const clean = stripInline(text).replace(/\s+/g, ' ').trim()
    if (clean === '') return
    headings.push({ level, block: blocks.length })
    blocks.push(clean)
  }

  for (let index = front.skip; index < lines.length; index += 1) {
    const raw = lines[index]!
    if (fence !== null) {
      if (raw.trim().startsWith(fence)) fence = null
      continue
    }
    const fenced = FENCE.exec(raw)
    if (fenced) {
      flush()
      fence = fenced[1]!
      continue
    }
    // Block quotes keep their words; only the markers go.
    const line = raw.replace(/^(?: {0,3}>[ ]?)+/, '')
    if (line.trim() === '') {
      flush()
      continue
    }
    const atx = ATX_HEADING.exec(line)
    if (atx) {
      heading(atx[1]!.length, atx[2] ?? '')
      continue
    }
    const next = lines[index + 1]
    if (paragraph.length === 0 && next !== undefined && !LIST_ITEM.test(line)) {
      if (SETEXT_1.test(next) || (SETEXT_2.test(next) && !RULE.test(line))) {
        heading(SETEXT_1.test(next) ? 1 : 2, line)
        index += 1
        continue
      }
    }
    if (RULE.test(line) || REFERENCE_DEFINITION.test(line) || TABLE_DIVIDER.test(line)) {
      flush()
      continue
    }
    if (LIST_ITEM.test(line)) {
      flush()
      paragraph.push(line.replace(LIST_ITEM, ''))
      continue
    }
    const cells = /^\s*\|.*\|\s*$/.test(line)
    paragraph.push(cells ? line.replace(/^\s*\||\|\s*$/g, '').replace(/\s*\|\s*/g, ' ; ') : line)
    if (cells) flush()
  }
  flush()

  // The title is the first top-level heading, or a heading that opens the document.
  const top =
    headings.find((entry) => entry.level === 1) ?? headings.find((entry) => entry.block === 0)
  let title = front.title
  if (top !== undefined) {
    const [headline] = blocks.splice(top.block, 1)
    title ??= headline
  }
  return {
    blocks,
    ...(title === undefined ? {} : { title }),
    ...(front.date === undefined ? {} : { date: front.date }),
  }
}
