import type * as Y from 'yjs'
import { Dossier } from '../dossier'
import type { NewClaim } from '../dossier'
import type { Signer } from '../identity'
import { extractClaims } from './extract-claims'
import { IngestError } from './ingest-error'
import { detectLanguage } from './language-detect'
import { parseDocument } from './parse-document'
import { rulesFor } from './rules'
import type { LanguageRules } from './rules'
import { assertStoryText } from './story-sniff'
import type { ClaimCandidate, Dateline, SourceFormat } from './types'

export interface StoryInput {
  readonly text: string
  readonly filename?: string
  readonly format?: SourceFormat
  /** Overrides the headline found in the story. */
  readonly title?: string
  readonly language?: string
  readonly story?: string
}

export interface IngestOptions {
  /** The time written into new entries; tests pass a fixed clock. */
  readonly now?: () => string
  /** Tags every extracted claim carries, so the desk can tell them from its own. */
  readonly tags?: readonly string[]
  readonly id?: string
  readonly created?: string
}

export interface IngestResult {
  readonly dossier: Dossier
  /** Claim ids in the order of the candidates they were made from. */
  readonly claimIds: string[]
  readonly title: string
  readonly dateline?: Dateline
  readonly candidates: readonly ClaimCandidate[]
}

export { IngestError }

export const CANDIDATE_TAG = 'candidate'

const MAX_SHORT = 500
const MAX_FIGURES = 50
const clip = (text: string): string => (text.length > MAX_SHORT ? text.slice(0, MAX_SHORT) : text)

const FORMAT_NAMES: Readonly<Record<SourceFormat, string>> = {
  text: 'plain text',
  markdown: 'Markdown',
  html: 'HTML',
}

/** A title when the story has no headline: the start of its first sentence, or the file name. */
const fallbackTitle = (sourceText: string, filename: string | undefined): string => {
  const stem = filename
    ?.replace(/^.*[\\/]/, '')
    .replace(/\.[^.]+$/, '')
    .trim()
  if (stem) return stem
  const first = sourceText.split(/(?<=[.!?])\s/)[0]?.trim() ?? ''
  if (first === '') return 'Untitled story'
  return first.length <= 80 ? first : `${first.slice(0, 80).replace(/\s+\S*$/, '')}…`
}

const toNewClaim = (candidate: ClaimCandidate, tags: readonly string[]): NewClaim => ({
  text: candidate.text,
  quote: { start: candidate.start, end: candidate.end },
  attribution: candidate.attribution,
  kind: candidate.kind,
  figures: candidate.figures
    .slice(0, MAX_FIGURES)
    .map((figure) => ({ ...figure, raw: clip(figure.raw) })),
  tags: [...tags],
})

type CandidateFigure = ClaimCandidate['figures'][number]

/** Two figures that may be one measure stated twice: the same unit, or one without a unit. */
const sameMeasure = (a: CandidateFigure, b: CandidateFigure, strict: boolean): boolean =>
  a.unit === b.unit ||
  (!strict &&
    a.unit !== 'date' &&
    b.unit !== 'date' &&
    (a.unit === undefined || b.unit === undefined))

/**
 * "6,40 mètres → 6,12 mètres": the first figure of the original and a figure of the revision of
 * the same measure with another value. A claim's first figure is often a date or another
 * measure ("published its accounts for the year ended 30 June 2024, showing a deficit of £2.4
 * million"), so the two are matched by unit; with no such pair the link has no note rather
 * than one that pairs a cost with a date.
 */
const revisionNote = (
  original: ClaimCandidate,
  revised: ClaimCandidate,
  rules: LanguageRules,
): string | undefined => {
  for (const strict of [true, false])
    for (const from of original.figures) {
      // "more than 12 hours" is what "1,380 occasions" counted, never what "1,830" corrects.
      if (!strict && rules.durations.has(from.unit ?? '')) continue
      const to = revised.figures.find(
        (figure) => figure.value !== from.value && sameMeasure(from, figure, strict),
      )
      if (to !== undefined) return clip(`${from.raw} → ${to.raw}`)
    }
  return undefined
}

/**
 * A new dossier from a story: the article's text becomes the source, its checkable sentences
 * become claims quoted from it, and revised figures are linked ("50 revises 41").
 */
export const ingestStory = (
  doc: Y.Doc,
  input: StoryInput,
  signer: Signer,
  options: IngestOptions = {},
): IngestResult => {
  if (input.text.trim() === '')
    throw new IngestError('the story is empty: there is no text to import')
  assertStoryText(input.text)
  const parsed = parseDocument(input.text, {
    ...(input.filename === undefined ? {} : { filename: input.filename }),
    ...(input.format === undefined ? {} : { format: input.format }),
    ...(input.language === undefined ? {} : { language: input.language }),
  })
  if (parsed.sourceText.trim() === '') {
    throw new IngestError(
      `no readable text in this ${FORMAT_NAMES[parsed.format]} story: nothing is left once markup, scripts and navigation are removed`,
    )
  }
  const title = clip(
    input.title?.trim() || parsed.title || fallbackTitle(parsed.sourceText, input.filename),
  )
  // The caller's language when it gave one; otherwise the story's own, `und` when unsure.
  const language = input.language ?? detectLanguage(parsed.sourceText).language
  const dossier = Dossier.create(
    doc,
    {
      title,
      language,
      sourceText: parsed.sourceText,
      ...(input.story === undefined ? {} : { story: clip(input.story) }),
      ...(options.id === undefined ? {} : { id: options.id }),
      ...(options.created === undefined ? {} : { created: options.created }),
    },
    options.now === undefined ? {} : { now: options.now },
  )
  const candidates = extractClaims(parsed.sourceText, { language })
  const rules = rulesFor(language)
  const tags = options.tags ?? [CANDIDATE_TAG]
  const claimIds =
    candidates.length === 0
      ? []
      : dossier.addClaims(
          candidates.map((candidate) => toNewClaim(candidate, tags)),
          signer,
        )
  dossier.linkAll(
    candidates.flatMap((candidate, index) => {
      const original =
        candidate.revisionOf === undefined ? undefined : candidates[candidate.revisionOf]
      if (original === undefined) return []
      return [
        {
          from: claimIds[index]!,
          to: claimIds[candidate.revisionOf!]!,
          type: 'revises' as const,
          note: revisionNote(original, candidate, rules),
        },
      ]
    }),
    signer,
  )
  return {
    dossier,
    claimIds,
    title,
    candidates,
    ...(parsed.dateline === undefined ? {} : { dateline: parsed.dateline }),
  }
}
