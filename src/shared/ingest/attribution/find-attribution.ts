import type { LanguageRules } from '../rules'
import type { Context, Tokens } from '../subject'
import { selfNamed } from '../venue'
import { draftOf } from './attribution-draft'
import type { AttributionDraft } from './attribution-draft'
import { cuedByForWhom, cuedBySourceNoun, cuedBySourcePhrase } from './cued-by-source'
import { cuedBySubject } from './cued-by-subject'
import type { SubjectSpeaks } from './cued-by-subject'
import { cuedByVerb } from './cued-by-verb'

/**
 * The attribution a sentence states, or null when it names no source at all. The cues are
 * tried in order and the first to find a speaker wins: a speech verb, "according to", "for
 * X", "a report by", then the subject's place when the options let the subject speak.
 */
export const findAttribution = (
  tokens: Tokens,
  sentence: { start: number; end: number },
  source: string,
  rules: LanguageRules,
  options: SubjectSpeaks,
): AttributionDraft | null => {
  const ctx: Context = { tokens, source, rules }
  const cued =
    cuedByVerb(ctx) ??
    cuedBySourcePhrase(ctx) ??
    cuedByForWhom(ctx) ??
    cuedBySourceNoun(ctx) ??
    cuedBySubject(ctx, options)
  const self = selfNamed(ctx, sentence)
  if (cued === null) return self === undefined ? null : { selfNamed: self, cues: ['we'] }
  return draftOf(ctx, cued, self)
}
