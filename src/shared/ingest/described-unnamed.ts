import type { Draft } from './draft'
import type { LanguageRules } from './rules'
import { UNNAMED_SPEAKER } from './types'

/**
 * "An official, who was not authorised to speak publicly, said …", then "the official said …":
 * a speaker described by a person's noun alone ("official", "witness", "nurse"), whom the story
 * named nowhere before (the discourse would have found the name), is someone the story does not
 * name. The noun is kept as the role, as for "an official said".
 */
export const describedUnnamed = (draft: Draft, rules: LanguageRules): Draft => {
  const { who } = draft.attribution
  if (!rules.personNouns.has(who)) return draft
  return {
    ...draft,
    attribution: {
      ...draft.attribution,
      who: UNNAMED_SPEAKER,
      role: draft.attribution.role ?? who,
    },
    cues: [...draft.cues, `${who}→${UNNAMED_SPEAKER}`],
  }
}
