import type { Attribution, ClaimKind, Figure } from '../dossier'
import { findAttribution } from './attribution'
import { classify, signalsOf } from './classify'
import { Discourse } from './discourse'
import { findFigures } from './figures'
import type { FoundFigure } from './figures'
import { namedEntities } from './noun-phrases'
import { findRevisions } from './revisions'
import type { Revision } from './revisions'
import { rulesFor } from './rules'
import type { LanguageRules } from './rules'
import { splitSentences } from './sentences'
import type { Sentence } from './sentences'
import { timeWithin } from './time-phrases'
import { phraseAt, tokenize } from './tokens'
import type { Token } from './tokens'
import type { ClaimCandidate, ExtractOptions } from './types'
import { UNKNOWN_SPEAKER } from './types'

/** Longer "sentences" are unsplit blobs (tables, lists run together), not claims. */
const MAX_SENTENCE = 2_000
/** How far back a revision in a later sentence looks for the figure it revises. */
const SAME_SPEAKER_LOOKBACK = 30
const ANY_SPEAKER_LOOKBACK = 3

interface Draft extends ClaimCandidate {
  readonly sentence: number
  readonly found: readonly FoundFigure[]
}

const toFigure = (figure: FoundFigure): Figure => ({
  value: figure.value,
  ...(figure.unit === undefined ? {} : { unit: figure.unit }),
  raw: figure.raw,
})

interface Edit {
  readonly start: number
  readonly end: number
  readonly text: string
}

/** Applies edits (source offsets) to a sentence and tidies the spaces they leave. */
const rewrite = (sentence: Sentence, edits: readonly Edit[]): string => {
  let text = sentence.text
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    text =
      text.slice(0, edit.start - sentence.start) + edit.text + text.slice(edit.end - sentence.start)
  }
  return text
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.;:!?)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/,([.;])/g, '$1')
    .trim()
}

/** Edits that remove "at first", "initially" — words true only of the first figure. */
const firstOnlyEdits = (tokens: readonly Token[], rules: LanguageRules): Edit[] => {
  const edits: Edit[] = []
  for (let i = 0; i < tokens.length; i += 1) {
    const phrase = phraseAt(tokens, i, rules.revision.firstOnly)
    if (phrase === null || tokens[i]!.inQuote) continue
    const last = tokens[i + phrase.length - 1]!
    const next = tokens[i + phrase.length]
    edits.push({ start: tokens[i]!.start, end: next?.start ?? last.end, text: '' })
    i += phrase.length - 1
  }
  return edits
}

const compatibleUnits = (
  a: string | undefined,
  b: string | undefined,
  rules: LanguageRules,
): boolean => {
  if (a === undefined || b === undefined || a === b) return true
  if (rules.anyUnits.has(a) || rules.anyUnits.has(b)) return true
  return rules.unitFamilies.some((family) => family.includes(a) && family.includes(b))
}

/**
 * Claim candidates in a story: attributed statements, sentences with figures, denials and
 * accusations. A figure revised in the same sentence yields two candidates, the second pointing
 * at the first with `revisionOf`; a revision in a later sentence points back at the candidate
 * whose figure it revises.
 */
export const extractClaims = (
  source: string,
  options: ExtractOptions = {},
  /** Tests pass their own to read how much of the story's history the resolver examined. */
  discourse: Discourse = new Discourse(rulesFor(options.language)),
): ClaimCandidate[] => {
  const rules = rulesFor(options.language)
  const drafts: Draft[] = []

  splitSentences(source, rules).forEach((sentence, index) => {
    if (sentence.text.length > MAX_SENTENCE) return
    const tokens = tokenize(sentence.text, sentence.start)
    const figures = findFigures(tokens, source, rules)
    const revisions = findRevisions(tokens, figures, source, rules)
    const signals = signalsOf(tokens, rules)
    const draft = findAttribution(tokens, sentence, source, rules, {
      subjectSpeaks: revisions.length > 0 || signals.denial.length > 0 || signals.blame.length > 0,
    })
    const resolved = discourse.resolve(draft, index)
    discourse.observe(index, resolved.speaker, namedEntities(tokens, source, rules))

    const attributed = draft !== null
    const hasTime = timeWithin(tokens, 0, tokens.length, source, rules) !== null
    const worth =
      attributed ||
      revisions.length > 0 ||
      figures.some((figure) => figure.trigger) ||
      (signals.event.length > 0 && hasTime)
    if (!worth) return

    const kind = classify(signals, figures, attributed, hasTime, rules)
    const cues = [...new Set([...resolved.cues, ...signals.denial, ...signals.blame])]
    const attribution = resolved.attribution
    const common = { sentence: index, attribution }

    const inSentence = revisions.filter((revision) => revision.original !== undefined)
    if (inSentence.length > 0) {
      drafts.push(
        ...revisionDrafts(
          sentence,
          tokens,
          figures,
          inSentence,
          common,
          cues,
          drafts.length,
          rules,
        ),
      )
      return
    }
    const crossing = revisions[0]
    if (crossing !== undefined) {
      drafts.push(crossSentenceDraft(sentence, figures, crossing, common, cues, drafts, rules))
      return
    }
    drafts.push({
      ...common,
      text: sentence.text,
      start: sentence.start,
      end: sentence.end,
      kind,
      figures: figures.filter((figure) => !figure.minor).map(toFigure),
      found: figures,
      cues,
    })
  })

  return drafts.map(({ sentence: _sentence, found: _found, ...candidate }) => candidate)
}

