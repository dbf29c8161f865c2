import type { SourceFormat } from './types'

const BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  shtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  mkdn: 'markdown',
  txt: 'text',
  text: 'text',
}

const HTML_START =
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i
const HTML_TAG =
  /<\/?(?:p|div|span|a|br|h[1-6]|article|section|main|ul|ol|li|em|strong|b|i|blockquote|table|img|script|style|meta|title)(?:\s[^<>]*)?\/?>/gi

const MARKDOWN_SIGNS: readonly RegExp[] = [
  /^#{1,6}\s+\S/m, // ATX heading
  /^\S.*\n(?:=+|-+)[ \t]*$/m, // setext heading
  /\[[^\]\n]+\]\([^)\s]+(?:\s+"[^"]*")?\)/, // inline link
  /(?:^|\s)(?:\*\*|__)\S[^\n]*?\S(?:\*\*|__)(?=\s|[.,;:!?]|$)/m, // strong emphasis
  /^>\s?\S/m, // block quote
  /^\s{0,3}(?:[-*+]|\d+[.)])\s+\S[^\n]*\n\s{0,3}(?:[-*+]|\d+[.)])\s+\S/m, // a list of two or more
  /^(?:```|~~~)/m, // fenced code
]

/**
 * The format of an uploaded article: by file extension when there is a known one, otherwise by
 * looking at the text. HTML needs a document start or several tags; Markdown needs a leading
 * heading or two of its signs, because one stray `*` or `>` in plain prose is common.
 */
export const detectFormat = (name: string | undefined, text: string): SourceFormat => {
  const extension = name?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1]
  const known = extension === undefined ? undefined : BY_EXTENSION[extension]
  if (known !== undefined) return known
  const head = text.slice(0, 20_000)
  if (HTML_START.test(head)) return 'html'
  const tags = head.match(HTML_TAG)?.length ?? 0
  if (tags >= 3) return 'html'
  const signs = MARKDOWN_SIGNS.filter((sign) => sign.test(head)).length
  const headingFirst = /^\s*#{1,2}\s+\S/.test(head)
  if (headingFirst || signs >= 2) return 'markdown'
  return 'text'
}
