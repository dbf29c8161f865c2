import type { Figure } from '../../dossier'

export type FigureCategory = 'count' | 'measure' | 'year' | 'date' | 'times'

/** A figure found in a sentence, with where its text and its number stand in the source. */
export interface FoundFigure extends Figure {
  readonly category: FigureCategory
  /** Offsets of the whole figure phrase (hedge, number, unit); `raw` is that text. */
  readonly start: number
  readonly end: number
  /** Offsets of the number alone, for rewriting a revised figure into a claim. */
  readonly numberStart: number
  readonly numberEnd: number
  /** Token indexes [first, next) the figure covers. */
  readonly first: number
  readonly next: number
  /** Worth a claim on its own: not "two sides" or "twice". */
  readonly trigger: boolean
  /**
   * A small spelled-out number that counts nothing in particular ("three of the four"): kept
   * for revisions ("lowered to seven") but not listed as a claim's figure.
   */
  readonly minor: boolean
}
