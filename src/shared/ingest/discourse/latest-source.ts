import type { Speaker } from '../noun-phrases'
import { UNKNOWN_SPEAKER, UNNAMED_SPEAKER } from '../types'
import { DEFINITE_LOOKBACK } from './mention'
import type { MentionHistory } from './mention-history'

/**
 * "The same report found …": the source of the latest sentence, in the last 12, that an
 * organisation or a document spoke for (a person's words are no report), or undefined.
 */
export const latestSource = (history: MentionHistory, sentence: number): Speaker | undefined =>
  history
    .recent(sentence, DEFINITE_LOOKBACK)
    .find(
      ({ speaker, spoke }) =>
        spoke &&
        (speaker.type === 'org' || speaker.type === 'group') &&
        speaker.who !== UNKNOWN_SPEAKER &&
        speaker.who !== UNNAMED_SPEAKER,
    )?.speaker
