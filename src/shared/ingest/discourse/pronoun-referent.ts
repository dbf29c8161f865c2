import type { Speaker } from '../noun-phrases'
import type { ReferentType } from '../rules'
import { UNNAMED_SPEAKER } from '../types'
import type { Mention } from './mention'
import { PRONOUN_LOOKBACK } from './mention'
import type { MentionHistory } from './mention-history'

/** Who a pronoun (or a possessive) of this type refers to, in the last 4 sentences. */
export const pronounReferent = (
  history: MentionHistory,
  type: ReferentType | undefined,
  sentence: number,
  /** Whether "he" with nobody to refer to is someone unnamed (not for a possessive). */
  unnamed: boolean,
  /** Someone the story has called by another personal pronoun, who cannot be meant. */
  calledOtherwise?: (speaker: Speaker) => boolean,
): Speaker | undefined => {
  const fits = (speaker: Speaker): boolean => {
    if (type === 'person')
      return (
        !speaker.plural &&
        (speaker.type === 'person' || speaker.type === 'name') &&
        calledOtherwise?.(speaker) !== true
      )
    if (type === 'org')
      return !speaker.plural && (speaker.type === 'org' || speaker.type === 'name')
    if (type === 'singular') return !speaker.plural && speaker.type !== 'group'
    return speaker.plural || speaker.type === 'org' || speaker.type === 'group'
  }
  const recent = history.recent(sentence, PRONOUN_LOOKBACK)
  // Someone who spoke is the likelier referent than someone only named in passing.
  // ... unless the sentence before introduced someone unnamed ("spoke to a man who ...").
  // ... unless that sentence introduced someone named as well ("Mira Dorn, who …, mends nets as
  // gently as a woman rocking a cradle"): the indefinite is then a likeness, not a new person.
  const namedIn = new Set<number>()
  for (const named of recent)
    if (named.introduced === true && named.speaker.who !== UNNAMED_SPEAKER && fits(named.speaker))
      namedIn.add(named.sentence)
  const likeness = (mention: Mention): boolean =>
    mention.speaker.who === UNNAMED_SPEAKER && namedIn.has(mention.sentence)
  const introduced = recent.find(
    (mention) =>
      mention.sentence === sentence - 1 &&
      !mention.spoke &&
      mention.speaker.who === UNNAMED_SPEAKER &&
      fits(mention.speaker) &&
      !likeness(mention),
  )
  const lastSpoke = recent.find((mention) => mention.spoke && fits(mention.speaker))
  // ... or someone the story has introduced as a sentence's subject since the last speaker
  // spoke: carrying a speaker on stops at a new person ("Moira Baird, who ran the unit,
  // believes … The unit treated 4,000 patients a year, she said").
  const since = recent.find(
    (mention) =>
      mention.introduced === true &&
      mention.sentence < sentence &&
      (lastSpoke === undefined || mention.sentence > lastSpoke.sentence) &&
      fits(mention.speaker) &&
      !likeness(mention),
  )
  const spoke = introduced ?? since ?? lastSpoke
  const found = (spoke ?? recent.find((mention) => fits(mention.speaker)))?.speaker
  // "He said" with nobody to refer to is still someone: unnamed, not unknown.
  if (found === undefined && type === 'person' && unnamed)
    return { who: UNNAMED_SPEAKER, type: 'person', plural: false }
  return found
}
