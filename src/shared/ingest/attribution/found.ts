import type { Range } from '../noun-phrases'
import type { SpeechVerb } from '../rules'

/** What the words around a cue name as the speaker, before it becomes a Speaker. */
export interface Found {
  readonly range?: Range
  readonly pronoun?: string
  readonly role?: string
  /** Someone the story does not name, as it introduces them ("A nurse who lives upstairs"). */
  readonly unnamed?: string
  /** The range is a group named with its place ("doctors at the city hospital"), taken whole. */
  readonly group?: boolean
}

/** A speaker found, with the cue that found it: a verb, a source phrase or the subject's place. */
export interface CuedSpeaker {
  readonly found: Found
  readonly cue: string
  /** Where the cue ends (the verb, the last word of "according to"); -1 for the subject's place. */
  readonly verbAt: number
  /** The speech verb, when a verb was the cue: where and whether it values something. */
  readonly verb?: SpeechVerb
  /** Whether the speaker counts only if the story named the organisation before. */
  readonly ifNamedBefore: boolean
}
