import { has } from './own'
import type { LanguageRules } from './rules'
import type { Token } from './tokens'
import { bare, nounIn } from './tokens'
import { nameAfterTitleRun, nameInRankRunBeforeOf } from './title-run'

/**
 * Speaker noun phrases without a part-of-speech tagger: runs of capitalised words, speaker nouns
 * ("officials", "media") and their modifiers, read outwards from a speech verb.
 */
export type SpeakerType = 'person' | 'org' | 'group' | 'name'

export interface Speaker {
  readonly who: string
  readonly role?: string
  readonly type: SpeakerType
  readonly plural: boolean
}

/** Token range [from, to) of a phrase in a sentence's tokens. */
export interface Range {
  readonly from: number
  readonly to: number
}

type Tokens = readonly Token[]

const isAcronym = (token: Token): boolean => /^\p{Lu}[\p{Lu}\d.&-]+$/u.test(token.text)

const isWord = (token: Token | undefined): token is Token =>
  token !== undefined && token.kind === 'word' && !token.inQuote

/** What opens a clause, so the capital after it may be a sentence's own. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['"', '“', '(', '‘', '—', '–', '-'])

/**
 * A capitalised word that may be part of a name. The first word of a sentence is capitalised
 * anyway, so there it must not be a common function word ("Around", "However").
 */
export const isNameWord = (tokens: Tokens, at: number, rules: LanguageRules): boolean => {
  const token = tokens[at]
  if (!isWord(token)) return false
  if (token.capital) {
    if (has(rules.pronouns, token.lower) || token.lower === 'i' || token.lower === 'we')
      return false
    // A dash opens a clause too: a live blog's "18:02 — The office ...", a dateline's "- The".
    const first = at === 0 || CLAUSE_OPENERS.has(tokens[at - 1]!.text)
    if (!first) return true
    return !(
      // "Two days later", "Three of the tanks": a number word, not a name.
      has(rules.numbers.units, token.lower) ||
      has(rules.numbers.tens, token.lower) ||
      rules.sentenceStarters.has(token.lower) ||
      rules.sentenceAdverbs.has(token.lower) ||
      rules.notUnits.has(token.lower) ||
      rules.timePrepositions.has(token.lower) ||
      rules.numbers.approximators.some((phrase) => phrase[0] === token.lower)
    )
  }
  // Name parts written in lowercase: "al-Sham", "el-Sisi", "van der Berg".
  return /^(?:al|el|ad|as|ash|ar|bin|ibn|abu|van|von|de|da|di|du|le|la)-\p{Lu}/u.test(token.text)
}

const isSpeakerNoun = (token: Token | undefined, rules: LanguageRules): boolean =>
  isWord(token) &&
  (nounIn(rules.speakerNouns, token) ||
    nounIn(rules.documentNouns, token) ||
    rules.titles.has(bare(token)) ||
    nounIn(rules.orgWords, token))

const isModifier = (token: Token | undefined, rules: LanguageRules): boolean =>
  isWord(token) && (rules.modifiers.has(token.lower) || rules.descriptors.has(token.lower))

/** The full stop of "Dr." or "Gen.", which belongs to the name, not to the sentence. */
const isAbbreviationDot = (tokens: Tokens, at: number, rules: LanguageRules): boolean => {
  const dot = tokens[at]
  const word = tokens[at - 1]
  return (
    dot?.text === '.' &&
    isWord(word) &&
    word.end === dot.start &&
    rules.abbreviations.has(word.lower) &&
    isNameWord(tokens, at + 1, rules)
  )
}

/** A word that can end (head) a speaker phrase. */
const isHead = (tokens: Tokens, at: number, rules: LanguageRules): boolean =>
  isNameWord(tokens, at, rules) || isSpeakerNoun(tokens[at], rules)

const isBody = (tokens: Tokens, at: number, rules: LanguageRules): boolean =>
  isHead(tokens, at, rules) || isModifier(tokens[at], rules) || isAbbreviationDot(tokens, at, rules)

const isParticle = (token: Token | undefined, rules: LanguageRules): boolean =>
  isWord(token) && (rules.nameParticles.has(token.lower) || rules.conjunctions.has(token.lower))

