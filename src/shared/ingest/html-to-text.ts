import { decodeEntities } from './html-entities'

/**
 * HTML to paragraphs without a DOM: a forgiving scanner, not a parser. It never throws on broken
 * markup; it drops what is not article text (scripts, styles, navigation, forms, hidden parts)
 * and turns block elements into paragraph breaks.
 */
export interface HtmlText {
  readonly blocks: string[]
  readonly title?: string
}

/** Elements whose content is raw text up to their end tag, and never article text. */
const RAW_SKIP = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'noscript',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
])

/** Elements whose whole subtree is page furniture rather than the story. */
const SUBTREE_SKIP = new Set([
  'head',
  'template',
  'nav',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'svg',
  'math',
  'figure',
  'figcaption',
  'dialog',
  'menu',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'picture',
  'map',
])

const BLOCK = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
])

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
])

/** Class or id names that mark boilerplate inside an article (share bars, ads, cookie notes). */
const BOILERPLATE =
  /^(?:share|sharing|social|related|comments?|advert|advertisement|ads?|promo|newsletter|cookies?|cookie-banner|breadcrumbs?|byline-share)(?:[-_].*)?$/i

/**
 * Class or id names of a correction, clarification, update or editor's note. Pages set these in
 * an <aside>, which is otherwise furniture; for a desk checking the story the correction is the
 * part that matters most (it revises the figures above it), so it is kept as article text.
 */
const NOTICE =
  /^(?:corrections?|clarifications?|editors?[-_]?notes?|errata|erratum|amendments?|(?:story|article)[-_]updates?)(?:[-_](?:box|note|notice|block|panel))?$/i

interface Tag {
  readonly name: string
  readonly closing: boolean
  readonly selfClosing: boolean
  readonly attributes: string
  readonly end: number
}

const MAX_TAG = 4_000

/** Reads the tag at `at` (which holds '<'); null when the '<' is just text, as in "a < b". */
const readTag = (html: string, at: number): Tag | null => {
  const match = /^<(\/?)([A-Za-z][A-Za-z0-9:-]*)/.exec(html.slice(at, at + 64))
  if (match === null) return null
  let i = at + match[0].length
  let quote: string | null = null
  // Quotes may hold '>', but a stray quote must not swallow the page: past a few thousand
  // characters, the first '>' ends the tag; with no '>' at all, the '<' was text.
  const limit = Math.min(html.length, i + MAX_TAG)
  while (i < limit) {
    const char = html[i]!
    if (quote !== null) {
      if (char === quote) quote = null
    } else if (char === '"' || char === "'") {
      quote = char
    } else if (char === '>') {
      break
    }
    i += 1
  }
  if (i >= limit) {
    i = html.indexOf('>', at)
    if (i < 0) return null
  }
  const attributes = html.slice(at + match[0].length, i)
  return {
    name: match[2]!.toLowerCase(),
    closing: match[1] === '/',
    selfClosing: attributes.trimEnd().endsWith('/'),
    attributes,
    end: Math.min(i + 1, html.length),
  }
}

const attribute = (attributes: string, name: string): string | null => {
  const match = new RegExp(
    `(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?`,
    'i',
  ).exec(attributes)
  if (match === null) return null
  return match[1] ?? match[2] ?? match[3] ?? ''
}

const classNames = (tag: Tag): string[] =>
  `${attribute(tag.attributes, 'class') ?? ''} ${attribute(tag.attributes, 'id') ?? ''}`.split(
    /\s+/,
  )

/** An <aside> (or other furniture) that holds a correction or editor's note: article text. */
const isNotice = (tag: Tag): boolean => classNames(tag).some((name) => NOTICE.test(name))

const isHidden = (tag: Tag): boolean => {
  if (attribute(tag.attributes, 'hidden') !== null) return true
  if (attribute(tag.attributes, 'aria-hidden')?.toLowerCase() === 'true') return true
  const style = attribute(tag.attributes, 'style')?.replace(/\s/g, '').toLowerCase() ?? ''
  if (style.includes('display:none') || style.includes('visibility:hidden')) return true
  return classNames(tag).some((name) => BOILERPLATE.test(name))
}

/** Skips past a comment, doctype, CDATA section or processing instruction starting at `at`. */
const skipMarkup = (html: string, at: number): number | null => {
  if (html.startsWith('<!--', at)) {
    const end = html.indexOf('-->', at + 4)
    return end < 0 ? html.length : end + 3
  }
  if (html.startsWith('<![CDATA[', at)) {
    const end = html.indexOf(']]>', at)
    return end < 0 ? html.length : end + 3
  }
  if (html.startsWith('<!', at) || html.startsWith('<?', at)) {
    const end = html.indexOf('>', at)
    return end < 0 ? html.length : end + 1
  }
  return null
}

const skipRawText = (html: string, name: string, from: number): number => {
  // Searching from `from` rather than in a slice keeps many scripts on a big page linear.
  const close = new RegExp(`</${name}\\s*>`, 'gi')
  close.lastIndex = from
  const found = close.exec(html)
  return found === null ? html.length : found.index + found[0].length
}

