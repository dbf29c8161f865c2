import { isNameWord, phraseAfter, phraseBefore, speakerOf, textOf } from './noun-phrases'
import type { Range, Speaker } from './noun-phrases'
import { forWhomName } from './for-whom'
import { nameWithAge } from './named-with-age'
import { bareStamp, subjectStart, isPunct } from './subject'
import type { Context, Tokens } from './subject'
import type { LanguageRules } from './rules'
import { timeAt } from './time-phrases'
import { titledSubject } from './titled-subject'
import { bare, isPossessive, nounIn } from './tokens'
import type { Token } from './tokens'
import { has } from './own'
import { UNNAMED_SPEAKER } from './types'

/**
 * Shapes of speaker phrases beyond "X said": someone unnamed ("a nurse who ..."), a description
 * before a name, a titled name after the verb, a group with its place, a speaker after the verb
 * that ends the clause, and the people a sentence introduces for later pronouns.
 */
const MAX_UNNAMED = 200

/**
 * "Un commerçant du centre-ville de Kerhallec", "a shopkeeper from the old town": a common noun
 * the tables need not know, placed by a preposition, so the name after it is where the
 * speaker is from, not who they are. Titles, organisations and documents are not people here
 * ("a spokesman for the board" is the board's).
 */
const placedCommonNoun = (ctx: Context, head: number, verb: number): boolean => {
  const { tokens, rules } = ctx
  const noun = tokens[head]
  if (noun === undefined || noun.kind !== 'word' || noun.capital || noun.inQuote) return false
  const word = bare(noun)
  if (
    rules.titles.has(word) ||
    rules.orgWords.has(word) ||
    rules.documentNouns.has(word) ||
    rules.speakerNouns.has(word) ||
    rules.notUnits.has(word) ||
    rules.modifiers.has(word)
  )
    return false
  const next = tokens[head + 1]
  return (
    head + 2 < verb &&
    next !== undefined &&
    (rules.placePrepositions.has(next.lower) || rules.partitives.has(next.lower))
  )
}

/** Tokens after "a", "an", "another" within which "who" shows the phrase is a person. */
const PERSON_CLAUSE_REACH = 8

/**
 * "A paramedic who asked not to be named", "Another crew member, a technician based at Orr who
 * …": an indefinite phrase, whatever its noun, that "who" follows before any verb of speech or
 * quotation is a person.
 */
export const personByRelative = (ctx: Context, indefinite: number, to: number): boolean => {
  const { tokens, rules } = ctx
  const noun = tokens[indefinite + 1]
  if (noun === undefined || rules.orgWords.has(bare(noun)) || rules.documentNouns.has(bare(noun)))
    return false
  const end = Math.min(to, tokens.length, indefinite + PERSON_CLAUSE_REACH)
  for (let at = indefinite + 2; at < end; at += 1) {
    const token = tokens[at]!
    if (token.inQuote || token.kind === 'quote') return false
    if (rules.personRelatives.has(token.lower)) return true
    if (token.kind !== 'word' && !isPunct(token, ',')) return false
    if (has(rules.speechVerbs, token.lower)) return false
  }
  return false
}

/**
 * "A nurse who has lived there since 2016 said", "One tenant, who asked not to be named, said":
 * the subject is someone unnamed, introduced by "a", "an" or "one" and a word for a person.
 */
export const indefiniteSubject = (ctx: Context, verb: number): string | undefined => {
  const { tokens, rules, source } = ctx
  const subject = subjectStart(ctx)
  const first = tokens[subject]
  if (first === undefined || !rules.indefinites.has(first.lower) || first.inQuote) return undefined
  let person = false
  for (let at = subject + 1; at < Math.min(verb, subject + 4); at += 1) {
    if (rules.personNouns.has(bare(tokens[at]!))) person = true
  }
  if (!person && !placedCommonNoun(ctx, subject + 1, verb) && !personByRelative(ctx, subject, verb))
    return undefined
  let end = verb
  while (end > subject + 1 && !/[\p{L}\d]/u.test(tokens[end - 1]!.text)) end -= 1
  const text = source.slice(first.start, tokens[end - 1]!.end)
  return text.length <= MAX_UNNAMED ? text : undefined
}

/** Tokens a description before a name may take: "The council's cabinet member for transport". */
const MAX_DESCRIPTION = 12

/**
 * "The council's cabinet member for transport, Gareth Noyes, said", "Le gestionnaire du réseau,
 * Réseau Atlantique, indique": the sentence opens with a description (a determiner or a
 * possessive, then any plain words) that the name after the comma is.
 */