const isDeterminer = (token: Token | undefined, rules: LanguageRules): boolean =>
  isWord(token) && rules.determiners.has(token.lower)

/** Drops what cannot end a phrase from its right edge and stray particles from its left. */
const trim = (tokens: Tokens, range: Range, rules: LanguageRules): Range | null => {
  let { from, to } = range
  while (to > from && !isHead(tokens, to - 1, rules)) to -= 1
  while (from < to && isParticle(tokens[from], rules) && !isDeterminer(tokens[from], rules))
    from += 1
  if (to <= from) return null
  for (let i = from; i < to; i += 1) if (isHead(tokens, i, rules)) return { from, to }
  return null
}

/** A plain word describing a speaker noun: "regional", "fire", "and" in "fire and rescue service". */
const isDescribing = (token: Token | undefined, rules: LanguageRules): token is Token =>
  isWord(token) &&
  !token.capital &&
  (!rules.notUnits.has(token.lower) || rules.conjunctions.has(token.lower))

/** Plain words that may describe a speaker noun after "the": "the county health protection team". */
const DESCRIBING_WORDS = 3
/** Words, a name among them, between "the" and the noun they describe, read leftwards. */
const DESCRIBED_BY = 4

/** The speaker phrase ending just before token `end`, read leftwards. */
export const phraseBefore = (tokens: Tokens, end: number, rules: LanguageRules): Range | null => {
  if (!isHead(tokens, end - 1, rules)) return null
  let from = end
  while (from > 0) {
    const at = from - 1
    if (isDeterminer(tokens[at], rules)) {
      // "local media and a monitor", "Office for the Coordination": the phrase goes on.
      if (isParticle(tokens[at - 1], rules) && isBody(tokens, at - 2, rules)) {
        from -= 2
        continue
      }
      from -= 1
      break
    }
    if (isBody(tokens, at, rules)) {
      from -= 1
      continue
    }
    // A particle joins two parts of one name: "Ministry of Health", "Maric and Ruus".
    if (isParticle(tokens[at], rules) && isBody(tokens, at - 1, rules)) {
      from -= 1
      continue
    }
    break
  }
  // "the national water agency": a few plain words between "the" and a speaker noun describe it.
  const opening = tokens[from]
  if (from > 0 && isWord(opening) && !opening.capital && !isDeterminer(opening, rules)) {
    // "…, county officials told us": plural people a plain word describes, after a comma.
    const people = from === end - 1 && rules.pluralSpeakerNouns.has(opening.lower)
    for (let back = from - 1; back >= Math.max(0, from - 1 - DESCRIBED_BY); back -= 1) {
      const token = tokens[back]!
      if (isDeterminer(token, rules)) {
        from = back
        break
      }
      if (people && token.text === ',' && back < from - 1) {
        from = back + 1
        break
      }
      // "the Veltmark provincial disaster management agency": a name may describe it too.
      const named = isWord(token) && token.capital && back > 0
      if (!named && !isDescribing(token, rules)) break
    }
  }
  return trim(tokens, { from, to: end }, rules)
}

/** Past up to three plain lowercase words to the speaker noun they describe; -1 if none. */
const describedNoun = (tokens: Tokens, at: number, rules: LanguageRules): number => {
  for (let i = at; i < at + DESCRIBING_WORDS; i += 1) {
    const token = tokens[i]
    if (!isDescribing(token, rules)) return -1
    if (has(rules.speechVerbs, token.lower)) return -1
    if (isSpeakerNoun(tokens[i + 1], rules) && !tokens[i + 1]!.capital) return i + 2
  }
  return -1
}

