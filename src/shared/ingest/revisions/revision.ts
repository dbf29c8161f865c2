import type { FoundFigure } from '../figures'

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
  /**
   * The sentence's subject is what was revised, not who revised it: "The hearing, initially set
   * for 4 June, will now …", « Présenté à 38 millions d'euros, le projet est désormais chiffré ».
   */
  readonly subjectRevised?: boolean
}

/** What a revision verb changes: a count or a measure, or a date for a verb that moves dates. */
export const COUNTABLE = new Set<FoundFigure['category']>(['count', 'measure'])
export const MOVABLE = new Set<FoundFigure['category']>(['date'])