const openingDescription = (
  ctx: Context,
  comma: number,
  from: number = subjectStart(ctx),
): Range | null => {
  const { tokens, rules } = ctx
  const opener = tokens[from]
  if (opener === undefined || from >= comma - 1 || comma - from > MAX_DESCRIPTION) return null
  const determined = rules.determiners.has(opener.lower)
  if (!determined && !(isPossessive(opener) && opener.capital)) return null
  for (let at = from; at < comma; at += 1) {
    const token = tokens[at]!
    if (token.kind !== 'word' || token.inQuote || has(rules.speechVerbs, token.lower)) return null
  }
  return { from: determined ? from + 1 : from, to: comma }
}

/** "The landlord, Bramwell Property Group, said": a plain description before a name. */
export const describedBefore = (ctx: Context, comma: number): Range | null =>
  plainDescription(ctx, comma) ?? openingDescription(ctx, comma)

const plainDescription = (ctx: Context, comma: number): Range | null => {
  const { tokens, rules } = ctx
  let from = comma
  while (from > 0 && comma - from < 3) {
    const token = tokens[from - 1]!
    if (token.kind !== 'word' || token.inQuote) break
    if (rules.determiners.has(token.lower)) {
      from -= 1
      break
    }
    if (token.capital || rules.notUnits.has(token.lower)) break
    from -= 1
  }
  const opener = tokens[from]
  if (from >= comma || from !== subjectStart(ctx) || opener === undefined) return null
  const described = rules.determiners.has(opener.lower) ? from + 1 : from
  return described < comma ? { from: described, to: comma } : null
}

/**
 * "By late afternoon the regional governor, Aurelia Vossberg, had raised the toll to 23": the
 * subject is a description (a determiner or a possessive, then plain words), a comma, a name of
 * two words or more and a comma, and a lowercase word (its verb, whatever it is) follows. Returns
 * the name and the description, or null.
 */
export const describedSubject = (
  ctx: Context,
  /** Where the subject starts, when the caller has read it already. */
  from: number = subjectStart(ctx),
): { readonly range: Range; readonly role: Range } | null => {
  const { tokens, rules } = ctx
  const opener = tokens[from]
  if (opener === undefined || (!rules.determiners.has(opener.lower) && !isPossessive(opener)))
    return null
  let comma = from + 1
  while (comma < tokens.length && comma - from <= MAX_DESCRIPTION && !isPunct(tokens[comma], ','))
    comma += 1
  if (!isPunct(tokens[comma], ',')) return null
  const role = openingDescription(ctx, comma, from)
  if (role === null) return null
  let end = comma + 1
  while (end < tokens.length && isNameWord(tokens, end, rules)) end += 1
  const range = { from: comma + 1, to: end }
  const verb = tokens[end + 1]
  const followed =
    isPunct(tokens[end], ',') &&
    verb !== undefined &&
    verb.kind === 'word' &&
    !verb.capital &&
    !verb.inQuote
  return followed && allNames(ctx, range) ? { range, role } : null
}

/** Plain words an apposition may put before its name: "la commandante", "their chief". */
const MAX_TITLE_WORDS = 3

/**
 * The name an apposition after a description gives: "…, Marc Le Goff.", "…, la commandante
 * Karine Fabre.", "…, Olivier Castaing, lors d'un point presse": a name of two words or more,
 * after at most a determiner and a few plain words, that ends the clause or the apposition.
 */
export const nameInApposition = (ctx: Context, from: number): Range | null => {
  const { tokens, rules } = ctx
  let start = from
  if (rules.determiners.has(tokens[start]?.lower ?? '')) start += 1
  while (start < from + MAX_TITLE_WORDS) {
    const token = tokens[start]
    if (token === undefined || token.kind !== 'word' || token.inQuote || token.capital) break
    if (has(rules.speechVerbs, token.lower) || rules.notUnits.has(token.lower)) return null
    start += 1
  }
  let end = start
  while (end < tokens.length && isNameWord(tokens, end, rules)) end += 1
  const closes = end >= tokens.length || isPunct(tokens[end], '.,;!?')
  const range = { from: start, to: end }
  return closes && allNames(ctx, range) ? range : null
}

/**
 * ", a annoncé mercredi la préfecture.": the speaker follows the verb and ends the clause, so
 * the comma before the verb closes the claim rather than an apposition.
 */