/** The speaker phrase starting at token `start`, read rightwards. */
export const phraseAfter = (tokens: Tokens, start: number, rules: LanguageRules): Range | null => {
  let to = start
  const determined = isDeterminer(tokens[to], rules)
  if (determined) to += 1
  while (to < tokens.length) {
    if (isBody(tokens, to, rules)) {
      to += 1
      continue
    }
    // "the national weather service", "the transport department": after "the", a few plain
    // words describe the speaker noun they lead to (as phraseBefore reads them leftwards).
    const described = determined ? describedNoun(tokens, to, rules) : -1
    if (described > to) {
      to = described
      continue
    }
    if (to > start && isParticle(tokens[to], rules) && !isDeterminer(tokens[to], rules)) {
      const next = isDeterminer(tokens[to + 1], rules) ? to + 2 : to + 1
      if (isBody(tokens, next, rules)) {
        to = next
        continue
      }
    }
    break
  }
  const base = to > start ? trim(tokens, { from: start, to }, rules) : null
  if (base === null || !rules.lowercaseOrgNames) return base
  return { from: base.from, to: lowercaseTail(tokens, base.from, to, rules) }
}

/**
 * "Institut régional de la statistique", "Cour régionale des comptes": where organisation
 * names go on in lowercase, an organisation's name takes the adjectives and "de (la) ..."
 * complements after it, up to punctuation or a function word.
 */
const lowercaseTail = (tokens: Tokens, start: number, to: number, rules: LanguageRules): number => {
  // An organisation's word, a title ("le responsable technique de ..."), or a capital right after
  // the article: "La Coopérative des producteurs de lait" (a person's name takes no article).
  let org = isDeterminer(tokens[start], rules) && tokens[start + 1]?.capital === true
  for (let i = start; i < to; i += 1) {
    const word = bare(tokens[i]!)
    if (rules.orgWords.has(word) || rules.titles.has(word)) org = true
  }
  if (!org) return to
  // "fait", "faisait", "avait" stand between a speaker and its verb: never part of a name.
  const plain = (token: Token | undefined): boolean =>
    isWord(token) &&
    !rules.notUnits.has(token.lower) &&
    !has(rules.speechVerbs, token.lower) &&
    !rules.betweenSpeakerAndVerb.has(token.lower)
  let end = to
  while (end < tokens.length) {
    if (plain(tokens[end]) && !tokens[end]!.capital) {
      end += 1
      continue
    }
    // "... de la société Veltra": a name goes on the lowercase words before it.
    if (end > to && isNameWord(tokens, end, rules)) {
      end += 1
      continue
    }
    if (isParticle(tokens[end], rules) && !isDeterminer(tokens[end], rules)) {
      let next = end + 1
      // "d'incendie et de secours": "and" then another "de".
      if (isParticle(tokens[next], rules) && !isDeterminer(tokens[next], rules)) next += 1
      if (isDeterminer(tokens[next], rules)) next += 1
      if (plain(tokens[next]) || isNameWord(tokens, next, rules)) {
        end = next + 1
        continue
      }
    }
    break
  }
  return end
}

export const textOf = (tokens: Tokens, range: Range, source: string): string =>
  source.slice(tokens[range.from]!.start, tokens[range.to - 1]!.end)

interface Part {
  readonly who: Range
  readonly role?: Range
  readonly person: boolean
}

