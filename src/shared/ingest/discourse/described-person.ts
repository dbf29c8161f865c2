import { describesRole, isRoleKind } from '../elected-description'
import type { Speaker } from '../noun-phrases'
import type { LanguageRules } from '../rules'
import { roleHead } from './head-nouns'
import { DEFINITE_LOOKBACK } from './mention'
import type { MentionHistory } from './mention-history'

/**
 * "Le préfet a précisé", "The inspector said": a person named only by a title (one lowercase
 * word the speaker tables do not hold as a group or an organisation) is the person the story
 * named before with that title as the head of their role, in the last 12 sentences ("le préfet
 * de la Haute-Sorgue, Paul Morvandel"). Nobody else: "the mayor" is not whoever spoke last.
 */
export const describedPerson = (
  history: MentionHistory,
  rules: LanguageRules,
  speaker: Speaker,
  sentence: number,
): Speaker | undefined => {
  const noun = speaker.who
  if (speaker.type !== 'person' && speaker.type !== 'name' && !isRoleKind(noun)) return undefined
  if (speaker.plural || !/^\p{Ll}[\p{Ll}-]+$/u.test(noun)) return undefined
  if (rules.speakerNouns.has(noun) || rules.orgWords.has(noun)) return undefined
  const named = (candidate: Speaker): boolean =>
    candidate.type === 'person' && /^\p{Lu}/u.test(candidate.who) && !candidate.plural
  const byRole = history
    .recent(sentence, DEFINITE_LOOKBACK)
    .find(
      (mention) =>
        named(mention.speaker) &&
        describesRole(
          noun,
          roleHead(mention.speaker.role ?? '', rules.headFirst).toLowerCase(),
          mention.speaker.role ?? '',
        ),
    )
  return byRole?.speaker
}