export const invertedAhead = (ctx: Context, at: number): boolean => {
  const { tokens, rules, source } = ctx
  const from = timeAt(tokens, at + 1, source, rules)?.next ?? at + 1
  const after = phraseAfter(tokens, from, rules)
  if (after === null) return false
  const next = tokens[after.to]
  return (
    next === undefined ||
    isPunct(next, '.;!?') ||
    rules.timePrepositions.has(next.lower) ||
    // ", a indiqué la porte-parole des pompiers, la commandante Karine Fabre."
    (isPunct(next, ',') &&
      rules.determiners.has(tokens[after.from]!.lower) &&
      nameInApposition(ctx, after.to + 1) !== null) ||
    // "», a déclaré le commandant Odilon Vey, du centre de secours.": a name of two words or
    // more ends the phrase after the verb, and an aside about it follows the comma.
    (isPunct(next, ',') &&
      allNames(ctx, { from: Math.max(after.from, after.to - 2), to: after.to }))
  )
}

/** A name phrase ends where a time starts: "said Helena Voss on Wednesday". */
export const beforeTime = (ctx: Context, range: Range): Range => {
  for (let at = range.from + 1; at < range.to; at += 1) {
    if (timeAt(ctx.tokens, at, ctx.source, ctx.rules) !== null) return { from: range.from, to: at }
  }
  return range
}

/**
 * "Aid workers in the camp said": a plural common noun the tables need not know, opening the
 * sentence's subject (with at most one word before it), is a group of people.
 */
const pluralOpening = (ctx: Context, at: number): boolean => {
  const start = subjectStart(ctx)
  return start >= 0 && at - start <= 1 && plainPlural(ctx, at)
}

/** A lowercase word that reads as a plural common noun, not a unit, a document or data. */
const plainPlural = (ctx: Context, at: number): boolean => {
  const { tokens, rules } = ctx
  const noun = tokens[at]!
  if (noun.kind !== 'word' || noun.inQuote) return false
  const word = noun.lower
  return (
    word.length > 3 &&
    word.endsWith('s') &&
    !word.endsWith('ss') &&
    !rules.notUnits.has(word) &&
    !rules.documentNouns.has(word) &&
    !rules.dataNouns.has(word)
  )
}

const ASIDE_ARTICLES: ReadonlySet<string> = new Set(['the', 'les'])

/**
 * "On Monday, prosecutors told the jury": a plural common noun the tables need not know, alone
 * as the sentence's subject (lowercase, after any opening phrase) right before the verb.
 */
export const pluralSubject = (ctx: Context, before: number): Range | null => {
  const at = before - 1
  const noun = ctx.tokens[at]
  // The cheap tests first: most verbs have no plain word ending in "s" before them.
  if (noun === undefined || noun.kind !== 'word' || noun.capital || !noun.lower.endsWith('s'))
    return null
  if (at === subjectStart(ctx) && pluralOpening(ctx, at)) return { from: at, to: before }
  // "Of the difference, the auditors say, £4.6 million …": "the" and the plural noun as an aside
  // between commas, whatever the noun; the aside is the claim's source as "he says" would be.
  const article = ctx.tokens[at - 1]
  const aside =
    article !== undefined &&
    !article.inQuote &&
    ASIDE_ARTICLES.has(article.lower) &&
    isPunct(ctx.tokens[at - 2], ',') &&
    isPunct(ctx.tokens[before + 1], ',')
  return aside && plainPlural(ctx, at) ? { from: at, to: before } : null
}

/**
 * "Doctors at the city hospital said", "Tenants in the Kettle Lane flats say": a group named by
 * where it is, read back from the verb to a plural speaker noun and its preposition.
 */
export const groupWithPlace = (ctx: Context, verb: number): Range | null => {
  const { tokens, rules } = ctx
  for (let at = verb - 1; at > 0 && at >= verb - 10; at -= 1) {
    const token = tokens[at]!
    if (token.kind !== 'word' || token.inQuote) return null
    if (!rules.placePrepositions.has(token.lower)) continue
    const noun = tokens[at - 1]!
    if (pluralOpening(ctx, at - 1) && at + 1 < verb) return { from: subjectStart(ctx), to: verb }
    if (!rules.pluralSpeakerNouns.has(noun.lower)) continue
    const group = phraseBefore(tokens, at, rules)
    return group === null || at + 1 >= verb ? null : { from: group.from, to: verb }
  }
  return null
}

