import type { FoundFigure } from './figures'
import { anyWholeWord } from './literal-pattern'
import { has } from './own'
import type { LanguageRules } from './rules'
import type { ToldOlderWords } from './rules/told-older'
import type { Token } from './tokens'

/**
 * How old a figure says it is, oldest first: the original ("the £960,000 in the original
 * charges", "when it first announced …, 480 roles"), a forecast ("the £1.9 million forecast in
 * the interim statement"), or one someone gave before ("the £1.34 million the prosecution put
 * before the jury", « le maire avait annoncé 52 000 entrées »).
 */
export type OlderRank = 0 | 1 | 2

/** Words either side of a figure that may mark it, within its clause. */
const WINDOW = 5

/** Indexes of up to `WINDOW` words from `from`, stepping by `step`, until punctuation or a number. */
const windowFrom = (tokens: readonly Token[], from: number, step: 1 | -1): number[] => {
  const words: number[] = []
  for (let at = from; at >= 0 && at < tokens.length && words.length < WINDOW; at += step) {
    const token = tokens[at]!
    if (token.kind === 'quote') continue
    if (token.kind !== 'word') break
    words.push(at)
  }
  return words
}

/**
 * The rank of the figure covering tokens [first, next) when words around it mark it as given
 * before, outside quotations; none when nothing does. Before the figure a marker must lead
 * straight to it ("the original estimate was £412 million", not "the earlier number had wrongly
 * included 1,300"); after it, it must not date it ("in the previous quarter"). An ordinal
 * ("first") marks a figure only before a verb that gives it ("when it first announced …").
 */
export const olderRank = (
  tokens: readonly Token[],
  first: number,
  next: number,
  rules: LanguageRules,
  words: ToldOlderWords,
): OlderRank | undefined => {
  const word = (at: number): string => tokens[at]?.lower ?? ''
  const before = windowFrom(tokens, first - 1, -1)
  const after = windowFrom(tokens, next, 1)
  const leads = (at: number): boolean =>
    tokens
      .slice(at + 1, first)
      .every(
        (token) =>
          token.kind !== 'word' ||
          words.leadIn.has(token.lower) ||
          words.definite.has(token.lower) ||
          rules.revision.nouns.has(token.lower) ||
          words.generic.has(token.lower),
      )
  const dates = (at: number): boolean =>
    rules.durations.has(word(at + 1)) ||
    words.periods.has(word(at + 1)) ||
    has(rules.months, word(at + 1))
  const placed = (at: number): boolean =>
    !tokens[at]!.inQuote && (at > first ? !dates(at) : leads(at))
  const around = [...before, ...after].filter(placed)
  const prior = (at: number): boolean => {
    const lower = word(at)
    if (!rules.revision.priorWords.has(lower)) return false
    // "higher than first reported, at 6,800": the first figure is another, not this one.
    if (words.comparing.has(word(at - 1))) return false
    if (words.statement.has(word(at + 1))) return true
    if (words.ordinals.has(lower)) return false
    const adverb = lower.endsWith(rules.language === 'fr' ? 'ment' : 'ly')
    return adverb || rules.determiners.has(word(at - 1)) || words.definite.has(word(at - 1))
  }
  // "When it first announced a restructuring in March, Verrell said up to 480 roles …".
  for (let at = 0; at < first; at += 1)
    if (!tokens[at]!.inQuote && prior(at) && words.statement.has(word(at + 1))) return 0
  if (around.some(prior)) return 0
  const forecast = (at: number): boolean =>
    words.forecast.has(word(at)) &&
    (at > first || words.definite.has(word(at - 1)) || rules.determiners.has(word(at - 1)))
  if (around.some(forecast)) return 1
  // "the figure of about £2.1 million that the Board gave": a known figure someone gave.
  const known = before.some((at) => words.definite.has(word(at)))
  const gave = after.some((at) => !tokens[at]!.inQuote && words.statement.has(word(at)))
  if (known && gave) return 2
  return pastPerfect(tokens, before, words) ? 2 : undefined
}

