import { has } from './own'
import type { LanguageRules } from './rules'
import type { ReplacingWords } from './rules/replacing'

/** Words shorter than this are articles and prepositions, not what is measured. */
const MIN_LETTERS = 4
/** Letters that name a word in any of its forms: "staff", "schoo" for "school" and "schools". */
const STEM = 5

interface Span {
  readonly start: number
  readonly end: number
}

/**
 * Keys for the words that say what a figure measures ("schools", "officers", "postes",
 * "unaccounted for"): a stem per word, and one key for a whole family of units ("missing" and
 * "unaccounted" alike). Function words, speech verbs, revision words, names (capitalised
 * words after the first) and vague counts ("people") name no measure.
 */
export const measureKey = (
  word: string,
  rules: LanguageRules,
  replacing: ReplacingWords,
): string | undefined => {
  const lower = word.toLowerCase()
  if (lower.length < MIN_LETTERS) return undefined
  const family = rules.unitFamilies.find((members) => members.includes(lower))
  if (family !== undefined) return `=${family[0]!}`
  const { revision, numbers } = rules
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower
  // "four", "million", « millions »: how much, never what.
  const number =
    has(numbers.units, lower) ||
    has(numbers.tens, lower) ||
    has(numbers.multipliers, lower) ||
    has(numbers.multipliers, singular)
  const common =
    number ||
    rules.notUnits.has(lower) ||
    rules.determiners.has(lower) ||
    rules.linkingVerbs.has(lower) ||
    rules.anyUnits.has(lower) ||
    rules.durations.has(lower) ||
    rules.timeWords.has(lower) ||
    rules.weekdays.has(lower) ||
    has(rules.months, lower) ||
    has(rules.speechVerbs, lower) ||
    revision.verbs.has(lower) ||
    revision.nouns.has(lower) ||
    revision.fillers.has(lower) ||
    revision.priorWords.has(lower) ||
    revision.restating.has(lower) ||
    revision.connectives.has(lower) ||
    replacing.words.has(lower) ||
    replacing.notMeasures.has(lower) ||
    replacing.valuing.has(lower)
  return common ? undefined : lower.slice(0, STEM)
}

/** A letter word of a text: where it starts, and the word, or undefined for a name. */
interface LetterWord {
  readonly at: number
  readonly word: string | undefined
}

/**
 * The letter words of `text` (which starts at source offset `offset`). A capitalised word is a
 * name unless it is the text's first ("Missing now 6."), capitalised for the sentence.
 */
const letterWords = (text: string, offset: number): LetterWord[] =>
  lettersOf(text, [...text.matchAll(/\p{L}+/gu)], offset)

/** `letterWords` of the letter words among `words`, all matches in `text` in order. */
const lettersOf = (text: string, words: readonly RegExpExecArray[], offset: number): LetterWord[] =>
  words.map((match, position) => {
    const word = match[0]
    const next = words[position + 1]?.[0] ?? ''
    const opening = position === 0 && next === next.toLowerCase()
    const named = !opening && word[0] !== word[0]!.toLowerCase()
    return { at: offset + match.index, word: named ? undefined : word }
  })

/** Letter words and numbers: the words `aroundFigure` counts. */
const WORD_OR_NUMBER = /\p{L}+|\p{N}[\p{N},.]*/gu
const LETTER = /^\p{L}/u

/** The source spans of the words and numbers of `text`: what `aroundFigure` counts. */
const wordSpans = (text: string, offset: number): Span[] =>
  spansOf([...text.matchAll(WORD_OR_NUMBER)], offset)

const spansOf = (matches: readonly RegExpExecArray[], offset: number): Span[] =>
  matches.map((match) => ({
    start: offset + match.index,
    end: offset + match.index + match[0].length,
  }))

/** Words either side of an earlier figure that may say what it counts: "nine schools closed". */
const AROUND = 5

const windowIn = (spans: readonly Span[], figure: Span): Span => {
  const before = spans.filter((word) => word.end <= figure.start)
  const after = spans.filter((word) => word.start >= figure.end)
  const start = before[Math.max(0, before.length - AROUND)]?.start ?? figure.start
  const end = after[Math.min(after.length, AROUND) - 1]?.end ?? figure.end
  return { start, end }
}

/**
 * The measure keys of the words of `text` (which starts at source offset `offset`) that fall
 * in `window` (source offsets), or of all of it; names have none.
 */
export const measureKeys = (
  text: string,
  offset: number,
  rules: LanguageRules,
  replacing: ReplacingWords,
  window?: Span,
): Set<string> => {
  const keys = new Set<string>()
  for (const { at, word } of letterWords(text, offset)) {
    if (word === undefined || (window !== undefined && (at < window.start || at >= window.end)))
      continue
    const key = measureKey(word, rules, replacing)
    if (key !== undefined) keys.add(key)
  }
  return keys
}

/**
 * The source span of up to `AROUND` words either side of a figure inside `text`, the figure
 * included, so "the force had 50 fewer officers" gives "officers" for 50.
 */
export const aroundFigure = (text: string, offset: number, figure: Span): Span =>
  windowIn(wordSpans(text, offset), figure)

/**
 * The measure keys of the words around `figure` in a claim's text: what an earlier claim's
 * figure is said of, the same as `measureKeys` of the text in `aroundFigure`'s window. A later
 * sentence asks this of every claim within reach, so each claim's words are read once and each
 * answer is kept for as long as the claim (its text and figures do not change; a claim linked
 * since is a new object, read afresh).
 */
interface ClaimWords {
  readonly spans: readonly Span[]
  readonly letters: readonly LetterWord[]
  /** Each letter word's key once asked: null for none. */
  readonly keys: (string | null | undefined)[]
  readonly answers: Map<Span, ReadonlySet<string>>
}
const claimWords = new WeakMap<object, ClaimWords>()

const wordsOf = (claim: { readonly text: string; readonly start: number }): ClaimWords => {
  let known = claimWords.get(claim)
  if (known === undefined) {
    const { text, start } = claim
    // One read of the text for both: a number never holds a letter, so the letter words are
    // the matches that start with one, as `letterWords` finds them.
    const matches = [...text.matchAll(WORD_OR_NUMBER)]
    known = {
      spans: spansOf(matches, start),
      letters: lettersOf(
        text,
        matches.filter((match) => LETTER.test(match[0])),
        start,
      ),
      keys: [],
      answers: new Map(),
    }
    claimWords.set(claim, known)
  }
  return known
}

export const keysAroundFigure = (
  claim: { readonly text: string; readonly start: number },
  figure: Span,
  rules: LanguageRules,
  replacing: ReplacingWords,
): ReadonlySet<string> => {
  const words = wordsOf(claim)
  let keys = words.answers.get(figure)
  if (keys === undefined) {
    const { start, end } = windowIn(words.spans, figure)
    const found = new Set<string>()
    words.letters.forEach((letter, position) => {
      if (letter.at < start || letter.at >= end || letter.word === undefined) return
      let key = words.keys[position]
      if (key === undefined)
        words.keys[position] = key = measureKey(letter.word, rules, replacing) ?? null
      if (key !== null) found.add(key)
    })
    words.answers.set(figure, (keys = found))
  }
  return keys
}