/** "said port director Helena Voss": plain words, a title, then the name. */
export const titledAfter = (ctx: Context, at: number): Range | null => {
  const { tokens, rules } = ctx
  for (let title = at; title < at + 3 && title < tokens.length; title += 1) {
    const token = tokens[title]!
    if (token.kind !== 'word' || token.inQuote || token.capital) return null
    if (rules.titles.has(token.lower)) {
      const named = phraseAfter(tokens, title, rules)
      return named === null ? null : beforeTime(ctx, { from: at, to: named.to })
    }
    if (rules.notUnits.has(token.lower)) return null
  }
  return null
}

export const allNames = (ctx: Context, range: Range): boolean => {
  for (let at = range.from; at < range.to; at += 1)
    if (!isNameWord(ctx.tokens, at, ctx.rules)) return false
  return range.to - range.from >= 2
}

/**
 * People a sentence introduces, so a later "he" or "she" can refer to them: its subject when
 * that is a person's full name ("Greta Lind, 71, keeps a notebook"), and someone unnamed ("spoke
 * to a man who ..."), recorded as an unnamed speaker with the sentence that introduced them.
 */
export const introducedPeople = (
  tokens: Tokens,
  sentence: { readonly start: number; readonly end: number },
  source: string,
  rules: LanguageRules,
): Speaker[] => {
  const ctx: Context = { tokens, source, rules }
  const people: Speaker[] = []
  // "12:40 Superintendent Howard Ng … has given a briefing": a live blog's bare time first.
  const start = subjectStart(ctx) || bareStamp(tokens)
  const subject = start < 0 ? null : phraseAfter(tokens, start, rules)
  const described = subject !== null && allNames(ctx, subject) ? null : describedSubject(ctx, start)
  const named =
    described?.range ??
    (subject !== null && allNames(ctx, subject) ? subject : null) ??
    // "For Anna Dorn, who chairs the board, the plan is a relief": she is introduced.
    forWhomName(tokens, rules)
  // "Among them was Deborah Vell, 68, a retired teacher": the named person, not the teacher.
  const aged = named === null ? nameWithAge(tokens, rules) : null
  if (aged !== null) return [{ ...speakerOf(tokens, aged, source, rules), type: 'person' }]
  // "Festival director Caspar Lindqvist-Hale has spoken to reporters": a titled name.
  const titled =
    named === null && subject !== null ? titledSubject(tokens, subject, source, rules) : null
  if (titled !== null) people.push(titled)
  if (named !== null) {
    const speaker = speakerOf(tokens, named, source, rules)
    // "le préfet de la Haute-Sarne, Paul Morvandel, a reçu …": the description is the role a
    // later "le préfet" finds him by.
    const role = described === null ? speaker.role : textOf(tokens, described.role, source)
    if (speaker.type === 'person' || speaker.type === 'name')
      people.push(
        role === undefined ? { ...speaker, type: 'person' } : { ...speaker, role, type: 'person' },
      )
  } else if (
    subject !== null &&
    subject.to === subject.from + 1 &&
    isNameWord(tokens, subject.from, rules)
  ) {
    // "Pellow did not concede": a bare surname, for the discourse to find in full.
    const verb = tokens[subject.to]
    if (verb !== undefined && verb.kind === 'word' && !verb.capital && !verb.inQuote)
      people.push({ who: tokens[subject.from]!.text, type: 'name', plural: false })
  }
  for (let at = 0; at + 1 < tokens.length; at += 1) {
    const token = tokens[at]!
    if (token.inQuote || !rules.indefinites.has(token.lower)) continue
    const next = tokens[at + 1]!
    const noun = rules.personNouns.has(bare(next)) ? next : tokens[at + 2]
    const person =
      (noun !== undefined && rules.personNouns.has(bare(noun))) ||
      personByRelative(ctx, at, tokens.length)
    if (!person) continue
    people.push({
      who: UNNAMED_SPEAKER,
      role: source.slice(sentence.start, sentence.end).slice(0, MAX_UNNAMED * 2),
      type: 'person',
      plural: false,
    })
    break
  }
  return people
}

/**
 * '"...," said the quarry's site manager, Odile Frankel.': after the verb a description the
 * tables need not know (a determiner and plain words), a comma, and the name that ends the
 * clause. Returns the name's range and the description, or null.
 */
