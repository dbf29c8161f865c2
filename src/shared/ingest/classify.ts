import type { ClaimKind } from '../dossier'
import type { FoundFigure } from './figures'
import type { LanguageRules } from './rules'
import type { Token } from './tokens'
import { firstWords, phraseAt } from './tokens'

export interface SentenceSignals {
  readonly denial: string[]
  readonly blame: string[]
  readonly event: string[]
  /** Verdicts, pleas, inquiries opened: claims without a figure or a time. */
  readonly outcome: string[]
  /** Words inside the longest quotation. */
  readonly quoteWords: number
}

const EMPTY: ReadonlySet<string> = new Set()

const findCues = (
  tokens: readonly Token[],
  words: ReadonlySet<string>,
  phrases: readonly (readonly string[])[],
): string[] => {
  const cues: string[] = []
  // Looked up once per sentence rather than once per word.
  const starts = phrases.length === 0 ? EMPTY : firstWords(phrases)
  for (let i = 0; i < tokens.length; i += 1) {
    const lower = tokens[i]!.lower
    if (words.has(lower)) cues.push(lower)
    if (starts !== null && !starts.has(lower)) continue
    const phrase = phraseAt(tokens, i, phrases)
    if (phrase !== null) cues.push(phrase.join(' '))
  }
  // Most sentences have no cue or one: no set to build for them.
  return cues.length < 2 ? cues : [...new Set(cues)]
}

const longestQuote = (tokens: readonly Token[]): number => {
  let longest = 0
  let current = 0
  for (const token of tokens) {
    if (token.inQuote && token.kind !== 'punct') current += 1
    else if (!token.inQuote) {
      longest = Math.max(longest, current)
      current = 0
    }
  }
  return Math.max(longest, current)
}

export const signalsOf = (tokens: readonly Token[], rules: LanguageRules): SentenceSignals => ({
  denial: findCues(tokens, rules.denialCues, rules.denialPhrases),
  blame: findCues(tokens, rules.blameCues, rules.blamePhrases),
  event: findCues(
    tokens.filter((token) => !token.inQuote),
    rules.eventVerbs,
    [],
  ),
  outcome: outcomesOf(tokens, rules),
  quoteWords: longestQuote(tokens),
})

/** Words between "opened" and its inquiry noun: "a criminal", "une". */
const INQUIRY_WORDS = 3

/** "was acquitted on three counts", "has opened a criminal investigation", outside quotations. */
const outcomesOf = (tokens: readonly Token[], rules: LanguageRules): string[] => {
  const { verbs, opening, inquiries } = rules.outcomes
  const found: string[] = []
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at]!
    if (token.inQuote || token.kind !== 'word') continue
    if (verbs.has(token.lower)) found.push(token.lower)
    else if (opening.has(token.lower)) {
      for (let object = at + 1; object <= at + INQUIRY_WORDS + 1; object += 1) {
        const word = tokens[object]
        if (word === undefined || word.kind !== 'word' || word.capital) break
        if (inquiries.has(word.lower)) {
          found.push(`${token.lower} ${word.lower}`)
          break
        }
      }
    }
  }
  return found
}

/**
 * The kind of a claim, strongest signal first: a denial or an accusation is what a desk checks
 * first, then figures, then verbatim quotes, events and plain statements.
 */
export const classify = (
  signals: SentenceSignals,
  figures: readonly FoundFigure[],
  attributed: boolean,
  hasTime: boolean,
  rules: LanguageRules,
): ClaimKind => {
  if (signals.denial.length > 0) return 'denial'
  if (signals.blame.length > 0) return 'blame'
  if (
    figures.some(
      (figure) => figure.trigger && figure.category !== 'date' && figure.category !== 'year',
    )
  )
    return 'figure'
  if (attributed && signals.quoteWords >= rules.minQuoteWords) return 'quote'
  const dated =
    hasTime || figures.some((figure) => figure.category === 'date' || figure.category === 'year')
  if ((signals.event.length > 0 && dated) || signals.outcome.length > 0) return 'event'
  if (attributed) return 'statement'
  return dated ? 'event' : 'other'
}
