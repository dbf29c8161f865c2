import type { Speaker } from '../noun-phrases'
import type { ReferentType } from '../rules'
import { UNNAMED_SPEAKER } from '../types'
import { PRONOUN_LOOKBACK } from './mention'
import type { MentionHistory } from './mention-history'
import { pronounReferent } from './pronoun-referent'

/**
 * Whose "its report", "their survey" or "her letters" is: an organisation or group by the
 * possessive's type, or for "his"/"her" (no type: no gender is known) the one person in the
 * last 4 sentences, never a guess between two.
 */
export const possessor = (
  history: MentionHistory,
  type: ReferentType | undefined,
  sentence: number,
): Speaker | undefined => {
  if (type !== undefined) return pronounReferent(history, type, sentence, false)
  const people = history
    .recent(sentence, PRONOUN_LOOKBACK)
    .filter(
      ({ speaker }) =>
        (speaker.type === 'person' || speaker.type === 'name') &&
        !speaker.plural &&
        speaker.who !== UNNAMED_SPEAKER,
    )
  return people.every(({ speaker }) => speaker.who === people[0]?.speaker.who)
    ? people[0]?.speaker
    : undefined
}