export const describedAfter = (
  ctx: Context,
  at: number,
): { readonly range: Range; readonly role: Range } | null => {
  const { tokens, rules } = ctx
  const opener = tokens[at]
  if (opener === undefined || opener.inQuote || !rules.determiners.has(opener.lower)) return null
  let comma = at + 1
  while (comma < tokens.length && comma <= at + MAX_DESCRIPTION) {
    const token = tokens[comma]!
    if (isPunct(token, ',')) break
    // "le secrétaire général de l'Union des meuniers (UDM), Gaspard Lemoal": an acronym aside.
    if (
      isPunct(token, '(') &&
      isPunct(tokens[comma + 2], ')') &&
      tokens[comma + 1]?.kind === 'word'
    ) {
      comma += 3
      continue
    }
    if (token.kind !== 'word' || token.inQuote || has(rules.speechVerbs, token.lower)) return null
    comma += 1
  }
  if (!isPunct(tokens[comma], ',') || comma === at + 1) return null
  const range = nameInApposition(ctx, comma + 1)
  return range === null ? null : { range, role: { from: at + 1, to: comma } }
}

/** Words in a noun phrase read back from a comma: "the Orrin Valley laboratory". */
const PLAIN_PHRASE_WORDS = 6

/**
 * The noun phrase ending at `end`, read back to its determiner over any words but function
 * words, whether or not the tables know its noun: "the Orrin Valley laboratory". Null when it
 * does not open with a determiner.
 */
export const plainPhraseBefore = (ctx: Context, end: number): Range | null => {
  const { tokens, rules } = ctx
  let from = end
  while (from > 0 && end - from < PLAIN_PHRASE_WORDS) {
    const token = tokens[from - 1]!
    if (token.kind !== 'word' || token.inQuote) return null
    if (rules.determiners.has(token.lower))
      return end - from >= 1 ? { from: from - 1, to: end } : null
    if (rules.notUnits.has(token.lower) || has(rules.speechVerbs, token.lower)) return null
    from -= 1
  }
  return null
}

/**
 * "The State Hydrometeorological Service recorded 310 millimetres", "The Red Cross Society put
 * the number … at 2,900": an organisation named with capitals as the subject of a sentence with
 * a figure is its source, whatever its verb (the caller checks the figure).
 */
export const organisationSubject = (ctx: Context): Range | null => {
  const { tokens, rules } = ctx
  const start = subjectStart(ctx)
  if (start < 0) return null
  const range = phraseAfter(tokens, start, rules)
  if (range === null || range.to - range.from < 2) return null
  const head = tokens[range.to - 1]!
  const verb = tokens[range.to]
  const named = head.capital && !head.inQuote && nounIn(rules.orgWords, head)
  const verbFollows = verb !== undefined && verb.kind === 'word' && !verb.capital && !verb.inQuote
  return named && verbFollows ? range : null
}

/** Plain words between a verb and the speaker after it: "sur place", "on site". */
const MAX_WORDS_BEFORE_DETERMINER = 2

/**
 * '», a déclaré sur place le commandant Odilon Vey, du centre de secours.': after the verb (and
 * at most two plain words), a determiner, a few plain words the tables need not know as a
 * title, and a name of two words or more that ends the clause. The name speaks; the plain words
 * are the role.
 */
export const plainTitledAfter = (
  ctx: Context,
  at: number,
): { readonly range: Range; readonly role: Range } | null => {
  const { tokens, rules } = ctx
  const plain = (token: Token | undefined): token is Token =>
    token !== undefined &&
    token.kind === 'word' &&
    !token.inQuote &&
    !token.capital &&
    !has(rules.speechVerbs, token.lower)
  let start = at
  while (
    start < at + MAX_WORDS_BEFORE_DETERMINER &&
    plain(tokens[start]) &&
    !rules.determiners.has(tokens[start]!.lower) &&
    !rules.relativePronouns.has(tokens[start]!.lower) &&
    !rules.demonstratives.has(tokens[start]!.lower)
  )
    start += 1
  if (!rules.determiners.has(tokens[start]?.lower ?? '')) return null
  let name = start + 1
  while (name < start + 1 + MAX_TITLE_WORDS && plain(tokens[name])) {
    if (rules.notUnits.has(tokens[name]!.lower)) return null
    name += 1
  }
  if (name === start + 1) return null
  let end = name
  while (end < tokens.length && isNameWord(tokens, end, rules)) end += 1
  const range = { from: name, to: end }
  const closes = end >= tokens.length || isPunct(tokens[end], '.,;!?')
  return closes && allNames(ctx, range) ? { range, role: { from: start + 1, to: name } } : null
}