/** « avait pourtant annoncé » just before the figure: a figure someone had given. */
const pastPerfect = (
  tokens: readonly Token[],
  before: readonly number[],
  words: ToldOlderWords,
): boolean => {
  // `before` runs backwards from the figure: the verb comes first, its auxiliary after it.
  const said = (at: number): boolean =>
    !tokens[at]!.inQuote && words.statement.has(tokens[at]!.lower)
  const verb = before.findIndex(said)
  if (verb < 0) return false
  for (const at of before.slice(verb + 1)) {
    const lower = tokens[at]!.lower
    if (words.pastPerfect.has(lower)) return true
    if (!words.between.has(lower)) return false
  }
  return false
}

/**
 * A language's marker words as patterns made once: the prior and forecast words mark a figure
 * from anywhere in its sentence; a statement word ("said", « annoncé ») only beside a figure.
 */
interface Markers {
  readonly anywhere: RegExp
  readonly statement: RegExp
  readonly pastPerfect: RegExp
}
const markerPatterns = new WeakMap<ToldOlderWords, Markers>()
const markersOf = (rules: LanguageRules, words: ToldOlderWords): Markers => {
  let markers = markerPatterns.get(words)
  if (markers === undefined) {
    markers = {
      anywhere: anyWholeWord([...rules.revision.priorWords, ...words.forecast]),
      statement: anyWholeWord(words.statement),
      pastPerfect: anyWholeWord(words.pastPerfect),
    }
    markerPatterns.set(words, markers)
  }
  return markers
}

/**
 * Whitespace-separated chunks either side of a figure: each holds one word or more, or a
 * quotation mark standing alone (which `olderRank` skips), so twice its window of words.
 */
const BESIDE = 10

/**
 * Spaces that part chunks: ASCII ones and the no-break spaces. Another space inside a chunk only
 * makes it longer, so the text read holds more, never less.
 */
const isSpace = (code: number): boolean =>
  code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x202f

/**
 * Whether a statement word stands beside `figure` as `olderRank` reads one: after it ("the
 * figure of £2.1 million that the Board gave"), or before it after a past perfect ("had
 * announced 52,000"). The text read is up to `BESIDE` chunks either side, within `text` (which
 * starts at source offset `start`): every word `olderRank` reads there, as a word never spans a
 * space; more, never less.
 */
const statedBeside = (
  text: string,
  start: number,
  figure: FoundFigure,
  markers: Markers,
): boolean => {
  let from = figure.start - start
  for (let chunks = 0; from > 0 && chunks <= BESIDE;) {
    from -= 1
    if (isSpace(text.charCodeAt(from))) chunks += 1
  }
  let to = figure.end - start
  for (let chunks = 0; to < text.length && chunks <= BESIDE; to += 1)
    if (isSpace(text.charCodeAt(to))) chunks += 1
  const before = text.slice(from, figure.start - start)
  return (
    markers.statement.test(text.slice(figure.end - start, to)) ||
    (markers.statement.test(before) && markers.pastPerfect.test(before))
  )
}

/**
 * Whether `olderRank` could find a mark for any of `figures` in `text` (which starts at source
 * offset `start`), read from the text alone, before any of its words are made: a prior or
 * forecast word anywhere, or a statement word beside a figure. True whenever `olderRank` would
 * mark one; often true when it would not.
 */
export const mayBeMarkedOlder = (
  text: string,
  start: number,
  figures: readonly (FoundFigure | undefined)[],
  rules: LanguageRules,
  words: ToldOlderWords,
): boolean => {
  const markers = markersOf(rules, words)
  return (
    markers.anywhere.test(text) ||
    figures.some((figure) => figure !== undefined && statedBeside(text, start, figure, markers))
  )
}
