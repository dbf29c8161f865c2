import type { AttributionDraft } from './attribution'
import type { Discourse, Resolved } from './discourse'
import type { Speaker } from './noun-phrases'
import { has } from './own'
import type { LanguageRules } from './rules'
import type { Tokens } from './subject'
import type { Token } from './tokens'
import { bare } from './tokens'
import { UNKNOWN_SPEAKER, UNNAMED_SPEAKER } from './types'

/** Sentences back that "the letter" still finds the letter an author was said to write. */
const OWNER_LOOKBACK = 12
/** Words after "by" that may describe an author before their name ("the engineering consultancy"). */
const BY_REACH = 8
/** Sentences back a "his" or "her" looks for a person, as a pronoun does. */
const PERSON_LOOKBACK = 4
/** Documents kept: a look-back of 12 sentences rarely holds more. */
const KEPT = 8
/** "The report, written by …": the participles that name an author (not "seen by the Gazette"). */
const AUTHOR_PARTICIPLES: ReadonlySet<string> = new Set(['written', 'led', 'prepared', 'compiled'])

/** What a document as a sentence's subject says about whose it is. */
export type DocumentSubject =
  /** "The report concluded": a document the story attributed before. */
  | { readonly kind: 'bare'; readonly noun: string }
  /** "Its report found", "Her letters show": whoever the possessive refers to. */
  | { readonly kind: 'possessive'; readonly word: string; readonly noun: string }
  /** "The trust's own log shows": the organisation "the trust" stands for. */
  | { readonly kind: 'holder'; readonly holder: string; readonly noun: string }
  /** "A review by Halden Pryce found", "The report, written by Dr Ann Vey, says": its author. */
  | { readonly kind: 'authored'; readonly owner: Speaker; readonly noun: string }

interface OwnedDocument {
  readonly noun: string
  readonly owner: Speaker
  readonly sentence: number
}

/** "reports" and "report", "letters" and "letter" are one document noun. */
const singular = (noun: string): string =>
  noun.length > 3 && noun.endsWith('s') && !noun.endsWith('ss') ? noun.slice(0, -1) : noun

const isName = (token: Token | undefined, rules: LanguageRules): boolean =>
  token !== undefined &&
  !token.inQuote &&
  token.kind === 'word' &&
  (token.capital || rules.honorifics.has(token.lower.replace(/\.$/u, '')))

/**
 * The capitalised run starting at `at` ("Dr Marguerite Fairlie", "Institute for Labour
 * Studies": a particle between capitalised words is part of the name), or none.
 */
const nameAt = (
  tokens: Tokens,
  at: number,
  rules: LanguageRules,
  inApposition = false,
): Speaker | undefined => {
  let end = at
  while (
    isName(tokens[end], rules) ||
    (end > at && rules.nameParticles.has(tokens[end]?.text ?? '') && isName(tokens[end + 1], rules))
  )
    end += 1
  if (end === at) return undefined
  const words = tokens.slice(at, end).map((token) => token.text)
  // "Dr Ann Vey" or a name in apposition to a role is a person; an author's name alone is taken
  // for an organisation, which is what "the same report" may cite.
  const person = inApposition || rules.honorifics.has(tokens[at]!.lower.replace(/\.$/u, ''))
  return { who: words.join(' '), type: person ? 'person' : 'org', plural: false }
}

