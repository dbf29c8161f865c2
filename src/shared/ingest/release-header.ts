import type { LanguageRules } from './rules'
import type { Token } from './tokens'

/**
 * "Press release from the Borough Council, issued 19 September 2024", "For immediate release,
 * 2 June 2025.", "Issued by: Fire and Rescue Service, Corporate Communications Date: …": the
 * header of a release says who issued it and when, which the import already records as the
 * document's own; it states nothing about the story. (A short header paragraph never reaches
 * the source text at all, `boilerplate.ts`; one run on with a date or an issuer does.) Only at
 * the very start of the sentence: "An earlier press release issued on Monday gave 90" is a claim.
 * English only: no French development story is a release with such a header.
 */

const OPENINGS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  en: [
    ['press', 'release'],
    ['for', 'immediate', 'release'],
    ['issued', 'by'],
  ],
}

export const releaseHeader = (tokens: readonly Token[], rules: LanguageRules): boolean => {
  const words = tokens.filter((token) => token.kind === 'word' && !token.inQuote)
  if (words.length === 0 || words[0] !== tokens[0]) return false
  return (OPENINGS[rules.language] ?? []).some((opening) =>
    opening.every((word, at) => words[at]?.lower === word),
  )
}
