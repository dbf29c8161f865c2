import type { LanguageRules } from './rules'

export interface Sentence {
  readonly start: number
  readonly end: number
  readonly text: string
  /** Index of the paragraph (blank-line separated block) the sentence is in. */
  readonly paragraph: number
}

// Character codes of the terminators and quotation marks, read with charCodeAt: a regular
// expression per character was the most of splitting a long story.
const FULL_STOP = 0x2e
const EXCLAMATION = 0x21
const QUESTION = 0x3f
const ELLIPSIS = 0x2026
const LEFT_DOUBLE = 0x201c
const RIGHT_DOUBLE = 0x201d
const LEFT_GUILLEMET = 0xab
const RIGHT_GUILLEMET = 0xbb
const LOWEST_CURLY_MARK = LEFT_GUILLEMET

const isTerminator = (code: number): boolean =>
  code === FULL_STOP || code === EXCLAMATION || code === QUESTION || code === ELLIPSIS
const CLOSERS = /["”’'»)\]]/
const OPENERS = /["“‘'«([]/

/** Paragraphs as offsets: blocks of text separated by blank lines. */
export const paragraphSpans = (text: string): { start: number; end: number }[] => {
  const spans: { start: number; end: number }[] = []
  const separator = /\n[ \t]*\n\s*/g
  let start = 0
  for (const match of text.matchAll(separator)) {
    spans.push({ start, end: match.index })
    start = match.index + match[0].length
  }
  spans.push({ start, end: text.length })
  return spans.filter((span) => text.slice(span.start, span.end).trim() !== '')
}

/**
 * Where quotations are open, per character. A quotation that never closes in the paragraph is
 * treated as closed, so one stray mark cannot swallow the paragraph into one sentence.
 */
const quoteDepths = (text: string): Uint8Array => {
  const depth = new Uint8Array(text.length + 1)
  for (let open = text.indexOf('"'); open >= 0;) {
    const close = text.indexOf('"', open + 1)
    if (close < 0) break
    depth.fill(1, open + 1, close)
    open = text.indexOf('"', close + 1)
  }
  const stack: number[] = []
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i)
    if (code < LOWEST_CURLY_MARK) continue
    if (code === LEFT_DOUBLE || code === LEFT_GUILLEMET) stack.push(i)
    else if ((code === RIGHT_DOUBLE || code === RIGHT_GUILLEMET) && stack.length > 0)
      depth.fill(1, stack.pop()! + 1, i)
  }
  return depth
}

/** The word that ends just before `at` (letters and inner dots, as in "U.S" or "Dr"). */
const wordBefore = (text: string, at: number): string => {
  let i = at
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i -= 1
  return text.slice(i, at)
}

const nextWord = (text: string, at: number): string =>
  /^[\s"“‘'«([]*([\p{L}\d]+)/u.exec(text.slice(at))?.[1] ?? ''

/** Whether the full stop at `at` (in a paragraph) ends the sentence. */
const endsSentenceAt = (text: string, at: number, after: number, rules: LanguageRules): boolean => {
  if (text[at] !== '.') return true
  const word = wordBefore(text, at)
  const following = nextWord(text, after)
  if (word === '') return true
  const lower = word.toLowerCase()
  if (rules.abbreviations.has(lower)) {
    // "No. 5", "Nov. 28", "Dr. Osei" never end here; "etc." may.
    return lower === 'etc' && rules.sentenceStarters.has(following.toLowerCase())
  }
  // An initial ("J. Smith") rather than a sentence-final capital letter.
  if (/^\p{Lu}$/u.test(word)) return false
  // "U.S.", "a.m.": a sentence ends here only if a typical sentence opener follows.
  if (word.includes('.')) return rules.sentenceStarters.has(following.toLowerCase())
  return true
}

/**
 * Sentences of one paragraph. A terminator ends a sentence when what follows starts like a
 * sentence (a capital, a digit, an opening quote); never inside a quotation, so a quoted passage
 * of several sentences stays with its attribution ("..." the governor said).
 */
const splitParagraph = (
  source: string,
  start: number,
  end: number,
  paragraph: number,
  rules: LanguageRules,
): Sentence[] => {
  const text = source.slice(start, end)
  const depth = quoteDepths(text)
  const sentences: Sentence[] = []
  let from = 0
  const push = (to: number): void => {
    const slice = text.slice(from, to)
    const lead = slice.length - slice.trimStart().length
    const body = slice.trim()
    if (body !== '') {
      const at = start + from + lead
      sentences.push({ start: at, end: at + body.length, text: body, paragraph })
    }
    from = to
  }
  for (let i = 0; i < text.length; i += 1) {
    if (!isTerminator(text.charCodeAt(i))) continue
    let after = i + 1
    while (after < text.length && isTerminator(text.charCodeAt(after))) after += 1
    while (after < text.length && CLOSERS.test(text[after]!)) after += 1
    if (after >= text.length) break
    if (!/\s/.test(text[after]!)) continue
    if (depth[after - 1] === 1 && depth[i] === 1) continue
    let next = after
    while (next < text.length && /\s/.test(text[next]!)) next += 1
    const opener = text[next]!
    // French sets its quotation marks apart with a space: "« Ces permis ».
    let quoted = next + 1
    if (opener === '«') while (text[quoted] === ' ') quoted += 1
    const startsSentence =
      /[\p{Lu}\d]/u.test(opener) || (OPENERS.test(opener) && /[\p{Lu}\d]/u.test(text[quoted] ?? ''))
    if (!startsSentence) continue
    if (!endsSentenceAt(text, i, after, rules)) continue
    push(after)
    i = after - 1
  }
  push(text.length)
  return sentences
}

export const splitSentences = (text: string, rules: LanguageRules): Sentence[] =>
  paragraphSpans(text).flatMap((span, index) =>
    splitParagraph(text, span.start, span.end, index, rules),
  )
