import type { Figure } from '../dossier'
import type { FoundFigure } from './figures'
import type { ClaimCandidate } from './types'

/** A claim candidate while the extractor builds it: its sentence and the figures found there. */
export interface Draft extends ClaimCandidate {
  readonly sentence: number
  readonly found: readonly FoundFigure[]
}

// Object literals rather than spreads of optional parts: a spread costs ten times a literal, and
// these run for every figure and claim of a long story. Key order is the output's, unchanged.
export const toFigure = (figure: FoundFigure): Figure =>
  figure.unit === undefined
    ? { value: figure.value, raw: figure.raw }
    : { value: figure.value, unit: figure.unit, raw: figure.raw }