const PARAGRAPH = '\n\n'
const LINE = '\n'

/** The text of an HTML fragment, with '\n\n' between blocks and '\n' for a <br>. */
const flatten = (html: string): string => {
  let out = ''
  let i = 0
  const skipping: string[] = []
  while (i < html.length) {
    const lt = html.indexOf('<', i)
    const textEnd = lt < 0 ? html.length : lt
    if (textEnd > i && skipping.length === 0) {
      out += decodeEntities(html.slice(i, textEnd).replace(/\s+/g, ' ')).replace(/[\n\r\t]/g, ' ')
    }
    if (lt < 0) break
    i = lt
    const skipped = skipMarkup(html, i)
    if (skipped !== null) {
      i = skipped
      continue
    }
    const tag = readTag(html, i)
    if (tag === null) {
      if (skipping.length === 0) out += '<'
      i += 1
      continue
    }
    i = tag.end
    if (tag.closing) {
      if (skipping.length > 0) {
        if (skipping[skipping.length - 1] === tag.name) skipping.pop()
        continue
      }
      // A closing </aside> reached outside a skip ends a kept correction notice.
      if (BLOCK.has(tag.name) || tag.name === 'aside') out += PARAGRAPH
      else if (tag.name === 'td' || tag.name === 'th') out += ' '
      continue
    }
    if (RAW_SKIP.has(tag.name)) {
      if (!tag.selfClosing) i = skipRawText(html, tag.name, i)
      continue
    }
    const isVoid = VOID.has(tag.name) || tag.selfClosing
    if (skipping.length > 0) {
      if (!isVoid && skipping[skipping.length - 1] === tag.name) skipping.push(tag.name)
      continue
    }
    if (!isVoid && tag.name === 'aside' && isNotice(tag) && !isHidden(tag)) {
      out += PARAGRAPH
      continue
    }
    if (!isVoid && (SUBTREE_SKIP.has(tag.name) || isHidden(tag))) {
      skipping.push(tag.name)
      continue
    }
    if (tag.name === 'br') out += LINE
    else if (BLOCK.has(tag.name)) out += PARAGRAPH
    else if (tag.name === 'td' || tag.name === 'th') out += ' '
  }
  return out
}

/** The inner HTML of the first `<name>` element, matching nested elements of the same name. */
const innerOf = (html: string, name: string, from = 0): { inner: string; end: number } | null => {
  const open = new RegExp(`<${name}(?:\\s[^>]{0,${MAX_TAG}})?>`, 'gi')
  open.lastIndex = from
  const first = open.exec(html)
  if (first === null) return null
  const any = new RegExp(`<(/?)${name}(?:\\s[^>]{0,${MAX_TAG}})?>`, 'gi')
  any.lastIndex = first.index + first[0].length
  let depth = 1
  for (let match = any.exec(html); match !== null; match = any.exec(html)) {
    depth += match[1] === '/' ? -1 : 1
    if (depth === 0)
      return { inner: html.slice(first.index + first[0].length, match.index), end: any.lastIndex }
  }
  return { inner: html.slice(first.index + first[0].length), end: html.length }
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim()

const textOf = (fragment: string): string => collapse(flatten(fragment))

/** The part of the page that holds the story: the longest <article>, else <main>, else <body>. */
const storyRegion = (html: string): string => {
  let best: string | null = null
  let bestLength = 0
  for (
    let found = innerOf(html, 'article');
    found !== null;
    found = innerOf(html, 'article', found.end)
  ) {
    const length = textOf(found.inner).length
    if (length > bestLength) {
      best = found.inner
      bestLength = length
    }
  }
  if (best !== null && bestLength > 0) return best
  return innerOf(html, 'main')?.inner ?? innerOf(html, 'body')?.inner ?? html
}

const titleOf = (html: string): string | undefined => {
  const h1 = innerOf(html, 'h1')
  const heading = h1 === null ? '' : textOf(h1.inner)
  if (heading !== '') return heading
  const title = /<title(?:\s[^>]*)?>([\s\S]*?)<\/title\s*>/i.exec(html)?.[1]?.slice(0, 2_000)
  if (title === undefined) return undefined
  // "<headline> | <site name>": the site name is not part of the story's title.
  const text = collapse(decodeEntities(title))
  const site = /^(.*\S)\s+[|\u2013\u2014-]\s+[^|\u2013\u2014]{1,40}$/.exec(text)
  const headline = site?.[1] ?? text
  return headline === '' ? undefined : headline
}

export const htmlToText = (html: string): HtmlText => {
  const title = titleOf(html)
  const blocks = flatten(storyRegion(html))
    .split(/\n[ ]*\n/)
    .map((block) => collapse(block))
    .filter((block) => block !== '')
  // The headline usually opens the article too; it belongs in the title, not the body.
  const repeated = title === undefined ? -1 : blocks.slice(0, 3).indexOf(title)
  if (repeated >= 0) blocks.splice(repeated, 1)
  return title === undefined ? { blocks } : { blocks, title }
}
