/**
 * Figures in a sentence's tokens: counts and measures with their units, years, dates and
 * "twice", each with where its phrase and its number stand in the source.
 */
export { findFigures } from './find-figures'
export type { FigureCategory, FoundFigure } from './found-figure'
