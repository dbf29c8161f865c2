import { compatibleUnits } from './compatible-units'
import type { FoundFigure } from './figures'
import type { LanguageRules } from './rules'
import { referringWordsFor } from './rules/referring'
import type { ReferringWords } from './rules/referring'
import { replacingWordsFor } from './rules/replacing'
import type { Token } from './tokens'

/** Words between a reference and its figure's preposition: "it had since grown to". */
const REFERENCE_WORDS = 5

/**
 * "puts the figure at 2,231", "On Friday it corrected that to 67 per cent", « Il passe
 * désormais à 187 »: a figure whose measure the sentence does not name but refers to, by a
 * pronoun or a general measure noun, as the one just stated. Read by `figure-referred.ts`,
 * which finds what the reference stands for.
 */
/** The figure whose subject or object refers to a measure, when one figure of the sentence has. */
export const referredFigure = (
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
  rules: LanguageRules,
  revised?: FoundFigure,
): FoundFigure | undefined => {
  const words = referringWordsFor(rules.language)
  if (words === undefined) return undefined
  const countable = (figure: FoundFigure): boolean =>
    figure.category === 'count' || figure.category === 'measure'
  const candidates =
    revised === undefined ? figures.filter((found) => !found.minor && countable(found)) : [revised]
  const referring = candidates.filter(
    (found) => countable(found) && refersBefore(tokens, found, words, rules),
  )
  if (referring.length !== 1) return undefined
  const figure = referring[0]!
  // "Of the 40 it first counted, it now puts that at 35": a figure before it may be what it means.
  const before = figures.some(
    (found) =>
      found.next <= figure.first &&
      found.category === figure.category &&
      (!found.minor || figure.minor) &&
      compatibleUnits(found.unit, figure.unit, rules),
  )
  return before ? undefined : figure
}

/**
 * A reference just before the figure's preposition ("to", "at", "as", « à »): a pronoun object
 * ("puts it at", "corrected that to"); a measure noun after a determiner, not followed by what
 * it counts ("puts the figure at", not "the number of homes"); or a subject pronoun followed
 * only by words of a measure moving by itself ("it had grown to", « il passe désormais à »).
 */
const refersBefore = (
  tokens: readonly Token[],
  figure: FoundFigure,
  words: ReferringWords,
  rules: LanguageRules,
): boolean => {
  const preposition = tokens[figure.first - 1]
  const prepositions = replacingWordsFor(rules.language)?.valuingPrepositions
  if (preposition === undefined || preposition.inQuote) return false
  if (preposition.lower !== rules.revision.to && prepositions?.has(preposition.lower) !== true)
    return false
  const last = figure.first - 2
  if (words.objects.has(tokens[last]?.lower ?? '')) return !tokens[last]!.inQuote
  for (let at = last; at >= 0 && at >= last - REFERENCE_WORDS; at -= 1) {
    const token = tokens[at]!
    if (token.inQuote || token.kind !== 'word') return false
    if (rules.revision.nouns.has(token.lower)) return measureNoun(tokens, at, rules)
    if (words.subjects.has(token.lower)) return at < last
    if (!words.moving.has(token.lower)) return false
  }
  return false
}

/** "the figure", « ce chiffre », "its total": a determiner before, no "of homes" after. */
const measureNoun = (tokens: readonly Token[], at: number, rules: LanguageRules): boolean => {
  const before = tokens[at - 1]?.lower ?? ''
  const determined = rules.determiners.has(before) || rules.demonstratives.has(before)
  return determined && !rules.partitives.has(tokens[at + 1]?.lower ?? '')
}
