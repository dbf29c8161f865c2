import type { FoundFigure } from './figures'
import type { LanguageRules } from './rules'
import type { Token } from './tokens'

/** Words between "the number of" and the figure: "Le nombre de blessés a été revu à la hausse lundi soir : 27". */
const WINDOW = 14

/**
 * What a figure without a unit (or with only "people") counts, when the sentence names it just
 * before: "put the number of displaced at 3,000" counts the displaced, "le nombre de blessés a
 * été revu à la hausse : 27 personnes" the injured. A later
 * revision ("raised its estimate to 4,500 displaced") then finds the figure it revises.
 */
export const withCountedUnits = (
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
  rules: LanguageRules,
): FoundFigure[] =>
  figures.map((figure) => {
    const vague = figure.unit === undefined || rules.anyUnits.has(figure.unit)
    if (!vague || (figure.category !== 'count' && figure.category !== 'measure')) return figure
    const unit = countedBefore(tokens, figure.first, rules)
    return unit === undefined ? figure : { ...figure, unit }
  })

/** The words "the number of" names before the figure at `at`: "people still missing". */
const countedWordsBefore = (
  tokens: readonly Token[],
  at: number,
  rules: LanguageRules,
  /** Read on over function words ("still", "a été") up to this many words, for qualifiers. */
  reach = 0,
): readonly Token[] => {
  const { revision } = rules
  for (let i = at - 1; i >= 0 && i >= at - WINDOW; i -= 1) {
    const token = tokens[i]!
    if (token.kind === 'number' || token.text === '.' || token.text === ';') return []
    if (!revision.nouns.has(token.lower)) continue
    // "the toll" takes the unit of the claim it revises, or the toll's own in the end.
    if (revision.tollNouns.has(token.lower)) return []
    // "the number of displaced (people)": the last plain word before another function word.
    if (!rules.partitives.has(tokens[i + 1]?.lower ?? '')) return []
    let end = i + 2
    while (
      end < at &&
      tokens[end]!.kind === 'word' &&
      // "the number of spills last year": a time after what is counted is no part of it.
      ((!rules.notUnits.has(tokens[end]!.lower) && !rules.timeModifiers.has(tokens[end]!.lower)) ||
        end < i + 2 + reach)
    )
      end += 1
    return tokens.slice(i + 2, end)
  }
  return []
}

const countedBefore = (
  tokens: readonly Token[],
  at: number,
  rules: LanguageRules,
): string | undefined => {
  const words = countedWordsBefore(tokens, at, rules)
  return words.length === 0 ? undefined : countedNoun(words, rules)
}

/** Letters of a word that identify it across its forms ("missing", "évacuées" → "évacu"). */
const STEM = 5
/** Shorter words are too common to tell one count from another ("still", "new"). */
const MIN_QUALIFIER = 6
/** Words after "the number of" read for qualifiers: "people still missing". */
const QUALIFIER_REACH = 4

/**
 * The stems of the words that say what "the number of people still missing" counts beyond a
 * vague noun ("people", "personnes"): "missi", "évacu". A revision then finds the earlier
 * claim that used the same word ("23 people were missing") rather than any count of people.
 */
export const countedQualifiers = (
  tokens: readonly Token[],
  at: number,
  rules: LanguageRules,
): string[] =>
  countedWordsBefore(tokens, at, rules, QUALIFIER_REACH)
    .filter(
      (word) =>
        word.kind === 'word' &&
        word.lower.length >= MIN_QUALIFIER &&
        !rules.anyUnits.has(word.lower) &&
        !rules.determiners.has(word.lower) &&
        !rules.sentenceAdverbs.has(word.lower) &&
        !rules.revision.verbs.has(word.lower) &&
        !rules.revision.dateVerbs.has(word.lower),
    )
    .map((word) => word.lower.slice(0, STEM))

/**
 * The noun of "affected households", "homes destroyed", "foyers touchés" that names what is
 * counted: a noun that counts things when there is one, else the head by the language's
 * order (the last word in English, the first in French).
 */
export const countedNoun = (words: readonly Token[], rules: LanguageRules): string | undefined => {
  const plain = words.filter((word) => !rules.determiners.has(word.lower))
  const counting = plain.find((word) => rules.countNouns.has(word.lower))
  const head = rules.headFirst ? plain[0] : plain[plain.length - 1]
  return (counting ?? head)?.lower
}
