/**
 * Words, numbers and punctuation of one sentence, each with its offsets in the source text and
 * whether it stands inside a quotation.
 */
export type TokenKind = 'word' | 'number' | 'punct' | 'quote'

export interface Token {
  readonly text: string
  readonly lower: string
  readonly start: number
  readonly end: number
  readonly kind: TokenKind
  readonly capital: boolean
  readonly inQuote: boolean
}

// Numbered groups in this order (abbr, elision, number, word, other): a `groups` object per
// match cost more than the tokens themselves on a long story. Whitespace is not matched at all:
// no alternative can start on it, so the search steps over it without building a match for
// every space (a third of all matches once).
const patternWith = (number: string): RegExp =>
  new RegExp(
    [
      String.raw`((?:\p{L}\.){2,})`, // U.S., a.m., e.g.
      // French elision is a word of its own: "l'Institut" is "l'" and "Institut", "d'après" two.
      String.raw`(\b(?:[lLdDjJmMnNsStTcC]|[qQ]u)['’](?=\p{L}))`,
      number,
      // A plural possessive keeps its apostrophe, so "the Farmers' Cooperative" stays one name.
      String.raw`([\p{L}\d][\p{L}\p{M}\d]*(?:['’]\p{L}+)*(?:[-‐‑][\p{L}\p{M}\d]+(?:['’]\p{L}+)*)*(?:(?<=s)['’](?=[\s,]))?)`,
      String.raw`(\S)`,
    ].join('|'),
    'gu',
  )

// Letters glued to a number stay with it: "3rd", "2.5bn", "15km", "10am".
// Western, Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits, with the Arabic decimal and
// thousands separators (٫ ٬).
const DIGIT = String.raw`[\d\u0660-\u0669\u06F0-\u06F9]`
const NUMBER_PART = String.raw`${DIGIT}+(?:[.,:\u066B\u066C]${DIGIT}+)*\p{L}*`
const PATTERN = patternWith(`(${NUMBER_PART})`)
/** Where digits are grouped by spaces ("1 200 secouristes"), a group of three goes on. */
// A full stop or comma after the last group ends the sentence or the clause ("et non 260 000.").
const SPACED_PATTERN = patternWith(String.raw`(\d{1,3}(?: \d{3})+(?![\d]|[.,]\d)|${NUMBER_PART})`)
const ABBR = 1
const ELISION = 2
const NUMBER = 3
const WORD = 4

const QUOTE_MARK = /["“”«»„]/
const CAPITAL = /^\p{Lu}/u
const A = 65
const Z = 90
const ASCII_END = 128

/** Whether `value` starts with a capital letter; ASCII without the regular expression. */
const startsCapital = (value: string): boolean => {
  const code = value.charCodeAt(0)
  return code < ASCII_END ? code >= A && code <= Z : CAPITAL.test(value)
}

const OPENING = new Set(['“', '«', '„'])
const CLOSING = new Set(['”', '»'])

/** Quoted regions as [start, end) offsets into `text`; unbalanced marks are ignored. */
export const quoteRegions = (text: string): [number, number][] => {
  const regions: [number, number][] = []
  if (!QUOTE_MARK.test(text)) return regions
  for (let open = text.indexOf('"'); open >= 0;) {
    const close = text.indexOf('"', open + 1)
    if (close < 0) break
    regions.push([open, close + 1])
    open = text.indexOf('"', close + 1)
  }
  const stack: number[] = []
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!
    if (OPENING.has(char)) stack.push(i)
    else if (CLOSING.has(char) && stack.length > 0) {
      const open = stack.pop()!
      if (stack.length === 0) regions.push([open, i + 1])
    }
  }
  return regions.sort((a, b) => a[0] - b[0])
}

const insideAny = (regions: readonly [number, number][], at: number): boolean =>
  regions.some(([start, end]) => at > start && at < end - 1)

const apostrophesStraight = (lower: string): string =>
  lower.includes('’') ? lower.replace(/’/g, "'") : lower

