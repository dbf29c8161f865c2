import { documentToVerb } from '../document-sources'
import type { SpeechVerb } from '../rules'
import { indefiniteSubject, invertedAhead } from '../speaker-shapes'
import { isPunct, subjectRange, subjectStart } from '../subject'
import type { Context } from '../subject'
import { skipBetween } from './between-speaker-and-verb'
import { closingDocument, documentPronoun } from './document-speaker'
import type { Found } from './found'
import { speakerAfterVerb } from './speaker-after-verb'
import { phraseBeforeVerb, pointedToBeforeVerb } from './speaker-before-verb'
import { speakerBeforeAside } from './speaker-in-apposition'

/**
 * The speaker of the speech verb at `at`, if the words around it name one. The readings run
 * in a fixed order, the first to name someone wins: a document, the words right before the
 * verb, an apposition before its comma, the words after the verb, someone unnamed.
 */
export const speakerOfVerb = (ctx: Context, at: number, verb: SpeechVerb): Found | null => {
  const { tokens, rules, source } = ctx
  if (at === 0 && verb.participle) return null
  if (verb.afterSource) {
    const document = documentToVerb(tokens, source, subjectStart(ctx), at, rules)
    if (document !== null) return { range: document }
  }
  if (verb.documentsOnly === true) {
    // "Inspectors found that …": "that" makes it a finding reported, whoever found it; "after
    // inspectors found cracks" stays no source.
    const document = documentPronoun(ctx, at) ?? closingDocument(ctx, at)
    if (document !== null || tokens[at + 1]?.lower !== 'that') return document
  }
  const before = skipBetween(ctx, at)
  const previous = tokens[before - 1]
  if (verb.participle && isPunct(previous, ',')) {
    const subject = subjectRange(ctx)
    return subject === null ? null : { range: subject }
  }
  const speaker = pointedToBeforeVerb(ctx, before) ?? phraseBeforeVerb(ctx, before, verb, at)
  if (speaker !== null) return speaker
  if (isPunct(previous, ',') && (verb.audience || !invertedAhead(ctx, at))) {
    const apposed = speakerBeforeAside(ctx, before)
    if (apposed !== null) return apposed
  }
  if (isPunct(previous, ',') || previous?.kind === 'quote' || before === 0) {
    const inverted = speakerAfterVerb(ctx, at)
    if (inverted !== undefined) return inverted
  }
  const unnamed = indefiniteSubject(ctx, before)
  return unnamed === undefined ? null : { unnamed }
}
