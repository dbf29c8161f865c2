import { documentSubject } from '../document-sources'
import { textOf } from '../noun-phrases'
import { describedSubject, namedThenDescribed, organisationSubject } from '../speaker-shapes'
import { definiteSubject, subjectPronoun, subjectRange, subjectStart } from '../subject'
import type { Context } from '../subject'
import { definiteOrganisation } from './definite-description'
import type { CuedSpeaker, Found } from './found'

/** Whether the sentence's subject may speak when no verb or source phrase names anyone. */
export interface SubjectSpeaks {
  readonly subjectSpeaks: boolean
  /** A document as the subject states the claim ("The report finds ..."): the sentence is one. */
  readonly documentSpeaks?: boolean
}

const atSubject = (found: Found, cue: string, ifNamedBefore = false): CuedSpeaker => ({
  found,
  cue,
  verbAt: -1,
  ifNamedBefore,
})

/**
 * The subject as the speaker, when the sentence's claim makes it one: a document, a subject
 * described in apposition, an organisation, any subject or pronoun, and last an organisation
 * described and not named, in that order.
 */
export const cuedBySubject = (ctx: Context, options: SubjectSpeaks): CuedSpeaker | null => {
  const { tokens, rules, source } = ctx
  if (options.documentSpeaks) {
    const range = documentSubject(tokens, subjectStart(ctx), rules)
    if (range !== null) return atSubject({ range }, 'document')
  }
  if (options.subjectSpeaks) {
    // "By late afternoon the regional governor, Aurelia Vossberg, had raised the toll to 23"
    // (a revision or a denial; "…, finished third with 6,517" is a result, not her claim).
    // ... or named first: "Overnight, Colonel Sam Aubanel, the fire service's director, raised".
    const described = describedSubject(ctx) ?? namedThenDescribed(ctx)
    if (described !== null)
      return atSubject(
        { range: described.range, role: textOf(tokens, described.role, source) },
        'subject',
      )
  }
  {
    // "Tarrow Police have closed the B3317": an organisation named as the subject of what it
    // has done states it, figure or none.
    const range =
      options.documentSpeaks === true || perfectAfterName(ctx) ? organisationSubject(ctx) : null
    if (range !== null && (options.documentSpeaks || hasDone(ctx, range.to)))
      return atSubject({ range }, 'subject')
  }
  if (options.subjectSpeaks) {
    const found = plainSubject(ctx)
    if (found !== null) return atSubject(found, 'subject')
  }
  if (options.documentSpeaks && !options.subjectSpeaks) {
    // "The emergency management office put …": its claim only if the story named it before.
    const range = definiteOrganisation(ctx)
    if (range !== null) return atSubject({ range }, 'subject', true)
  }
  return null
}

/** The sentence's subject or its subject pronoun, whatever it is. */
const plainSubject = (ctx: Context): Found | null => {
  const subject = subjectRange(ctx) ?? definiteSubject(ctx)
  // "Members' preview evenings, which …": an owner before the subject's noun is not it.
  const owner = subject !== null && /['’]$/u.test(ctx.tokens[subject.to - 1]!.text)
  const range = owner ? null : subject
  const pronoun = subjectPronoun(ctx)
  if (range !== null) return { range }
  return pronoun === null ? null : { pronoun }
}

/** A look before the subject is read: "has" or "have" right after a capitalised word. */
const perfectAfterName = ({ tokens, rules }: Context): boolean =>
  tokens.some(
    (token, at) =>
      at > 0 && rules.perfectAuxiliaries.has(token.lower) && tokens[at - 1]!.capital === true,
  )

/** "has closed", "have today lifted", « a ouvert »: a perfect of something done, at `at`. */
const hasDone = (ctx: Context, at: number): boolean => {
  const { tokens, rules } = ctx
  if (!rules.perfectAuxiliaries.has(tokens[at]?.lower ?? '')) return false
  let verb = at + 1
  const adverb = tokens[verb]?.lower ?? ''
  if (rules.sentenceAdverbs.has(adverb) || rules.timeWords.has(adverb)) verb += 1
  const done = tokens[verb]
  return (
    done !== undefined &&
    done.kind === 'word' &&
    !done.capital &&
    !done.inQuote &&
    !rules.notUnits.has(done.lower)
  )
}