/** One conjunct: a title and a name ("Interior Minister Mira Castell"), or a plain phrase. */
const analysePart = (tokens: Tokens, range: Range, rules: LanguageRules): Part => {
  let title = -1
  for (let i = range.from; i < range.to - 1; i += 1) {
    if (rules.titles.has(bare(tokens[i]!))) title = i
  }
  if (title >= 0) {
    let names = true
    for (let i = title + 1; i < range.to; i += 1) {
      if (isAbbreviationDot(tokens, i, rules)) continue
      if (!isNameWord(tokens, i, rules) || rules.orgWords.has(tokens[i]!.lower)) names = false
    }
    if (names) {
      return {
        who: { from: title + 1, to: range.to },
        role: { from: range.from, to: title + 1 },
        person: true,
      }
    }
    // "Mayor of Brekka Arne Dahl": the title's place, then a first name and a surname.
    const split = range.to - 2
    const placed = tokens[title + 1]?.lower === 'of' && split > title + 2
    if (placed && isNameWord(tokens, split, rules) && isNameWord(tokens, split + 1, rules)) {
      return {
        who: { from: split, to: range.to },
        role: { from: range.from, to: split },
        person: true,
      }
    }
  }
  const named = nameAfterTitleRun(tokens, range, rules)
  if (named > range.from)
    return {
      who: { from: named, to: range.to },
      role: { from: range.from, to: named },
      person: true,
    }
  // "the state news agency Norpress", "the aid group Riverwatch": a description, then the name.
  let described = -1
  for (let i = range.from; i < range.to - 1; i += 1) {
    if (!isNameWord(tokens, i, rules) && isSpeakerNoun(tokens[i], rules)) described = i
  }
  if (described >= 0) {
    let names = true
    for (let i = described + 1; i < range.to; i += 1)
      if (!isNameWord(tokens, i, rules)) names = false
    if (names) {
      return {
        who: { from: described + 1, to: range.to },
        role: { from: range.from, to: described + 1 },
        person: !rules.orgWords.has(bare(tokens[described]!)),
      }
    }
  }
  const words = tokens.slice(range.from, range.to).filter((token) => token.kind === 'word')
  let names = 0
  for (let i = range.from; i < range.to; i += 1) if (isNameWord(tokens, i, rules)) names += 1
  const person =
    names >= 2 &&
    names === words.length &&
    !words.some((token) => rules.orgWords.has(bare(token)) || isAcronym(token))
  return { who: range, person }
}

const splitConjuncts = (tokens: Tokens, range: Range, rules: LanguageRules): Range[] => {
  const parts: Range[] = []
  let from = range.from
  for (let i = range.from; i < range.to; i += 1) {
    if (rules.conjunctions.has(tokens[i]!.lower)) {
      parts.push({ from, to: i })
      from = i + 1
    }
  }
  parts.push({ from, to: range.to })
  return parts
    .map((part) => {
      let start = part.from
      while (start < part.to - 1 && isDeterminer(tokens[start], rules)) start += 1
      return { from: start, to: part.to }
    })
    .filter((part) => part.to > part.from)
}

/**
 * "Lotte Brenner of the Harbour Authority": a person's name (two or more capitalised words, none
 * an organisation's) and, after "of", the organisation they work for, which is their role.
 */
const personOf = (
  tokens: Tokens,
  range: Range,
  rules: LanguageRules,
): { who: Range; role: Range } | null => {
  let split = range.from
  while (split < range.to && isNameWord(tokens, split, rules)) {
    const token = tokens[split]!
    if (nounIn(rules.orgWords, token) || isAcronym(token) || rules.titles.has(bare(token)))
      return null
    split += 1
  }
  if (split - range.from < 2 || split >= range.to - 1) return null
  if (!rules.partitives.has(tokens[split]!.lower)) return null
  let org = split + 1
  while (org < range.to - 1 && isDeterminer(tokens[org], rules)) org += 1
  // The part after "of" must name an organisation, or "Royal College of Emergency Medicine"
  // would be a person working for "Emergency Medicine".
  let named = false
  for (let at = org; at < range.to; at += 1)
    if (nounIn(rules.orgWords, tokens[at]!) || isAcronym(tokens[at]!)) named = true
  return named && isNameWord(tokens, org, rules)
    ? { who: { from: range.from, to: split }, role: { from: org, to: range.to } }
    : null
}

/**
 * "Chief Fire Officer Hannah Oyelowo of the Carrow Fire Service": a title, a person's name and,
 * from "of", the organisation. The name speaks; the title and the organisation are the role.
 */
const titledPersonOf = (
  tokens: Tokens,
  range: Range,
  rules: LanguageRules,
): { title: Range; who: Range; of: Range } | null => {
  // Most phrases open with no title: one lookup before anything else.
  if (!rules.titles.has(bare(tokens[range.from]!))) return rankedPersonOf(tokens, range, rules)
  let title = range.from
  while (
    title < range.to &&
    isNameWord(tokens, title, rules) &&
    rules.titles.has(bare(tokens[title]!))
  )
    title += 1
  // A title of several capitalised words ends with its title word: "Chief Fire Officer".
  for (let at = title; at < Math.min(range.to, title + 3); at += 1)
    if (rules.titles.has(bare(tokens[at]!)) && isNameWord(tokens, at, rules)) title = at + 1
  if (title === range.from) return null
  const remainder = personOf(tokens, { from: title, to: range.to }, rules)
  if (remainder === null) return null
  return {
    title: { from: range.from, to: title },
    who: remainder.who,
    of: { from: remainder.who.to, to: range.to },
  }
}

