import {
  dataAuthor,
  dataOwner,
  documentSubject,
  documentToVerb,
  namedAuthor,
  sourceAfter,
} from './document-sources'
import {
  allNames,
  describedAfter,
  plainTitledAfter,
  pluralSubject,
  describedBefore,
  describedSubject,
  groupWithPlace,
  indefiniteSubject,
  invertedAhead,
  nameInApposition,
  organisationSubject,
  plainPhraseBefore,
  titledAfter,
} from './speaker-shapes'
import {
  definiteSubject,
  isPunct,
  isSubject,
  subjectPronoun,
  subjectRange,
  subjectStart,
} from './subject'
import type { Context, Tokens } from './subject'
import { isNameWord, phraseAfter, phraseBefore, speakerOf, textOf } from './noun-phrases'
import type { Range, Speaker } from './noun-phrases'
import { has } from './own'
import { selfNamed, venueOf } from './venue'
import type { LanguageRules, ReferentType, SpeechVerb } from './rules'
import { timeAt, timeWithin } from './time-phrases'
import { bare, nounIn, phraseAt } from './tokens'
import { forWhomOpening } from './for-whom'
import { organisationPart } from './organisation-part'
import { nameAfterSource } from './source-apposition'
import { UNNAMED_SPEAKER } from './types'

/**
 * Who a sentence says made its claim, as far as the sentence itself tells: a named speaker, a
 * pronoun for the discourse to resolve, or "the group" (a definite description to resolve).
 */
export interface AttributionDraft {
  readonly speaker?: Speaker
  readonly pronoun?: string
  /** The head noun of "the group said", matched later against earlier names and roles. */
  readonly definite?: string
  /** A speaker naming itself in its quote: "We at the Green Valley Front deny ...". */
  readonly selfNamed?: Speaker
  readonly where?: string
  readonly when?: string
  readonly cues: string[]
  /** Token range of the speaker phrase, so it is not mistaken for a mention of someone else. */
  readonly range?: Range
  /** "Its spokesperson": what the possessive refers to, whose role the speaker holds. */
  readonly holderOf?: ReferentType
  /**
   * "Valtram a revu son estimation …, selon un porte-parole de l'entreprise": the sentence's own
   * subject when it is a name, which "the company" in the speaker's role may stand for.
   */
  readonly subjectName?: string
  /**
   * "The emergency management office put the number … at 7,500": a definite subject that is
   * the speaker only if the story named the organisation before.
   */
  readonly ifNamedBefore?: boolean
  /** "The same report found …": the source of the document the story cited just before. */
  readonly sameSource?: boolean
}

/**
 * "Its spokesperson", "son porte-parole", "A spokeswoman said": a possessive or "a", then a
 * title and nothing else, holds that role for an organisation the discourse finds ("a" for the
 * organisation that just spoke).
 */
const possessiveHolder = (ctx: Context, range: Range | undefined): ReferentType | undefined => {
  if (range === undefined || range.to - range.from !== 2) return undefined
  const { tokens, rules } = ctx
  const opener = tokens[range.from]!.lower
  if (!rules.titles.has(bare(tokens[range.from + 1]!))) return undefined
  if (has(rules.possessives, opener)) return rules.possessives[opener]
  return rules.indefinites.has(opener) ? 'org' : undefined
}

/** Words between a verb of estimate and its "at": "put the cost of the new arena at". */
const VALUED_OBJECT_WORDS = 8

/**
 * "put the overspend at £14.9 million": a determiner opens the object (so "put out the blaze at
 * 4 a.m." is not an estimate), and "at" and a figure that is no clock time follow within a few
 * words of the verb.
 */
const valuedAt = (tokens: Tokens, verb: number, rules: LanguageRules): boolean => {
  if (!rules.determiners.has(tokens[verb + 1]?.lower ?? '')) return false
  const last = Math.min(tokens.length - 2, verb + VALUED_OBJECT_WORDS)
  for (let at = verb + 2; at <= last; at += 1) {
    const token = tokens[at]!
    if (token.inQuote || isPunct(token, '.,;:!?')) return false
    if (token.lower !== 'at') continue
    // "at £14.9 million", "at about 8,000": the figure, or a word of approximation before it.
    const number = tokens[at + 1]!.kind === 'number' ? at + 1 : at + 2
    if (tokens[number]?.kind !== 'number') return /^[£$€¥]/u.test(tokens[at + 1]!.text)
    const after = tokens[number + 1]
    return after === undefined || !(rules.numbers.clockWords.has(after.lower) || after.text === ':')
  }
  return false
}

