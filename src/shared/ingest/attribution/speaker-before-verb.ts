import { sourceAfter } from '../document-sources'
import { phraseBefore, speakerOf } from '../noun-phrases'
import type { Range, Speaker } from '../noun-phrases'
import { has } from '../own'
import type { ReferentType, SpeechVerb } from '../rules'
import {
  groupWithPlace,
  indefiniteAfterComma,
  indefiniteSubject,
  organisationAtPlace,
  plainPhraseBefore,
  pluralSubject,
  publisherOfData,
} from '../speaker-shapes'
import {
  definiteAfterComma,
  definiteSubject,
  isPunct,
  subjectRange,
  subjectStart,
} from '../subject'
import type { Context } from '../subject'
import { bare } from '../tokens'
import type { Found } from './found'

const AGREES: Readonly<Record<ReferentType, (speaker: Speaker) => boolean>> = {
  // "Leaks in the pipes lose a third of the water, he said": a bare name is not enough.
  person: (speaker) => !speaker.plural && speaker.type === 'person',
  org: (speaker) => !speaker.plural && speaker.type === 'org',
  group: (speaker) => speaker.plural,
  singular: (speaker) => !speaker.plural,
}

/**
 * "La direction a corrigé son chiffre : ..., a-t-elle indiqué": a pronoun after the claim that
 * agrees with the sentence's own subject is that subject, not the last one to speak.
 */
const ownSubject = (ctx: Context, referent: ReferentType): Range | null => {
  const subject = subjectRange(ctx)
  if (subject === null || ctx.tokens[subject.from]!.inQuote) return null
  const speaker = speakerOf(ctx.tokens, subject, ctx.source, ctx.rules)
  return AGREES[referent](speaker) ? subject : null
}

/**
 * A speaker a word just before the verb points to: a relative pronoun's antecedent, the
 * subject before "and", or the pronoun itself. `before` is where the speaker would end.
 */
export const pointedToBeforeVerb = (ctx: Context, before: number): Found | null => {
  const { tokens, rules } = ctx
  const previous = tokens[before - 1]
  // "..., the regional hospital, which said": the relative pronoun's antecedent speaks.
  if (
    previous !== undefined &&
    !previous.inQuote &&
    rules.relativePronouns.has(previous.lower) &&
    isPunct(tokens[before - 2], ',')
  ) {
    const antecedent = phraseBefore(tokens, before - 2, rules) ?? plainPhraseBefore(ctx, before - 2)
    if (antecedent !== null) return { range: antecedent }
  }
  if (previous?.lower === 'and' && !previous.inQuote) {
    const subject = subjectRange(ctx)
    if (subject !== null) return { range: subject }
  }
  if (previous !== undefined && has(rules.pronouns, previous.lower) && !previous.inQuote) {
    const own = isPunct(tokens[before - 2], ',')
      ? ownSubject(ctx, rules.pronouns[previous.lower]!)
      : null
    return own === null ? { pronoun: previous.lower } : { range: own }
  }
  return null
}

/** "Our interim report in January put …": a month or a weekday alone names no one. */
const withoutDate = (ctx: Context, phrase: Range | null): Range | null => {
  if (phrase === null || phrase.to - phrase.from !== 1) return phrase
  const word = ctx.tokens[phrase.from]!.lower
  return has(ctx.rules.months, word) || ctx.rules.weekdays.has(word) ? null : phrase
}

/**
 * The speaker whose words run up to the verb: a phrase, the whole subject, a group with its
 * place, a plural or definite subject, or a document. `before` is where the speaker would end.
 */
export const phraseBeforeVerb = (
  ctx: Context,
  before: number,
  verb: SpeechVerb,
  /** Where the verb is: words may stand between it and the speaker ("the council also said"). */
  verbAt: number,
): Found | null => {
  const { tokens, rules } = ctx
  const publisher = publisherOfData(ctx, before, verbAt)
  if (publisher !== null) return publisher
  const phrase = withoutDate(ctx, phraseBefore(tokens, before, rules))
  // "Un commerçant du centre-ville de Kerhallec raconte": the name just before the verb only
  // places the subject, someone unnamed.
  if (phrase !== null && phrase.from > subjectStart(ctx)) {
    const unnamed = indefiniteSubject(ctx, before) ?? indefiniteAfterComma(ctx, before, verbAt)
    if (unnamed !== undefined) return { unnamed }
  }
  // "La Compagnie des eaux de Morlanne a indiqué": the sentence's whole subject reaches the
  // verb, and holds more than the phrase read back from it.
  const whole = subjectRange(ctx)
  if (
    whole !== null &&
    whole.to === before &&
    !tokens[whole.from]!.inQuote &&
    (phrase === null || whole.from < phrase.from)
  )
    return { range: whole }
  const group = groupWithPlace(ctx, before)
  if (group !== null) return { range: group, group: true }
  if (phrase !== null) return { range: organisationAtPlace(ctx, phrase) ?? phrase }
  // "In their opening statement, prosecutors told the jury": a plural noun as the whole subject.
  const plural = pluralSubject(ctx, before)
  if (plural !== null) return { range: plural, group: true }
  // "L'exploitant a fait savoir", "The utility said": a definite subject, whatever its noun.
  const definite = definiteSubject(ctx)
  if (definite !== null && definite.to === before) return { range: definite }
  const trailing = definiteAfterComma(ctx, before, verbAt)
  if (trailing !== null) return { range: trailing }
  const unnamed = indefiniteAfterComma(ctx, before, verbAt)
  if (unnamed !== undefined) return { unnamed }
  // "Maintenance records released by the port under ... show that": the document speaks.
  const subject = verb.afterSource ? subjectRange(ctx) : null
  if (subject !== null && subject.to <= before) {
    const head = bare(tokens[subject.to - 1]!)
    // "Figures obtained by the Friends of the Cottage Hospital under … show": with its author.
    const withAuthor = sourceAfter(tokens, subject.from, rules)
    if (rules.documentNouns.has(head))
      return { range: withAuthor !== null && withAuthor.to <= before ? withAuthor : subject }
  }
  return null
}
