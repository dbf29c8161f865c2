import { dataAuthor, dataOwner, sourceAfter } from './document-sources'
import {
  allNames,
  describedBefore,
  groupWithPlace,
  indefiniteSubject,
  invertedAhead,
  titledAfter,
} from './speaker-shapes'
import { isPunct, isSubject, subjectPronoun, subjectRange } from './subject'
import type { Context, Tokens } from './subject'
import { isNameWord, phraseAfter, phraseBefore, speakerOf, textOf } from './noun-phrases'
import type { Range, Speaker } from './noun-phrases'
import { has } from './own'
import type { LanguageRules, ReferentType, SpeechVerb } from './rules'
import { timeAt, timeWithin } from './time-phrases'
import { bare, phraseAt } from './tokens'
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
}

/** Whether the verb form at `at` is used as a verb here (not "the claims", "reports,"). */
const usedAsVerb = (ctx: Context, at: number, verb: SpeechVerb): boolean => {
  const { tokens, rules } = ctx
  const previous = tokens[at - 1]
  if (previous !== undefined && rules.determiners.has(previous.lower)) return false
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
  return next.lower === 'that' || timeAt(tokens, at + 1, ctx.source, rules) !== null
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
    break
  }
  return at
}

const SELF_PAREN = /^\s*\(([^)]{1,60})\)/

/** "We at the Green Valley Front (an armed group) deny ...". */
const selfNamed = (ctx: Context, sentence: { start: number; end: number }): Speaker | undefined => {
  const text = ctx.source.slice(sentence.start, sentence.end)
  const match = ctx.rules.selfReference.exec(text)
  if (match === null) return undefined
  const name = match[1]!.replace(/\s+(?:of|for|and|the)$/i, '').trim()
  if (name === '') return undefined
  const after = text.slice(match.index + match[0].length - (match[1]!.length - name.length))
  const role = SELF_PAREN.exec(after)?.[1]?.trim()
  const words = name.toLowerCase().split(/\s+/)
  const org = words.some((word) => ctx.rules.orgWords.has(word))
  return { who: name, ...(role ? { role } : {}), type: org ? 'org' : 'group', plural: !org }
}

/** Where the claim was made: "told reporters", "in a statement", "on Telegram", "tweeted". */
const venueOf = (
  ctx: Context,
  verbAt: number,
  verb: SpeechVerb | undefined,
): string | undefined => {
  const { tokens, rules, source } = ctx
  if (verb?.audience) {
    // "told the regional broadcaster RTM", "told reporters in Vell".
    const named = phraseAfter(tokens, verbAt + 1, rules)
    const first = tokens[verbAt + 1]
    let end =
      named?.to ??
      (first?.kind === 'word' && !first.inQuote && first.lower !== 'that' ? verbAt + 2 : verbAt + 1)
    if (end > verbAt + 1 && tokens[end]?.lower === 'in' && tokens[end + 1]?.capital) {
      end = phraseAfter(tokens, end + 1, rules)?.to ?? end + 2
    }
    if (end > verbAt + 1) return textOf(tokens, { from: verbAt + 1, to: end }, source)
  }
  let platform: string | undefined
  let general: string | undefined
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!
    if (token.inQuote || !rules.venueNouns.has(token.lower)) continue
    let from = i
    while (from > 0 && from > i - 3 && tokens[from - 1]!.kind === 'word') {
      const lower = tokens[from - 1]!.lower
      if (['in', 'on', 'at', 'via', 'during'].includes(lower)) break
      if (rules.determiners.has(lower)) break
      from -= 1
    }
    const preposition = tokens[from - 1]?.lower ?? tokens[from - 2]?.lower
    const introduced =
      ['in', 'on', 'at', 'via', 'during'].includes(preposition ?? '') ||
      ['in', 'on', 'at', 'via', 'during'].includes(tokens[from - 2]?.lower ?? '')
    if (!introduced) continue
    const text = textOf(tokens, { from, to: i + 1 }, source)
    if (token.capital && platform === undefined) platform = text
    else general ??= text
  }
  return platform ?? general ?? verb?.venue
}