export const tokenize = (text: string, offset = 0, spacedDigits = false): Token[] => {
  const regions = quoteRegions(text)
  const tokens: Token[] = []
  // exec on the shared pattern rather than matchAll, which copies the pattern for every sentence.
  const pattern = spacedDigits ? SPACED_PATTERN : PATTERN
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const value = match[0]
    const at = match.index
    let kind: TokenKind = 'punct'
    if (match[ABBR] !== undefined || match[ELISION] !== undefined || match[WORD] !== undefined)
      kind = 'word'
    else if (match[NUMBER] !== undefined) kind = 'number'
    else if (QUOTE_MARK.test(value)) kind = 'quote'
    tokens.push({
      text: value,
      // Typographic and straight apostrophes match the same table words: "d’après" is "d' après".
      lower: apostrophesStraight(value.toLowerCase()),
      start: offset + at,
      end: offset + at + value.length,
      kind,
      capital: startsCapital(value),
      inQuote: kind !== 'quote' && regions.length > 0 && insideAny(regions, at),
    })
  }
  return tokens
}

const STRAIGHT_APOSTROPHE = 0x27
const CURLY_APOSTROPHE = 0x2019
const LOWER_S = 0x73
const isApostrophe = (code: number): boolean =>
  code === STRAIGHT_APOSTROPHE || code === CURLY_APOSTROPHE

/** Lowercase without a possessive ending: "Vell's" → "vell", "farmers'" → "farmers". */
export const bare = (token: Token): string => {
  // What the regular expression /['’]s?$/ removes, without running it on every word.
  const word = token.lower
  const last = word.charCodeAt(word.length - 1)
  if (isApostrophe(last)) return word.slice(0, -1)
  if (last === LOWER_S && isApostrophe(word.charCodeAt(word.length - 2))) return word.slice(0, -2)
  return word
}

/**
 * Whether a table of nouns holds the token, as written or as its singular: "companies" finds
 * "company", "agencies" "agency", "compagnies" "compagnie". Tables list the forms they need; a
 * plural they lack is still the same noun.
 */
export const nounIn = (nouns: ReadonlySet<string>, token: Token): boolean => {
  const word = bare(token)
  if (nouns.has(word)) return true
  if (word.length < 4 || !word.endsWith('s')) return false
  return (
    nouns.has(word.slice(0, -1)) || (word.endsWith('ies') && nouns.has(`${word.slice(0, -3)}y`))
  )
}

export const isPossessive = (token: Token): boolean => /(?:['’]s|s['’])$/.test(token.lower)

/** True when `phrase` (lowercase words) starts at token `at`. */
export const matchesAt = (
  tokens: readonly Token[],
  at: number,
  phrase: readonly string[],
): boolean => phrase.every((word, i) => tokens[at + i]?.lower === word)

/**
 * The first word of every phrase in a list, so a token that starts none is passed over in one
 * lookup rather than compared with each phrase; null when a phrase is empty (it matches anywhere).
 */
const FEW_PHRASES = 4
const firstWordsOf = new WeakMap<readonly (readonly string[])[], ReadonlySet<string> | null>()
// The list asked about last: a sentence's words are tried against one list in turn, and a hit
// here costs less than the WeakMap.
let lastPhrases: readonly (readonly string[])[] | undefined
let lastWords: ReadonlySet<string> | null = null
export const firstWords = (phrases: readonly (readonly string[])[]): ReadonlySet<string> | null => {
  if (phrases === lastPhrases) return lastWords
  let words = firstWordsOf.get(phrases)
  if (words === undefined) {
    words = phrases.some((phrase) => phrase.length === 0)
      ? null
      : new Set(phrases.map((phrase) => phrase[0]!))
    firstWordsOf.set(phrases, words)
  }
  lastPhrases = phrases
  lastWords = words
  return words
}

/** The longest of `phrases` starting at `at`, or null. */
export const phraseAt = (
  tokens: readonly Token[],
  at: number,
  phrases: readonly (readonly string[])[],
): readonly string[] | null => {
  const starts = phrases.length < FEW_PHRASES ? null : firstWords(phrases)
  if (starts !== null && !starts.has(tokens[at]?.lower ?? '')) return null
  let best: readonly string[] | null = null
  for (const phrase of phrases) {
    if (matchesAt(tokens, at, phrase) && (best === null || phrase.length > best.length))
      best = phrase
  }
  return best
}