/** "Station Commander Rhian Okafor of the … Service": a rank no table holds, a name, "of". */
const rankedPersonOf = (
  tokens: Tokens,
  range: Range,
  rules: LanguageRules,
): { title: Range; who: Range; of: Range } | null => {
  const name = nameInRankRunBeforeOf(tokens, range, rules)
  const person = name > range.from ? personOf(tokens, { from: name, to: range.to }, rules) : null
  return person === null
    ? null
    : {
        title: { from: range.from, to: name },
        who: person.who,
        of: { from: person.who.to, to: range.to },
      }
}

/** What links a role to its organisation: "spokesperson for", "porte-parole de". */
const ROLE_LINKS: ReadonlySet<string> = new Set(['for', 'of', 'de', 'du', 'des', "d'", 'd’'])

/** A speaker from the phrase at `range`: who, their role, and what kind of referent it is. */
export const speakerOf = (
  tokens: Tokens,
  range: Range,
  source: string,
  rules: LanguageRules,
): Speaker => {
  let from = range.from
  // "On Tuesday Maria Orr said": a weekday is capitalised but names nobody (a month may: "May").
  while (
    from < range.to - 1 &&
    (isDeterminer(tokens[from], rules) || rules.weekdays.has(tokens[from]!.lower))
  )
    from += 1
  // "the official Norpress News Agency": "official" describes, the capitals name.
  let named = from
  while (named < range.to - 1 && rules.descriptors.has(tokens[named]!.lower)) named += 1
  const describes = named > from && isNameWord(tokens, named, rules)
  const core: Range = { from: describes ? named : from, to: range.to }
  const role = describes ? { role: textOf(tokens, { from, to: named }, source) } : {}

  const titled = titledPersonOf(tokens, core, rules)
  if (titled !== null) {
    return {
      who: textOf(tokens, titled.who, source),
      role: `${textOf(tokens, titled.title, source)} ${textOf(tokens, titled.of, source)}`,
      type: 'person',
      plural: false,
    }
  }
  const affiliated = personOf(tokens, core, rules)
  if (affiliated !== null) {
    return {
      who: textOf(tokens, affiliated.who, source),
      role: textOf(tokens, affiliated.role, source),
      type: 'person',
      plural: false,
    }
  }
  const parts = splitConjuncts(tokens, core, rules).map((part) => analysePart(tokens, part, rules))
  if (parts.length > 1 && parts.every((part) => part.person)) {
    const roles = parts.flatMap((part) => (part.role ? [textOf(tokens, part.role, source)] : []))
    return {
      who: parts.map((part) => textOf(tokens, part.who, source)).join(' and '),
      ...(roles.length > 0 ? { role: roles.join(' and ') } : {}),
      type: 'group',
      plural: true,
    }
  }
  const only = parts.length === 1 ? parts[0]! : undefined
  if (only?.role !== undefined) {
    return {
      who: textOf(tokens, only.who, source),
      role: textOf(tokens, only.role, source),
      type: only.person ? 'person' : 'org',
      plural: false,
    }
  }
  const who = textOf(tokens, core, source)
  const head = tokens[core.to - 1]!
  const words = tokens.slice(core.from, core.to).filter((token) => token.kind === 'word')
  const plural = parts.length > 1 || rules.pluralSpeakerNouns.has(head.lower)
  let allNames = true
  for (let i = core.from; i < core.to; i += 1) {
    if (!isNameWord(tokens, i, rules) && !isAbbreviationDot(tokens, i, rules)) allNames = false
  }
  // "A spokesperson for Eastholme Care Services": someone who holds a role for an organisation.
  const holder =
    words.length > 2 &&
    ROLE_LINKS.has(words[1]!.lower) &&
    !words[0]!.capital &&
    rules.titles.has(bare(words[0]!))
  const type = ((): SpeakerType => {
    if (holder) return 'person'
    if (words.some((token) => rules.orgWords.has(bare(token)) || isAcronym(token)))
      return plural ? 'group' : 'org'
    if (rules.titles.has(bare(head))) return 'person'
    if (plural) return 'group'
    if (only?.person) return 'person'
    if (words.length === 1 && rules.places.has(bare(head))) return 'org'
    return allNames ? 'name' : 'org'
  })()
  return { who, ...role, type, plural: type === 'group' ? true : plural }
}

