import type { LanguageRules } from './rules'
import type { Token } from './tokens'

/**
 * "What the documents show", "What the company says": a heading over a section of a post or a
 * release, a line of a few words with no closing stop, opening with the question it answers. The section below it says what the documents show; the heading states
 * nothing, so it is no claim (the speaker of the section is still found from it).
 */

/** Words of a heading at most: a longer line is a sentence that lost its stop. */
const MAX_WORDS = 8

/**
 * How a heading opens, as lowercase words. English only: no French development story has one
 * ("Ce que dit le rapport") to measure it against.
 */
const OPENINGS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  en: [['what']],
}

/** A sentence's closing marks: a heading has none. */
const STOPS: ReadonlySet<string> = new Set(['.', '!', '?', ':', '…'])

export const sectionHeading = (tokens: readonly Token[], rules: LanguageRules): boolean => {
  const last = tokens[tokens.length - 1]
  if (last === undefined || (last.kind === 'punct' && STOPS.has(last.text))) return false
  if (tokens.some((token) => token.kind !== 'word' || token.inQuote)) return false
  if (tokens.length > MAX_WORDS) return false
  const openings = OPENINGS[rules.language] ?? []
  return openings.some((opening) =>
    opening.every((word, at) => tokens[at]?.lower === word && (at > 0 || tokens[at]!.capital)),
  )
}
