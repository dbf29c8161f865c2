import type { FoundFigure } from './figures'
import type { LanguageRules } from './rules'
import type { Token } from './tokens'

/**
 * A figure revised within a sentence: "31 (later revised to 27)", "9 killed, then lowered to
 * zero", "raised the toll from 12 to 30". Without a first figure in the sentence the revision
 * refers to an earlier sentence ("The toll later rose to 31").
 */
export interface Revision {
  readonly original?: FoundFigure
  readonly revised: FoundFigure
  /** Source offsets of the clause that states the revision. */
  readonly clauseStart: number
  readonly clauseEnd: number
  readonly cue: string
  /**
   * The figure a correction names as wrong ("78 percent, not 81 percent"): the revision in a
   * later sentence points back at the claim that stated it.
   */
  readonly replaces?: FoundFigure
}

const COUNTABLE = new Set<FoundFigure['category']>(['count', 'measure'])
const MOVABLE = new Set<FoundFigure['category']>(['date'])
/** How many words may stand between a date verb and "to" ("moved the start of the vote to"). */
const DATE_OBJECT_WORDS = 8
/** Words in "its earlier figure", "son bilan précédent". */
const PRIOR_OBJECT_WORDS = 4

/** "78 percent, not 81 percent": the first figure corrects the second, stated before. */
const corrections = (
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
  source: string,
  rules: LanguageRules,
): Revision[] => {
  const found: Revision[] = []
  for (let at = 1; at < tokens.length; at += 1) {
    if (!rules.revision.negations.has(tokens[at]!.lower) || tokens[at - 1]!.text !== ',') continue
    const wrong = figures.find(
      (figure) => figure.first === at + 1 && COUNTABLE.has(figure.category),
    )
    if (wrong === undefined) continue
    const right = [...figures]
      .reverse()
      .find(
        (figure) =>
          figure.next <= at - 1 &&
          figure.category === wrong.category &&
          (figure.unit === undefined || wrong.unit === undefined || figure.unit === wrong.unit),
      )
    if (right === undefined) continue
    found.push({
      revised:
        right.unit === undefined && wrong.unit !== undefined
          ? { ...right, unit: wrong.unit }
          : right,
      replaces: wrong,
      clauseStart: right.start,
      clauseEnd: wrong.end,
      cue: source.slice(tokens[at - 1]!.start, tokens[at]!.end),
    })
  }
  return found
}

export const findRevisions = (
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
  source: string,
  rules: LanguageRules,
): Revision[] => {
  const { revision } = rules
  const revisions: Revision[] = []
  for (let verb = 0; verb < tokens.length; verb += 1) {
    const lowerVerb = tokens[verb]!.lower
    const moves = revision.dateVerbs.has(lowerVerb)
    if (!revision.verbs.has(lowerVerb) && !moves) continue
    const kinds = moves ? MOVABLE : COUNTABLE
    const figureStartingAt = (index: number): FoundFigure | undefined =>
      figures.find((figure) => figure.first === index && kinds.has(figure.category))
    let i = verb + 1
    let from: FoundFigure | undefined
    let toll = false
    let counted: string | undefined
    while (i < tokens.length && i <= verb + (moves ? DATE_OBJECT_WORDS : 6)) {
      const token = tokens[i]!
      const lower = token.lower
      if (lower === revision.from && figureStartingAt(i + 1) !== undefined) {
        from = figureStartingAt(i + 1)
        i = from!.next
        continue
      }
      if (lower === revision.to && (!moves || figureStartingAt(i + 1) !== undefined)) break
      // "corrigé son chiffre : 48 %": a colon gives the new figure as "to" does.
      if (token.text === ':' && figureStartingAt(i + 1) !== undefined) break
      // "the toll" is a death toll; "the figure", "the count" take the unit of what they revise.
      if (revision.tollNouns.has(lower)) toll = true
      // "the number of injured": what is counted is the unit.
      if (lower === 'of' && rules.casualtyWords.has(tokens[i + 1]?.lower ?? '')) {
        counted = tokens[i + 1]!.lower
        i += 2
        continue
      }
      const filler = moves
        ? token.kind === 'word' && !token.inQuote
        : rules.determiners.has(lower) ||
          revision.nouns.has(lower) ||
          revision.directions.has(lower) ||
          revision.fillers.has(lower) ||
          token.text === ','
      if (!filler) break
      i += 1
    }
    if (tokens[i]?.lower !== revision.to && tokens[i]?.text !== ':') continue
    const revised = figureStartingAt(i + 1)
    if (revised === undefined) continue

    // The clause opens with the toll it revises ("the death toll rose"), auxiliaries ("was
    // later revised") and a connective ("then", "before", "later").
    let start = verb
    while (start > 0) {
      const lower = tokens[start - 1]!.lower
      if (
        revision.clauseWords.has(lower) ||
        revision.connectives.has(lower) ||
        revision.nouns.has(lower)
      ) {
        if (revision.tollNouns.has(lower)) toll = true
        start -= 1
        continue
      }
      break
    }
    const original =
      from ??
      [...figures]
        .reverse()
        .find((figure) => figure.end <= tokens[start]!.start && kinds.has(figure.category))
    const unit = revised.unit ?? counted ?? original?.unit ?? (toll ? rules.tollUnit : undefined)
    revisions.push({
      ...(original === undefined ? {} : { original }),
      revised: unit === undefined || revised.unit !== undefined ? revised : { ...revised, unit },
      clauseStart: tokens[start]!.start,
      clauseEnd: revised.end,
      cue: source.slice(tokens[start]!.start, tokens[i]!.end),
    })
    verb = revised.next - 1
  }
  if (revisions.length > 0) return revisions
  const corrected = corrections(tokens, figures, source, rules)
  return corrected.length > 0 ? corrected : priorFigureRevisions(tokens, figures, source, rules)
}

/**
 * "2,900 people were evacuated, lowering its earlier figure": the verb names no new figure, but
 * its object is an earlier one, so the sentence's figure before the verb is the revised one. A
 * figure after the object ("its earlier estimate of 1,500") is the one it replaces.
 */
const priorFigureRevisions = (
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
  source: string,
  rules: LanguageRules,
): Revision[] => {
  const { revision } = rules
  for (let verb = 1; verb < tokens.length; verb += 1) {
    if (!revision.verbs.has(tokens[verb]!.lower)) continue
    let at = verb + 1
    let prior = false
    let noun = false
    while (at < tokens.length && at <= verb + PRIOR_OBJECT_WORDS) {
      const lower = tokens[at]!.lower
      if (revision.priorWords.has(lower)) prior = true
      else if (revision.nouns.has(lower)) noun = true
      else if (!rules.determiners.has(lower)) break
      at += 1
    }
    if (!prior || !noun) continue
    const revised = [...figures]
      .reverse()
      .find((figure) => figure.end <= tokens[verb]!.start && COUNTABLE.has(figure.category))
    if (revised === undefined) continue
    const stated =
      tokens[at]?.lower === revision.from
        ? figures.find((figure) => figure.first === at + 1 && COUNTABLE.has(figure.category))
        : undefined
    return [
      {
        revised,
        ...(stated === undefined ? {} : { replaces: stated }),
        clauseStart: revised.start,
        clauseEnd: tokens[at - 1]!.end,
        cue: source.slice(tokens[verb]!.start, tokens[at - 1]!.end),
      },
    ]
  }
  return []
}
