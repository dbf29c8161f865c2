import type { Speaker } from '../noun-phrases'

/** One time the story named someone, in the order the story named them. */
export interface Mention {
  readonly speaker: Speaker
  readonly sentence: number
  /** Made a claim (rather than only being named). */
  readonly spoke: boolean
  /** Introduced as a sentence's subject ("Moira Baird, who ran the unit, believes …"). */
  readonly introduced?: boolean
}

/** How many sentences back a pronoun looks: further back a guess is worse than "unknown". */
export const PRONOUN_LOOKBACK = 4
/** How many sentences back a definite description ("the group") or a title looks first. */
export const DEFINITE_LOOKBACK = 12