/** Whether the verb form at `at` is used as a verb here (not "the claims", "reports,"). */
const usedAsVerb = (ctx: Context, at: number, verb: SpeechVerb): boolean => {
  const { tokens, rules } = ctx
  const previous = tokens[at - 1]
  if (previous !== undefined && rules.determiners.has(previous.lower)) return false
  // "Staff have been told not to speak", "Parents were told": the subject heard, not said.
  if (previous !== undefined && !previous.inQuote && rules.passiveAuxiliaries.has(previous.lower))
    return false
  if (verb.valuesAt === true) return valuedAt(tokens, at, rules)
  if (!verb.ambiguous) return true
  if (verb.afterSource && previous !== undefined && !previous.inQuote) {
    const word = bare(previous)
    if (
      rules.documentNouns.has(word) ||
      rules.speakerNouns.has(word) ||
      rules.orgWords.has(word) ||
      // A name just before ("the Agency show"), not a sentence's first word or a month.
      (at > 1 &&
        previous.capital &&
        isNameWord(tokens, at - 1, rules) &&
        !has(rules.months, previous.lower) &&
        !rules.weekdays.has(previous.lower))
    )
      return true
  }
  const next = tokens[at + 1]
  if (next === undefined || isPunct(next, '.!?;:')) return true
  if (next.kind === 'quote' || next.kind === 'number') return true
  return (
    next.lower === 'that' ||
    timeAt(tokens, at + 1, ctx.source, rules) !== null ||
    // "The council's budget papers for 2026-27 show it expects …": the document runs to the verb.
    (verb.afterSource === true &&
      documentToVerb(tokens, ctx.source, subjectStart(ctx), at, rules) !== null)
  )
}

/** Steps left over words that may sit between a speaker and its verb ("has also", "on Sunday"). */
const skipBetween = (ctx: Context, verb: number): number => {
  const { tokens, rules } = ctx
  let at = verb
  while (at > 0) {
    const token = tokens[at - 1]!
    const lower = token.lower
    if (
      rules.betweenSpeakerAndVerb.has(lower) ||
      rules.weekdays.has(lower) ||
      rules.timeWords.has(lower) ||
      rules.timeModifiers.has(lower)
    ) {
      at -= 1
      continue
    }
    const aside = rules.asidesBeforeVerb.find((phrase) => endsAt(tokens, at, phrase))
    if (aside === undefined) break
    at -= aside.length
  }
  return at
}

/** Whether the words of a phrase end right before `at`, outside quotation marks. */
const endsAt = (tokens: Tokens, at: number, phrase: readonly string[]): boolean => {
  const from = at - phrase.length
  if (from < 1) return false
  for (let i = 0; i < phrase.length; i += 1) {
    const token = tokens[from + i]!
    if (token.inQuote || token.lower !== phrase[i]) return false
  }
  return true
}

/** The singular definite articles of the languages with rules ("the", "le", "la", "l'"). */
const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(['the', 'le', 'la', "l'", 'l’'])

/** Plain words a definite description may put before its head: "the county emergency … office". */
const DEFINITE_WORDS = 3

/**
 * "the group", "the county emergency management office": the head noun of a definite
 * description (lowercase words after "the"), which the discourse resolves to a name met before.
 */