/** The author after "by": a name after a few lowercase words, or the name in apposition after. */
const authorAfterBy = (
  tokens: Tokens,
  by: number,
  rules: LanguageRules,
  /** Where the speaker phrase ends (a source offset): a name inside it must end it. */
  phraseEnd = 0,
): Speaker | undefined => {
  const last = Math.min(tokens.length, by + 1 + BY_REACH)
  for (let at = by + 1; at < last; at += 1) {
    const token = tokens[at]!
    if (token.inQuote) return undefined
    if (isName(token, rules)) {
      // "by the Ovel county auditor's office": a name that a lowercase word goes on from, inside
      // the speaker phrase, is part of a longer description, not the author.
      const name = nameAt(tokens, at, rules)
      const next = tokens[at + (name?.who.split(' ').length ?? 0)]
      const goesOn = next !== undefined && next.kind === 'word' && next.start < phraseEnd
      return goesOn || /['’]s?$/u.test(name?.who ?? '') ? undefined : name
    }
    // "by the head of internal audit, Graham Fairweather,": the name in apposition.
    if (token.text === ',') return nameAt(tokens, at + 1, rules, true)
    if (token.kind !== 'word') return undefined
  }
  return undefined
}

/**
 * Reads a speaker phrase that is a document as whose it is. A cheap test first: most speaker
 * phrases hold no document noun in their first three words.
 */
export const documentSubject = (
  draft: AttributionDraft | null,
  tokens: Tokens,
  rules: LanguageRules,
): DocumentSubject | undefined => {
  const range = draft?.range
  if (range === undefined || draft?.speaker === undefined || draft.pronoun !== undefined)
    return undefined
  let noun = -1
  for (let at = range.from; at < Math.min(range.to, range.from + 4); at += 1)
    if (rules.documentNouns.has(bare(tokens[at]!))) {
      noun = at
      break
    }
  if (noun < 0) return undefined
  const word = singular(bare(tokens[noun]!))
  const first = tokens[range.from]!
  if (tokens[noun + 1]?.lower === 'by' && noun + 1 < range.to) {
    const owner = authorAfterBy(tokens, noun + 1, rules, tokens[range.to - 1]!.end)
    return owner === undefined ? undefined : { kind: 'authored', owner, noun: word }
  }
  if (noun !== range.to - 1) return undefined
  if (
    first.lower === 'its' ||
    first.lower === 'their' ||
    first.lower === 'his' ||
    first.lower === 'her'
  )
    return { kind: 'possessive', word: first.lower, noun: word }
  // "The coastguard's first statement", read without its article: the coastguard's.
  if (isHolder(first)) return { kind: 'holder', holder: bare(first), noun: word }
  if (first.lower !== 'the') return undefined
  if (noun === range.from + 1) {
    // "The report, written by Dr Ann Vey, says": an author named right after the document.
    const participle = tokens[noun + 2]
    if (
      tokens[noun + 1]?.text === ',' &&
      participle !== undefined &&
      AUTHOR_PARTICIPLES.has(participle.lower) &&
      tokens[noun + 3]?.lower === 'by'
    ) {
      const owner = authorAfterBy(tokens, noun + 3, rules)
      if (owner !== undefined) return { kind: 'authored', owner, noun: word }
    }
    return { kind: 'bare', noun: word }
  }
  // "The trust's own incident log": one lowercase word with a possessive after "the".
  const holder = tokens[range.from + 1]!
  if (isHolder(holder)) return { kind: 'holder', holder: bare(holder), noun: word }
  return undefined
}

/** "trust's": one lowercase word with a possessive. */
const isHolder = (token: Token): boolean =>
  !token.capital && token.lower !== bare(token) && /^\p{Ll}+$/u.test(bare(token))

const isOwner = (speaker: Speaker | undefined): speaker is Speaker =>
  speaker !== undefined &&
  speaker.who !== UNKNOWN_SPEAKER &&
  speaker.who !== UNNAMED_SPEAKER &&
  /^\p{Lu}/u.test(speaker.who)

/**
 * Documents the story has attributed ("In a letter to the council, Pennick Lowe LLP said"; "A
 * review by Halden Pryce found"), newest last and at most a few, so a later bare "the letter"
 * finds its author: one short scan, bounded by count and by 12 sentences.
 */
export class DocumentOwners {
  private readonly documents: OwnedDocument[] = []
  /** The latest sentence that named someone in passing ("wrote to the director, Tomas Brede"). */
  private lastPassingPerson = -Infinity

  /** Whether someone was named in passing in the last 4 sentences: "his" is then no one sure. */
  passingPersonNear(sentence: number): boolean {
    return this.lastPassingPerson >= sentence - PERSON_LOOKBACK
  }

  /** The author of the latest document with this noun in the last 12 sentences, or undefined. */
  ownerOf(noun: string, sentence: number): Speaker | undefined {
    for (let i = this.documents.length - 1; i >= 0; i -= 1) {
      const document = this.documents[i]!
      if (document.sentence < sentence - OWNER_LOOKBACK) return undefined
      if (document.noun === noun) return document.owner
    }
    return undefined
  }

  /**
   * Records the documents a sentence attributes to its resolved speaker: the document it is
   * the subject of, or one named outside the speaker phrase with an article ("In a letter").
   */
  observe(
    sentence: number,
    tokens: Tokens,
    draft: AttributionDraft | null,
    speaker: Speaker | undefined,
    rules: LanguageRules,
    subject: DocumentSubject | undefined,
    people: readonly string[],
  ): void {
    if (people.length > 0) this.lastPassingPerson = sentence
    if (!isOwner(speaker)) return
    if (subject !== undefined && subject.kind !== 'bare') {
      this.keep({ noun: subject.noun, owner: speaker, sentence })
      return
    }
    const range = draft?.range
    for (let at = 1; at < tokens.length; at += 1) {
      const token = tokens[at]!
      if (token.inQuote || (range !== undefined && at >= range.from && at < range.to)) continue
      if (!rules.documentNouns.has(token.lower)) continue
      const article = tokens[at - 1]!.lower
      if (article === 'a' || article === 'an' || article === 'its' || article === 'their')
        this.keep({ noun: singular(token.lower), owner: speaker, sentence })
    }
  }

  private keep(document: OwnedDocument): void {
    this.documents.push(document)
    if (this.documents.length > KEPT) this.documents.shift()
  }
}

/** What a discourse answers: `Discourse.possessor` and `Discourse.resolve`. */
export type Possessors = Pick<Discourse, 'possessor' | 'resolve'>

/**
 * The draft with the document's owner as its speaker, when the story tells whose the document
 * is; otherwise the draft as it was. "The trust's own log" becomes "the trust", a definite
 * description the discourse resolves as it resolves "the trust said".
 */
const ownedDraft = (
  draft: AttributionDraft,
  subject: DocumentSubject,
  sentence: number,
  documents: DocumentOwners,
  possessors: Possessors,
  rules: LanguageRules,
): AttributionDraft => {
  const withOwner = (owner: Speaker | undefined, cue: string): AttributionDraft =>
    isOwner(owner)
      ? {
          ...draft,
          speaker: owner,
          definite: undefined,
          cues: [...draft.cues, `${cue}→${owner.who}`],
        }
      : draft
  switch (subject.kind) {
    case 'authored':
      return withOwner(subject.owner, 'by')
    case 'bare':
      return withOwner(documents.ownerOf(subject.noun, sentence), subject.noun)
    case 'possessive': {
      const type = has(rules.possessives, subject.word)
        ? rules.possessives[subject.word]
        : undefined
      // "his", "her": someone named in passing nearby makes two people it may be.
      if (type === undefined && documents.passingPersonNear(sentence)) return draft
      return withOwner(possessors.possessor(type, sentence), subject.word)
    }
    case 'holder':
      return {
        ...draft,
        speaker: { who: subject.holder, type: 'org', plural: false },
        definite: subject.holder,
        cues: [...draft.cues, `${subject.holder}'s ${subject.noun}`],
      }
  }
}

/** "Brenford City Council's" as an owner is "Brenford City Council". */
const withoutPossessive = (resolved: Resolved): Resolved => {
  const who = resolved.attribution.who
  if (!/['’]s$/u.test(who) || resolved.speaker === undefined) return resolved
  const owner = who.slice(0, -2)
  return {
    ...resolved,
    attribution: { ...resolved.attribution, who: owner },
    speaker: { ...resolved.speaker, who: owner },
  }
}

/**
 * Resolves a sentence whose subject is a document: as its owner when the story says whose it
 * is and the discourse finds them by name, else as the sentence said it.
 */
export const resolveDocument = (
  draft: AttributionDraft,
  subject: DocumentSubject,
  sentence: number,
  documents: DocumentOwners,
  discourse: Possessors,
  rules: LanguageRules,
): Resolved => {
  const owned = ownedDraft(draft, subject, sentence, documents, discourse, rules)
  if (owned !== draft) {
    const resolved = discourse.resolve(owned, sentence)
    if (isOwner(resolved.speaker)) return withoutPossessive(resolved)
    // "The coastguard's first statement" is the regional coastguard's, named before.
    const found = resolved.attribution.who
    if (
      subject.kind === 'holder' &&
      found !== subject.holder &&
      found.toLowerCase().endsWith(subject.holder)
    )
      return resolved
  }
  return discourse.resolve(draft, sentence)
}