/** Plain words an apposition may put before the noun that says what an organisation is. */
const APPOSITIVE_WORDS = 3

/**
 * "Eastholme Care Services, a company wholly owned by …": the noun the apposition after an
 * organisation's name gives it, so a later "the company" finds the organisation.
 */
const appositiveNoun = (tokens: Tokens, after: number, rules: LanguageRules): string | null => {
  if (tokens[after]?.text !== ',' || !isDeterminer(tokens[after + 1], rules)) return null
  for (let at = after + 2; at < after + 2 + APPOSITIVE_WORDS; at += 1) {
    const token = tokens[at]
    if (!isWord(token) || token.capital) return null
    const word = bare(token)
    if (rules.orgWords.has(word) || rules.speakerNouns.has(word)) return word
  }
  return null
}

/** Two or more capitalised words and nothing else: no organisation, title, acronym or date. */
const personName = (words: readonly Token[], rules: LanguageRules): boolean =>
  words.length >= 2 &&
  words.every(
    (token) =>
      token.capital &&
      !isAcronym(token) &&
      !rules.orgWords.has(bare(token)) &&
      !rules.titles.has(bare(token)) &&
      !has(rules.months, token.lower) &&
      !rules.weekdays.has(token.lower),
  )

const isDayOrMonth = (token: Token, rules: LanguageRules): boolean =>
  rules.weekdays.has(token.lower) || has(rules.months, token.lower)

/**
 * Organisations and titled people named anywhere in a sentence ("the Free Highlands Movement",
 * "Governor Lina Park"), so later pronouns and "the movement" can refer to them. Other people
 * named in full ("for Gareth Pellow of the Harbour Alliance") go into `people` when it is given,
 * so that a later bare surname finds them, without becoming a pronoun's referent.
 */
export const namedEntities = (
  tokens: Tokens,
  source: string,
  rules: LanguageRules,
  people?: string[],
  /** Names of three words or more that are no organisation or titled person by their words. */
  longNames?: string[],
): Speaker[] => {
  const named: Speaker[] = []
  let i = 0
  while (i < tokens.length) {
    if (!isNameWord(tokens, i, rules)) {
      i += 1
      continue
    }
    let to = i + 1
    while (to < tokens.length) {
      if (isNameWord(tokens, to, rules)) to += 1
      else if (
        isParticle(tokens[to], rules) &&
        isNameWord(tokens, to + 1, rules) &&
        // "published by Dunhallow Police on Thursday": a day is when, never part of a name.
        !isDayOrMonth(tokens[to + 1]!, rules)
      )
        to += 2
      else break
    }
    const words = tokens.slice(i, to)
    const org = words.some((token) => token.capital && rules.orgWords.has(bare(token)))
    const titled =
      words.length >= 2 && rules.titles.has(bare(words[0]!)) && !rules.orgWords.has(bare(words[1]!))
    if (org || titled) {
      const speaker = speakerOf(tokens, { from: i, to }, source, rules)
      const kind = org && speaker.role === undefined ? appositiveNoun(tokens, to, rules) : null
      named.push(kind === null ? speaker : { ...speaker, role: kind })
    } else {
      const text = textOf(tokens, { from: i, to }, source)
      if (people !== undefined && personName(words, rules)) people.push(text)
      // "Brennock Civil Engineering", "Conserveira Marés do Norte": three words or more name
      // something a later "Brennock" or "Marés do Norte" may shorten, whatever it is.
      if (longNames !== undefined && to - i >= 3) longNames.push(text)
    }
    i = to
  }
  return named
}
