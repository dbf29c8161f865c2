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

// Numbered groups in this order (abbr, elision, number, word, space, other): a `groups` object
// per match cost more than the tokens themselves on a long story.
const patternWith = (number: string): RegExp =>
  new RegExp(
    [
      String.raw`((?:\p{L}\.){2,})`, // U.S., a.m., e.g.
      // French elision is a word of its own: "l'Institut" is "l'" and "Institut", "d'après" two.
      String.raw`(\b(?:[lLdDjJmMnNsStTcC]|[qQ]u)['’](?=\p{L}))`,
      number,
      // A plural possessive keeps its apostrophe, so "the Farmers' Cooperative" stays one name.
      String.raw`([\p{L}\d][\p{L}\p{M}\d]*(?:['’]\p{L}+)*(?:[-‐‑][\p{L}\p{M}\d]+(?:['’]\p{L}+)*)*(?:(?<=s)['’](?=[\s,]))?)`,
      String.raw`(\s+)`,
      String.raw`(.)`,
    ].join('|'),
    'gsu',
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
const SPACE = 5

const QUOTE_MARK = /["“”«»„]/
const CAPITAL = /^\p{Lu}/u

const OPENING = new Set(['“', '«', '„'])
const CLOSING = new Set(['”', '»'])

/** Quoted regions as [start, end) offsets into `text`; unbalanced marks are ignored. */
export const quoteRegions = (text: string): [number, number][] => {
  const regions: [number, number][] = []
  if (!QUOTE_MARK.test(text)) return regions
  const straight = [...text.matchAll(/"/g)].map((match) => match.index)
  for (let i = 0; i + 1 < straight.length; i += 2)
    regions.push([straight[i]!, straight[i + 1]! + 1])
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

export const tokenize = (text: string, offset = 0, spacedDigits = false): Token[] => {
  const regions = quoteRegions(text)
  const tokens: Token[] = []
  for (const match of text.matchAll(spacedDigits ? SPACED_PATTERN : PATTERN)) {
    if (match[SPACE] !== undefined) continue
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
      lower: value.toLowerCase().replace(/’/g, "'"),
      start: offset + at,
      end: offset + at + value.length,
      kind,
      capital: CAPITAL.test(value),
      inQuote: kind !== 'quote' && regions.length > 0 && insideAny(regions, at),
    })
  }
  return tokens
}

/** Lowercase without a possessive ending: "Vell's" → "vell", "farmers'" → "farmers". */
export const bare = (token: Token): string => token.lower.replace(/['’]s?$/, '')

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

/** The longest of `phrases` starting at `at`, or null. */
export const phraseAt = (
  tokens: readonly Token[],
  at: number,
  phrases: readonly (readonly string[])[],
): readonly string[] | null => {
  let best: readonly string[] | null = null
  for (const phrase of phrases) {
    if (matchesAt(tokens, at, phrase) && (best === null || phrase.length > best.length))
      best = phrase
  }
  return best
}
