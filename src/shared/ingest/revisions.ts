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
  /** Offsets to cut from the sentence to leave the original claim, when the clause can go. */
  readonly cutStart: number
  readonly cutEnd: number
  readonly detachable: boolean
  readonly cue: string
}

const COUNTABLE = new Set<FoundFigure['category']>(['count', 'measure'])

const AUXILIARIES = new Set([
  'was',
  'were',
  'is',
  'are',
  'has',
  'have',
  'had',
  'been',
  'it',
  'being',
])

export const findRevisions = (
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
  source: string,
  rules: LanguageRules,
): Revision[] => {
  const { revision } = rules
  const revisions: Revision[] = []
  const figureStartingAt = (index: number): FoundFigure | undefined =>
    figures.find((figure) => figure.first === index && COUNTABLE.has(figure.category))
  for (let verb = 0; verb < tokens.length; verb += 1) {
    if (!revision.verbs.has(tokens[verb]!.lower)) continue
    let i = verb + 1
    let from: FoundFigure | undefined
    let toll = false
    while (i < tokens.length && i <= verb + 6) {
      const lower = tokens[i]!.lower
      if (lower === revision.from && figureStartingAt(i + 1) !== undefined) {
        from = figureStartingAt(i + 1)
        i = from!.next
        continue
      }
      if (lower === revision.to) break
      if (revision.nouns.has(lower)) toll = true
      const filler =
        rules.determiners.has(lower) ||
        revision.nouns.has(lower) ||
        revision.directions.has(lower) ||
        [
          'death',
          'casualty',
          'injury',
          'official',
          'overall',
          'it',
          'that',
          'this',
          'its',
        ].includes(lower)
      if (!filler) break
      i += 1
    }
    if (tokens[i]?.lower !== revision.to) continue
    const revised = figureStartingAt(i + 1)
    if (revised === undefined) continue

    // The clause opens with the toll it revises ("the death toll rose"), auxiliaries ("was
    // later revised") and a connective ("then", "before", "later").
    let start = verb
    while (start > 0) {
      const lower = tokens[start - 1]!.lower
      if (
        AUXILIARIES.has(lower) ||
        revision.connectives.has(lower) ||
        revision.nouns.has(lower) ||
        ['death', 'casualty', 'the', 'its', 'a', 'an', 'that'].includes(lower)
      ) {
        if (revision.nouns.has(lower)) toll = true
        start -= 1
        continue
      }
      break
    }
    const open = tokens[start - 1]
    const parenthesised = open?.text === '('
    const close = tokens[revised.next]
    const end = parenthesised && close?.text === ')' ? close.end : revised.end
    const opensWithConnective = revision.connectives.has(tokens[start]!.lower)
    const detachable =
      from === undefined && (parenthesised || open?.text === ',' || opensWithConnective)
    const original =
      from ??
      [...figures]
        .reverse()
        .find((figure) => figure.end <= tokens[start]!.start && COUNTABLE.has(figure.category))
    // The cut takes the clause and the space or comma before it, leaving a clean sentence.
    const cutStart = parenthesised || open?.text === ',' ? open!.start : tokens[start]!.start
    let cutFrom = cutStart
    while (cutFrom > 0 && /\s/.test(source[cutFrom - 1]!)) cutFrom -= 1
    const unit = revised.unit ?? original?.unit ?? (toll ? rules.tollUnit : undefined)
    revisions.push({
      ...(original === undefined ? {} : { original }),
      revised: unit === undefined || revised.unit !== undefined ? revised : { ...revised, unit },
      clauseStart: tokens[start]!.start,
      clauseEnd: revised.end,
      cutStart: cutFrom,
      cutEnd: end,
      detachable,
      cue: source.slice(tokens[start]!.start, tokens[i]!.end),
    })
    verb = revised.next - 1
  }
  return revisions
}
