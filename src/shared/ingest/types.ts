import type { Attribution, ClaimKind, Figure } from '../dossier'

export type SourceFormat = 'text' | 'markdown' | 'html'

/** A date line such as "Posted November 28, 2018", kept apart from the story's text. */
export interface Dateline {
  readonly raw: string
  /** `YYYY-MM-DD` when the line names a full calendar date. */
  readonly date?: string
}

/** An article reduced to the text the desk verifies: paragraphs separated by blank lines. */
export interface ParsedDocument {
  readonly format: SourceFormat
  readonly title?: string
  readonly dateline?: Dateline
  readonly sourceText: string
}

/**
 * A sentence (or part of one) that a fact-checker would likely want to verify. Offsets point
 * into the cleaned source text, end exclusive. `text` is always the quoted span itself, the
 * source's own words: a revision in the same sentence ("31, later revised to 27") quotes the
 * whole sentence for the first figure and its own clause ("later revised to 27") for the next.
 */
export interface ClaimCandidate {
  readonly text: string
  readonly start: number
  readonly end: number
  readonly kind: ClaimKind
  readonly attribution: Attribution
  readonly figures: Figure[]
  /** Index, in the same candidate list, of the claim whose figure this one revises. */
  readonly revisionOf?: number
  /** The words that made this a candidate (speech verbs, revision phrases, pronoun resolutions). */
  readonly cues: string[]
}

export interface ExtractOptions {
  /** BCP 47 language tag; unknown languages fall back to English rules. */
  readonly language?: string
}

/** The speaker attribution for claims nobody in the text is named as making. */
export const UNKNOWN_SPEAKER = 'unknown'

/**
 * Someone the story quotes without naming ("a nurse said", "he said" with nobody named before):
 * `role` holds how the story introduced them, when it did.
 */
export const UNNAMED_SPEAKER = 'unnamed speaker'