const DEFINITE_HEADS = (rules: LanguageRules, tokens: Tokens, range: Range): string | undefined => {
  const length = range.to - range.from
  if (length < 2 || length > DEFINITE_WORDS + 2) return undefined
  // French puts the head first: "la direction régionale", "l'entreprise".
  const [determiner, noun] = [
    tokens[range.from]!,
    tokens[rules.headFirst ? range.from + 1 : range.to - 1]!,
  ]
  if (!DEFINITE_ARTICLES.has(determiner.lower) || noun.capital) return undefined
  for (let at = range.from + 1; at < range.to - 1; at += 1) {
    const word = tokens[at]!
    if (word.kind !== 'word' || word.capital || /['’]/u.test(word.text)) return undefined
  }
  const head = bare(noun)
  return (rules.speakerNouns.has(head) || rules.orgWords.has(head)) &&
    !rules.pluralSpeakerNouns.has(head)
    ? head
    : undefined
}

interface Found {
  readonly range?: Range
  readonly pronoun?: string
  readonly role?: string
  /** Someone the story does not name, as it introduces them ("A nurse who lives upstairs"). */
  readonly unnamed?: string
  /** The range is a group named with its place ("doctors at the city hospital"), taken whole. */
  readonly group?: boolean
}

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

/** Whether "a", "an", "one" stands before `end`: one pass before reading the subject. */
const opensIndefinite = (ctx: Context, end: number): boolean => {
  for (let at = 0; at < end; at += 1) {
    const token = ctx.tokens[at]!
    if (!token.inQuote && ctx.rules.indefinites.has(token.lower)) return true
  }
  return false
}

/**
 * "It also found that …": a neuter pronoun as the subject of a verb said of documents only
 * stands for the document before it, and a document that opens the sentence speaks with it
 * across an aside; nothing else speaks with that verb.
 */
const documentPronoun = (ctx: Context, at: number): Found | null => {
  const { tokens, rules } = ctx
  const before = skipBetween(ctx, at)
  const subject = tokens[before - 1]
  if (subject === undefined || subject.inQuote) return null
  if (before - 1 === subjectStart(ctx))
    return has(rules.pronouns, subject.lower) && rules.pronouns[subject.lower] !== 'person'
      ? { pronoun: subject.lower }
      : null
  // "A 2024 review by the state auditor, which was entered as evidence, found that …": the
  // document from its noun, past a determiner and a year, up to the verb or the aside's comma.
  let start = subjectStart(ctx)
  if (rules.determiners.has(tokens[start]?.lower ?? '') && tokens[start + 1]?.kind === 'number')
    start += 2
  const document = documentSubject(tokens, start, rules)
  if (document === null) return null
  if (document.to === before) return { range: document }
  // Named up to its aside's comma: "A report by the office of the schools commissioner, …".
  return isPunct(subject, ',') ? { range: openingDocument(tokens, start) ?? document } : null
}

/** The speaker of the speech verb at `at`, if the words around it name one. */
const speakerOfVerb = (ctx: Context, at: number, verb: SpeechVerb): Found | null => {
  const { tokens, rules, source } = ctx
  if (at === 0 && verb.participle) return null
  if (verb.afterSource) {
    const document = documentToVerb(tokens, source, subjectStart(ctx), at, rules)
    if (document !== null) return { range: document }
  }
  if (verb.documentsOnly === true) {
    // "Inspectors found that …": "that" makes it a finding reported, whoever found it; "after
    // inspectors found cracks" stays no source.
    const document = documentPronoun(ctx, at)
    if (document !== null || tokens[at + 1]?.lower !== 'that') return document
  }
  const before = skipBetween(ctx, at)
  const previous = tokens[before - 1]
  if (verb.participle && isPunct(previous, ',')) {
    const subject = subjectRange(ctx)
    return subject === null ? null : { range: subject }
  }
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
  const phrase = phraseBefore(tokens, before, rules)
  // "Un commerçant du centre-ville de Kerhallec raconte": the name just before the verb only
  // places the subject, someone unnamed.
  if (phrase !== null && phrase.from > subjectStart(ctx)) {
    const unnamed = indefiniteSubject(ctx, before)
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
  if (phrase !== null) return { range: phrase }
  // "In their opening statement, prosecutors told the jury": a plural noun as the whole subject.
  const plural = pluralSubject(ctx, before)
  if (plural !== null) return { range: plural, group: true }
  // "L'exploitant a fait savoir", "The utility said": a definite subject, whatever its noun.
  const definite = definiteSubject(ctx)
  if (definite !== null && definite.to === before) return { range: definite }
  // "Maintenance records released by the port under ... show that": the document speaks.
  const subject = verb.afterSource ? subjectRange(ctx) : null
  if (subject !== null && subject.to <= before) {
    const head = bare(tokens[subject.to - 1]!)
    // "Figures obtained by the Friends of the Cottage Hospital under … show": with its author.
    const withAuthor = sourceAfter(tokens, subject.from, rules)
    if (rules.documentNouns.has(head))
      return { range: withAuthor !== null && withAuthor.to <= before ? withAuthor : subject }
  }
  if (isPunct(previous, ',') && (verb.audience || !invertedAhead(ctx, at))) {
    // "A woman from Rennet Road, who asked us not to use her name, said", "A nurse who asked
    // not to be named, because …, said": someone unnamed, whatever place the aside ends on.
    const unnamed = opensIndefinite(ctx, before) ? indefiniteSubject(ctx, before) : undefined
    if (unnamed !== undefined) return { unnamed }
    // "Anton Reyes, the governor of Vell, said" / "Vell's governor, Anton Reyes, said" /
    // "The government of Sorvania, which shares the river, said".
    let open = before - 2
    while (
      open >= 0 &&
      open > before - 30 &&
      !isPunct(tokens[open], ',') &&
      tokens[open]!.kind !== 'quote'
    )
      open -= 1
    if (open >= 0 && isPunct(tokens[open], ',')) {
      const inner: Range = { from: open + 1, to: before - 1 }
      const outer = phraseBefore(tokens, open, rules)
      const innerPhrase = phraseAfter(tokens, inner.from, rules)
      const innerIsName = innerPhrase !== null && innerPhrase.to === inner.to
      const firstInner = tokens[inner.from]
      if (outer !== null && isPunct(tokens[outer.from - 1], ',')) {
        // "Klaara Vinter, a spokeswoman for Clearspring Waters, the company ..., denied": the
        // name before the first apposition speaks, described by it.
        const named = phraseBefore(tokens, outer.from - 1, rules)
        if (named !== null && allNames(ctx, named)) {
          const role = textOf(tokens, outer, source).replace(/^(?:a|an|the)\s+/i, '')
          return { range: named, role: role.slice(0, 200) }
        }
      }
      if (outer === null && innerIsName && innerPhrase.to > innerPhrase.from) {
        const described = describedBefore(ctx, open)
        if (described !== null)
          return { range: innerPhrase, role: textOf(tokens, described, source) }
      }
      if (outer !== null) {
        // The outer phrase describes and the inner one names: "The reservoir operator, Orsa
        // Hydro, denied", "Vell's governor, Anton Reyes, said".
        const outerWords = tokens.slice(outer.from, outer.to)
        const describes =
          outerWords.some((token) => rules.titles.has(token.lower.replace(/['’]s$/, ''))) ||
          outerWords.every((token) => !token.capital || rules.determiners.has(token.lower))
        if (innerIsName && describes && innerPhrase.to > innerPhrase.from) {
          const role = textOf(tokens, outer, source).replace(/^(?:a|an|the)\s+/i, '')
          return { range: innerPhrase, role }
        }
        const appositive = firstInner !== undefined && ['a', 'an', 'the'].includes(firstInner.lower)
        if (rules.relativePronouns.has(firstInner?.lower ?? '') || !appositive)
          return { range: outer }
        const role = textOf(tokens, inner, source).replace(/^(?:a|an|the)\s+/i, '')
        return { range: outer, role: role.slice(0, 200) }
      }
    }
  }
  if (isPunct(previous, ',') || previous?.kind === 'quote' || before === 0) {
    // Inverted: "...," said Aino Lehto; "...," said port director Helena Voss.
    const from = timeAt(tokens, at + 1, source, rules)?.next ?? at + 1
    // A description, a comma and the name it describes come first: "said the spokeswoman for
    // the coastguard, Odette Valmary", "a fait savoir son trésorier, Anselme Quérou, dans …".
    const described = describedAfter(ctx, from)
    const after =
      described === null ? (phraseAfter(tokens, from, rules) ?? titledAfter(ctx, from)) : null
    // "a déclaré sur place le commandant Odilon Vey": a title the tables need not know.
    const titled = described === null && after === null ? plainTitledAfter(ctx, from) : null
    const shaped = described ?? titled
    if (shaped !== null) return { range: shaped.range, role: textOf(tokens, shaped.role, source) }
    // ", indique un communiqué de la préfecture.": a document or a plain noun and its author.
    const document = after === null ? sourceAfter(tokens, from, rules) : null
    if (document !== null && (document.to >= tokens.length || isPunct(tokens[document.to], '.;!?')))
      return { range: dataAuthor(tokens, document, rules) ?? document }
    if (after !== null) {
      const next = tokens[after.to]
      const closes =
        next === undefined ||
        isPunct(next, '.,;:!?') ||
        timeAt(tokens, after.to, source, rules) !== null ||
        rules.timePrepositions.has(next.lower) ||
        ['in', 'on', 'at'].includes(next.lower)
      if (!closes) return null
      // "..., said Tomas Varga, head of the aid group Dry Feet."
      if (isPunct(next, ',')) {
        let end = after.to + 1
        while (
          end < tokens.length &&
          !isPunct(tokens[end], ',;:.!?') &&
          tokens[end]!.kind !== 'quote'
        )
          end += 1
        // "..., a expliqué le directeur régional de l'entreprise, Marc Le Goff.": a description
        // after the verb, then the name it describes.
        const named = nameInApposition(ctx, after.to + 1)
        if (rules.determiners.has(tokens[after.from]!.lower) && named !== null) {
          const role = textOf(tokens, { from: after.from + 1, to: after.to }, source)
          return { range: named, role: role.slice(0, 200) }
        }
        const opener = tokens[after.to + 1]
        const describes =
          opener !== undefined &&
          (['a', 'an', 'the'].includes(opener.lower) || rules.titles.has(opener.lower))
        if (describes && end > after.to + 1) {
          const role = textOf(tokens, { from: after.to + 1, to: end }, source)
          return { range: after, role: role.replace(/^(?:a|an|the)\s+/i, '').slice(0, 200) }
        }
      }
      return { range: after }
    }
  }
  const unnamed = indefiniteSubject(ctx, before)
  return unnamed === undefined ? null : { unnamed }
}

/** "Its own annual waste return" names "annual waste return": "its own" is no part of it. */
const withoutOwnDeterminer = (ctx: Context, range: Range): Range => {
  const { tokens, rules } = ctx
  const first = tokens[range.from]
  const own = tokens[range.from + 1]
  return first !== undefined &&
    own !== undefined &&
    rules.determiners.has(first.lower) &&
    rules.ownWords.has(own.lower) &&
    range.to > range.from + 2
    ? { from: range.from + 2, to: range.to }
    : range
}

/** Tokens an opening document and its author may take before the comma of their aside. */
const OPENING_DOCUMENT = 14

/** "A report by the office of the regional schools commissioner," up to its comma. */
const openingDocument = (tokens: Tokens, from: number): Range | null => {
  for (let at = from + 1; at < Math.min(tokens.length, from + OPENING_DOCUMENT); at += 1) {
    const token = tokens[at]!
    if (token.text === ',') return { from, to: at }
    if (token.kind !== 'word' || token.inQuote) return null
  }
  return null
}

const withoutPossessive = (speaker: Speaker): Speaker => ({
  ...speaker,
  who: speaker.who.replace(/['’]s$/, ''),
})

/** The attribution a sentence states, or null when it names no source at all. */
export const findAttribution = (
  tokens: Tokens,
  sentence: { start: number; end: number },
  source: string,
  rules: LanguageRules,
  options: {
    readonly subjectSpeaks: boolean
    /** A document as the subject states the claim ("The report finds ..."): the sentence is one. */
    readonly documentSpeaks?: boolean
  },
): AttributionDraft | null => {
  const ctx: Context = { tokens, source, rules }
  const cues: string[] = []
  let found: Found | null = null
  let verbAt = -1
  let verb: SpeechVerb | undefined
  for (let i = 0; i < tokens.length && found === null; i += 1) {
    const token = tokens[i]!
    if (token.inQuote || token.kind !== 'word' || !has(rules.speechVerbs, token.lower)) continue
    const candidate = rules.speechVerbs[token.lower]!
    if (!usedAsVerb(ctx, i, candidate)) continue
    found = speakerOfVerb(ctx, i, candidate)
    if (found !== null) {
      verbAt = i
      verb = candidate
      cues.push(token.lower)
    }
  }
  // "La direction du fabricant de radiateurs Calvérine a confirmé": Calvérine, its direction the
  // role, so a later "la direction" finds it.
  if (found?.range !== undefined && found.role === undefined) {
    const split = organisationPart(tokens, found.range, rules)
    if (split !== null) found = { range: split.name, role: textOf(tokens, split.part, source) }
  }
  for (let i = 0; i < tokens.length && found === null; i += 1) {
    if (tokens[i]!.inQuote) continue
    const phrase = phraseAt(tokens, i, rules.sourcePhrases)
    if (phrase === null) continue
    // "According to her, …", "Selon lui, …": whoever the pronoun refers to.
    const object = tokens[i + phrase.length]
    const pronoun =
      object === undefined || object.inQuote || !has(rules.objectPronouns, object.lower)
        ? undefined
        : rules.objectPronouns[object.lower]
    if (pronoun !== undefined && isPunct(tokens[i + phrase.length + 1], ',')) {
      found = { pronoun }
      verbAt = i + phrase.length - 1
      cues.push(phrase.join(' '))
      break
    }
    const named = phraseAfter(tokens, i + phrase.length, rules)
    const document = sourceAfter(tokens, i + phrase.length, rules)
    const longer = document !== null && (named === null || document.to > named.to)
    const range = longer ? (dataAuthor(tokens, document, rules) ?? document) : named
    if (range !== null) {
      found = nameAfterSource(tokens, i + phrase.length, range, source, rules) ?? { range }
      verbAt = i + phrase.length - 1
      cues.push(phrase.join(' '))
    }
  }
  if (found === null) {
    // "Pour Lucie Marchais, …, il faut …": a person's view, as "selon" gives it.
    const range = forWhomOpening(tokens, rules)
    if (range !== null) {
      found = { range }
      verbAt = 0
      cues.push(tokens[0]!.lower)
    }
  }
  for (let i = 0; i < tokens.length && found === null; i += 1) {
    const token = tokens[i]!
    if (token.inQuote || !rules.sourceNouns.has(token.lower)) continue
    if (!rules.sourcePrepositions.has(tokens[i + 1]?.lower ?? '')) continue
    // "A report by the office of the schools commissioner, published in January, found …":
    // a document that opens the sentence is its source, with its author.
    const opening =
      nounIn(rules.documentNouns, token) && subjectStart(ctx) === i - 1
        ? openingDocument(tokens, i - 1)
        : null
    const range = opening ?? phraseAfter(tokens, i + 2, rules)
    if (range !== null && range.to > range.from) {
      found = { range }
      verbAt = i
      cues.push(`${token.lower} ${tokens[i + 1]!.lower}`)
    }
  }
  if (found === null && options.documentSpeaks) {
    const range = documentSubject(tokens, subjectStart(ctx), rules)
    if (range !== null) {
      found = { range }
      cues.push('document')
    }
  }
  if (found === null && options.subjectSpeaks) {
    // "By late afternoon the regional governor, Aurelia Vossberg, had raised the toll to 23"
    // (a revision or a denial; "…, finished third with 6,517" is a result, not her claim).
    const described = describedSubject(ctx)
    if (described !== null) {
      found = { range: described.range, role: textOf(tokens, described.role, source) }
      cues.push('subject')
    }
  }
  if (found === null && options.documentSpeaks) {
    const range = organisationSubject(ctx)
    if (range !== null) {
      found = { range }
      cues.push('subject')
    }
  }
  if (found === null && options.subjectSpeaks) {
    const subject = subjectRange(ctx) ?? definiteSubject(ctx)
    // "Members' preview evenings, which …": an owner before the subject's noun is not it.
    const owner = subject !== null && /['’]$/u.test(tokens[subject.to - 1]!.text)
    const range = owner ? null : subject
    const pronoun = subjectPronoun(ctx)
    if (range !== null) {
      found = { range }
      cues.push('subject')
    } else if (pronoun !== null) {
      found = { pronoun }
      cues.push('subject')
    }
  }
  // "The harbour office put the number of boats lost at 75": an estimate by an organisation
  // described, not named, is its claim only if the story named it before; a group of people
  // ("the assessors put the shortfall at …") needs no name.
  let ifNamedBefore =
    verb?.valuesAt === true &&
    found?.range !== undefined &&
    DEFINITE_ARTICLES.has(tokens[found.range.from]!.lower) &&
    !tokens[found.range.to - 1]!.lower.endsWith('s') &&
    !rules.pluralSpeakerNouns.has(tokens[found.range.to - 1]!.lower)
  if (found === null && options.documentSpeaks && !options.subjectSpeaks) {
    const range = definiteOrganisation(ctx)
    if (range !== null) {
      found = { range }
      cues.push('subject')
      ifNamedBefore = true
    }
  }
  const self = selfNamed(ctx, sentence)
  if (found === null) return self === undefined ? null : { selfNamed: self, cues: ['we'] }

  // "The bureau's data show": the bureau speaks; so does X in "Figures from X show".
  const owner =
    found.range === undefined
      ? null
      : (dataOwner(tokens, found.range, rules) ?? dataAuthor(tokens, found.range, rules, false))
  const author =
    owner === null && found.range !== undefined ? namedAuthor(tokens, found.range, rules) : null
  if (owner !== null)
    found = { range: owner, ...(found.role === undefined ? {} : { role: found.role }) }
  else if (author !== null) found = { range: author }
  else if (found.range !== undefined) {
    // "Its own annual waste return puts the rate at 51%": the document is "annual waste return".
    found = { ...found, range: withoutOwnDeterminer(ctx, found.range) }
  }
  const speaker =
    found.unnamed !== undefined
      ? { who: UNNAMED_SPEAKER, role: found.unnamed, type: 'person' as const, plural: false }
      : found.range === undefined
        ? undefined
        : found.group
          ? { who: textOf(tokens, found.range, source), type: 'group' as const, plural: true }
          : ((base: Speaker): Speaker =>
              // An honorific ("Dr") gives way to the role an apposition states.
              found.role === undefined ||
              (base.role !== undefined &&
                !rules.honorifics.has(base.role.toLowerCase().replace(/\.$/u, '')))
                ? base
                : { ...base, role: found.role })(
              withoutPossessive(speakerOf(tokens, found.range, source, rules)),
            )
  const definite =
    found.range === undefined ? undefined : DEFINITE_HEADS(rules, tokens, found.range)
  const when =
    verbAt < 0
      ? undefined
      : (timeAt(tokens, verbAt + 1, source, rules) ??
        timeWithin(tokens, skipBetween(ctx, verbAt), verbAt, source, rules) ??
        (found.range !== undefined && found.range.from > 0 && isSubject(ctx, found.range)
          ? timeWithin(tokens, 0, found.range.from, source, rules)
          : null) ??
        // "said port director Helena Voss on Wednesday".
        (found.range !== undefined && found.range.from > verbAt
          ? timeAt(tokens, found.range.to, source, rules)
          : null))
  const where = venueOf(ctx, verbAt, verb)
  // One literal, parts that are absent left undefined: a draft is read field by field, never
  // listed or copied, and spreading each optional part cost ten times as much.
  return {
    speaker,
    pronoun: found.pronoun,
    definite,
    selfNamed: self,
    where,
    when: when?.text,
    range: found.range,
    cues,
    holderOf: possessiveHolder(ctx, found.range),
    ifNamedBefore,
    subjectName: speaker === undefined ? undefined : ownSubjectName(ctx, speaker, found.range),
  }
}

/** A role naming "the company", "l'entreprise": "spokesman for the …", "porte-parole de l'…". */
const DEFINITE_ROLE = /\s(?:for|of|de)\s(?:the\s|la\s|le\s|l['’])\p{Ll}/u

/** The sentence's subject, when it is a name and not the speaker's own phrase. */
const ownSubjectName = (
  ctx: Context,
  speaker: Speaker,
  range: Range | undefined,
): string | undefined => {
  if (range === undefined || speaker.type !== 'person' || !speaker.who.includes(' '))
    return undefined
  if (!DEFINITE_ROLE.test(speaker.who)) return undefined
  const subject = subjectRange(ctx)
  if (subject === null || subject.to > range.from) return undefined
  for (let at = subject.from; at < subject.to; at += 1)
    if (!isNameWord(ctx.tokens, at, ctx.rules)) return undefined
  return textOf(ctx.tokens, subject, ctx.source)
}

/**
 * "The emergency management office put …": "the", plain words and an organisation's noun as
 * the subject, before a lowercase word (its verb).
 */
const definiteOrganisation = (ctx: Context): Range | null => {
  const { tokens, rules } = ctx
  const start = subjectStart(ctx)
  const range = start < 0 ? null : phraseAfter(tokens, start, rules)
  if (range === null || DEFINITE_HEADS(rules, tokens, range) === undefined) return null
  const verb = tokens[range.to]
  const head = tokens[range.to - 1]!
  return verb !== undefined &&
    verb.kind === 'word' &&
    !verb.capital &&
    !verb.inQuote &&
    nounIn(rules.orgWords, head)
    ? range
    : null
}