const DEFINITE_HEADS = (rules: LanguageRules, tokens: Tokens, range: Range): string | undefined => {
  if (range.to - range.from !== 2) return undefined
  const [determiner, noun] = [tokens[range.from]!, tokens[range.to - 1]!]
  if (determiner.lower !== 'the' || noun.capital) return undefined
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

/** The speaker of the speech verb at `at`, if the words around it name one. */
const speakerOfVerb = (ctx: Context, at: number, verb: SpeechVerb): Found | null => {
  const { tokens, rules, source } = ctx
  if (at === 0 && verb.participle) return null
  const before = skipBetween(ctx, at)
  const previous = tokens[before - 1]
  if (verb.participle && isPunct(previous, ',')) {
    const subject = subjectRange(ctx)
    return subject === null ? null : { range: subject }
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
  const group = groupWithPlace(ctx, before)
  if (group !== null) return { range: group, group: true }
  const phrase = phraseBefore(tokens, before, rules)
  if (phrase !== null) return { range: phrase }
  // "Maintenance records released by the port under ... show that": the document speaks.
  const subject = verb.afterSource ? subjectRange(ctx) : null
  if (subject !== null && subject.to <= before) {
    const head = bare(tokens[subject.to - 1]!)
    if (rules.documentNouns.has(head)) return { range: subject }
  }
  if (isPunct(previous, ',') && (verb.audience || !invertedAhead(ctx, at))) {
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
    const after = phraseAfter(tokens, from, rules) ?? titledAfter(ctx, from)
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
  options: { readonly subjectSpeaks: boolean },
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
  for (let i = 0; i < tokens.length && found === null; i += 1) {
    if (tokens[i]!.inQuote) continue
    const phrase = phraseAt(tokens, i, rules.sourcePhrases)
    if (phrase === null) continue
    const named = phraseAfter(tokens, i + phrase.length, rules)
    const document = sourceAfter(tokens, i + phrase.length, rules)
    const longer = document !== null && (named === null || document.to > named.to)
    const range = longer ? (dataAuthor(tokens, document, rules) ?? document) : named
    if (range !== null) {
      found = { range }
      verbAt = i + phrase.length - 1
      cues.push(phrase.join(' '))
    }
  }
  for (let i = 0; i < tokens.length && found === null; i += 1) {
    const token = tokens[i]!
    if (token.inQuote || !rules.sourceNouns.has(token.lower)) continue
    if (!rules.sourcePrepositions.has(tokens[i + 1]?.lower ?? '')) continue
    const range = phraseAfter(tokens, i + 2, rules)
    if (range !== null && range.to > range.from) {
      found = { range }
      verbAt = i
      cues.push(`${token.lower} ${tokens[i + 1]!.lower}`)
    }
  }
  if (found === null && options.subjectSpeaks) {
    const range = subjectRange(ctx)
    const pronoun = subjectPronoun(ctx)
    if (range !== null) {
      found = { range }
      cues.push('subject')
    } else if (pronoun !== null) {
      found = { pronoun }
      cues.push('subject')
    }
  }
  const self = selfNamed(ctx, sentence)
  if (found === null) return self === undefined ? null : { selfNamed: self, cues: ['we'] }

  // "The bureau's data show": the bureau speaks.
  const owner = found.range === undefined ? null : dataOwner(tokens, found.range, rules)
  if (owner !== null) found = { ...found, range: owner }
  const speaker =
    found.unnamed !== undefined
      ? { who: UNNAMED_SPEAKER, role: found.unnamed, type: 'person' as const, plural: false }
      : found.range === undefined
        ? undefined
        : found.group
          ? { who: textOf(tokens, found.range, source), type: 'group' as const, plural: true }
          : ((base: Speaker): Speaker =>
              found.role === undefined || base.role !== undefined
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
  return {
    ...(speaker === undefined ? {} : { speaker }),
    ...(found.pronoun === undefined ? {} : { pronoun: found.pronoun }),
    ...(definite === undefined ? {} : { definite }),
    ...(self === undefined ? {} : { selfNamed: self }),
    ...(where === undefined ? {} : { where }),
    ...(when === null || when === undefined ? {} : { when: when.text }),
    ...(found.range === undefined ? {} : { range: found.range }),
    cues,
  }
}