interface Common {
  readonly sentence: number
  readonly attribution: Attribution
}

/** "31 (later revised to 27)": one candidate per figure in the chain, each revising the last. */
const revisionDrafts = (
  sentence: Sentence,
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
  revisions: readonly Revision[],
  common: Common,
  cues: readonly string[],
  firstIndex: number,
  rules: LanguageRules,
): Draft[] => {
  const first = revisions[0]!.original!
  const chain = [first, ...revisions.map((revision) => revision.revised)]
  const inChain = (figure: FoundFigure): boolean =>
    chain.some((link) => link.start === figure.start)
  const others = figures.filter((figure) => !inChain(figure) && !figure.minor)
  const detachable = revisions.every((revision) => revision.detachable)
  const cuts: Edit[] = detachable
    ? revisions.map((revision) => ({ start: revision.cutStart, end: revision.cutEnd, text: '' }))
    : []
  const kind: ClaimKind = 'figure'
  return chain.map((figure, position) => {
    const revision = position === 0 ? undefined : revisions[position - 1]!
    const edits: Edit[] = [...cuts]
    if (position > 0 && detachable) {
      edits.push({
        start: first.numberStart,
        end: first.numberEnd,
        text: figure.raw.slice(figure.numberStart - figure.start, figure.numberEnd - figure.start),
      })
      edits.push(...firstOnlyEdits(tokens, rules).filter((edit) => edit.end <= first.start))
    }
    const text = detachable ? rewrite(sentence, edits) : sentence.text
    return {
      ...common,
      text: text === '' ? sentence.text : text,
      start: revision === undefined ? sentence.start : revision.clauseStart,
      end: revision === undefined ? sentence.end : revision.clauseEnd,
      kind,
      figures: [figure, ...others].map(toFigure),
      found: [figure, ...others],
      ...(position === 0 ? {} : { revisionOf: firstIndex + position - 1 }),
      cues: revision === undefined ? [...cues] : [...cues, revision.cue],
    }
  })
}

/** "The toll later rose to 31": the candidate revises the latest matching earlier figure. */
const crossSentenceDraft = (
  sentence: Sentence,
  figures: readonly FoundFigure[],
  revision: Revision,
  common: Common,
  cues: readonly string[],
  earlier: readonly Draft[],
  rules: LanguageRules,
): Draft => {
  const ownUnit = figures.find((figure) => figure.start === revision.revised.start)?.unit
  const matching = (draft: Draft): FoundFigure | undefined =>
    draft.found.find(
      (figure) =>
        (figure.category === 'count' || figure.category === 'measure') &&
        compatibleUnits(figure.unit, ownUnit ?? revision.revised.unit, rules),
    )
  const speaker = common.attribution.who
  // Drafts are in sentence order: walk back from the newest, no further than the lookback.
  const latest = (lookback: number, fits: (draft: Draft) => boolean): number => {
    for (let index = earlier.length - 1; index >= 0; index -= 1) {
      const draft = earlier[index]!
      if (draft.sentence < common.sentence - lookback) return -1
      if (fits(draft)) return index
    }
    return -1
  }
  let targetIndex =
    speaker === UNKNOWN_SPEAKER
      ? -1
      : latest(
          SAME_SPEAKER_LOOKBACK,
          (draft) => draft.attribution.who === speaker && matching(draft) !== undefined,
        )
  if (targetIndex < 0) {
    targetIndex = latest(ANY_SPEAKER_LOOKBACK, (draft) => matching(draft) !== undefined)
  }
  const target = earlier[targetIndex]
  const targetUnit = target === undefined ? undefined : matching(target)?.unit
  const revised =
    ownUnit === undefined && targetUnit !== undefined
      ? { ...revision.revised, unit: targetUnit }
      : revision.revised
  const found = figures
    .map((figure) => (figure.start === revised.start ? revised : figure))
    .filter((figure) => !figure.minor || figure === revised)
  return {
    ...common,
    text: sentence.text,
    start: sentence.start,
    end: sentence.end,
    kind: 'figure',
    figures: found.map(toFigure),
    found,
    ...(target === undefined ? {} : { revisionOf: targetIndex }),
    cues: [...cues, revision.cue],
  }
}
