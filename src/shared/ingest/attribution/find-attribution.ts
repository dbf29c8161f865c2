import type { LanguageRules } from '../rules'
import type { Context, Tokens } from '../subject'
import { selfNamed } from '../venue'
import { draftOf } from './attribution-draft'
import type { AttributionDraft } from './attribution-draft'
import type { CuedSpeaker } from './found'
import {
  cuedByForWhom,
  cuedByLabelSource,
  cuedBySourceNoun,
  cuedBySourcePhrase,
} from './cued-by-source'
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
  const byVerb = cuedByVerb(ctx)
  // "It later revised the number to 58 once the hospitals had reported their admissions": who
  // reported, in a clause after the revision, is not who revised.
  const subordinate = byVerb !== null && options.subjectSpeaks && afterSubordinator(ctx, byVerb)
  const cued =
    (subordinate ? cuedBySubject(ctx, options) : null) ??
    byVerb ??
    cuedBySourcePhrase(ctx) ??
    cuedByLabelSource(ctx) ??
    cuedByForWhom(ctx) ??
    cuedBySourceNoun(ctx) ??
    cuedBySubject(ctx, options)
  const self = selfNamed(ctx, sentence)
  if (cued === null) return self === undefined ? null : { selfNamed: self, cues: ['we'] }
  return draftOf(ctx, cued, self)
}

/** Whether the speaker found opens a clause after a word like "once" or "after", mid-sentence. */
const afterSubordinator = (ctx: Context, cued: CuedSpeaker): boolean => {
  const from = cued.found.range?.from
  if (from === undefined || from < 2) return false
  const opener = ctx.tokens[from - 1]!
  return !opener.inQuote && ctx.rules.openingPrepositions.has(opener.lower)
}
