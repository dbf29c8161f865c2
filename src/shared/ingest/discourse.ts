import { describesRole, isRoleKind } from './elected-description'
import type { Attribution } from '../dossier'
import type { AttributionDraft } from './attribution'
import type { Speaker } from './noun-phrases'
import { has } from './own'
import { OrganisationShortNames } from './organisation-short-names'
import type { LanguageRules, ReferentType } from './rules'
import { spokespersonOf } from './spokesperson'
import { UNKNOWN_SPEAKER, UNNAMED_SPEAKER } from './types'

/**
 * What the story has said so far about who is who: speakers and named organisations, in order,
 * so that "he said", "it said", "the group said" and a bare surname resolve to someone named
 * before. A pronoun looks back only a few sentences; further back a guess is worse than
 * "unknown".
 */
interface Mention {
  readonly speaker: Speaker
  readonly sentence: number
  /** Made a claim (rather than only being named). */
  readonly spoke: boolean
  /** Introduced as a sentence's subject ("Moira Baird, who ran the unit, believes …"). */
  readonly introduced?: boolean
}

const MAX_FIELD = 500
const PRONOUN_LOOKBACK = 4
const DEFINITE_LOOKBACK = 12

const clip = (text: string): string => (text.length > MAX_FIELD ? text.slice(0, MAX_FIELD) : text)

export interface Resolved {
  readonly attribution: Attribution
  readonly speaker?: Speaker
  readonly cues: string[]
}

/**
 * The key under which a person is found by a bare surname: what follows the last whitespace of
 * their name, when that whitespace is a plain space ("Mira Castell" → "Castell"), else none.
 */
const surnameKey = (who: string): string | undefined => {
  const space = /\s(?=\S*$)/.exec(who)
  return space !== null && space[0] === ' ' ? who.slice(space.index + 1) : undefined
}

/**
 * A role that names its organisation by a definite description: "spokesman for the office",
 * "porte-parole de l'entreprise". Groups: who holds the role ("spokesman for"), the article,
 * an elided article, and the description (lowercase words only).
 */
const ROLE_FOR =
  /^(\p{Ll}[\p{L}-]*(?:\s\p{Ll}[\p{L}-]*)?\s(?:for|of|de))\s(?:(the|la|le|les)\s|(l['’]))(\p{Ll}[\p{Ll}-]*(?:\s\p{Ll}[\p{Ll}-]*){0,3})$/u

/** Whether `who` is a spokesperson for an organisation that `head` names: "trust spokesperson". */
const speaksFor = (who: string, head: RegExp, rules: LanguageRules): boolean => {
  const organisation = spokespersonOf(who, rules)?.organisation
  return organisation !== undefined && head.test(organisation)
}

const lastWord = (text: string): string => text.slice(text.lastIndexOf(' ') + 1).toLowerCase()

/**
 * What a role says someone is, its head noun: "executive" in "the trust's chief executive",
 * "chief executive of the trust" or "Trust executive", so "the trust" is not taken for its
 * chief executive (the last word in English, the first in French).
 */
const roleHead = (role: string, headFirst: boolean): string => {
  const words = role
    .replace(/^.*['’]s\s+/u, '')
    .split(/\s(?:of|for|at|de|du|des|d['’])\s?/u)[0]!
    .split(/\s+/u)
  return (headFirst ? words[0] : words[words.length - 1]) ?? ''
}

export class Discourse {
  private readonly mentions: Mention[] = []
  /** The latest mention of a person by surname, so a bare surname costs one lookup. */
  private readonly personBySurname = new Map<string, Mention>()
  private examined = 0
  /** "\bministry\b" for each definite head met, compiled once rather than per sentence. */
  private readonly headPatterns = new Map<string, RegExp>()
  /**
   * The latest organisation named with capitals, by its head noun ("office" for "Carrow County
   * emergency management office"), so "the county emergency management office" finds it however
   * far back: one lookup.
   */
  private readonly orgByHead = new Map<string, Mention>()
  /** "Brennock" for "Brennock Civil Engineering": the starts and ends of organisations' names. */
  private readonly shortNames: OrganisationShortNames

  constructor(private readonly rules: LanguageRules) {
    this.shortNames = new OrganisationShortNames(rules)
  }

  /**
   * Earlier mentions the look-backs have examined so far. Tests hold it to a constant per
   * sentence: a scan of the whole history (the quadratic import) shows up here without timing.
   */
  get mentionsExamined(): number {
    return this.examined
  }

  /** Records who a sentence names, after its own attribution has been resolved. */
  observe(
    sentence: number,
    spoke: Speaker | undefined,
    named: readonly Speaker[],
    introduced: readonly Speaker[] = [],
    /** People named in full in passing: found by a later bare surname, never by a pronoun. */
    people: readonly string[] = [],
    /** Names of three words or more, which a later short form may stand for. */
    longNames: readonly string[] = [],
  ): void {
    for (const who of people) this.namedInPassing(who, sentence)
    for (const who of longNames) this.shortNames.remember({ who, type: 'name', plural: false })
    for (const speaker of named) this.remember({ speaker, sentence, spoke: false })
    for (const speaker of introduced) {
      // "Pellow did not concede": a bare surname as the subject introduces the person it names.
      // "Mr Pellow did not concede": an honorific and a surname, the person named in full.
      const known =
        speaker.type === 'name'
          ? this.bySurname(speaker.who)
          : (this.bySurname(speaker.who) ?? speaker)
      if (known !== undefined)
        this.remember({ speaker: known, sentence, spoke: false, introduced: true })
    }
    if (spoke !== undefined) this.remember({ speaker: spoke, sentence, spoke: true })
  }

  /** Indexes someone named in full in passing under their surname, unless it holds someone. */
  private namedInPassing(who: string, sentence: number): void {
    const key = who.slice(who.lastIndexOf(' ') + 1)
    if (this.personBySurname.has(key)) return
    const speaker: Speaker = { who, type: 'person', plural: false }
    this.personBySurname.set(key, { speaker, sentence, spoke: false })
  }

  /** The person a bare surname stands for, one lookup; undefined when nobody had it. */
  private bySurname(who: string): Speaker | undefined {
    const surname = this.bareSurname(who)
    if (surname === undefined) return undefined
    this.examined += 1
    return this.personBySurname.get(surname)?.speaker
  }

  private remember(mention: Mention): void {
    this.mentions.push(mention)
    const who = mention.speaker.who
    // Named with capitals: its first letter is one (a test per mention, not a pattern).
    if (mention.speaker.type === 'org' && who[0] !== who[0]?.toLowerCase()) {
      this.orgByHead.set(this.headOf(mention.speaker.who), mention)
      this.shortNames.remember(mention.speaker)
      // "Eastholme Care Services, a company …" is found by "the company" as well.
      const role = mention.speaker.role
      if (role !== undefined && !role.includes(' ')) this.orgByHead.set(role, mention)
    }
    if (mention.speaker.type !== 'person') return
    const key = surnameKey(mention.speaker.who)
    if (key !== undefined) this.personBySurname.set(key, mention)
  }

  resolve(stated: AttributionDraft | null, sentence: number): Resolved {
    // A definite subject stands for an organisation named before with capitals, or for nobody.
    const tentative =
      stated?.ifNamedBefore === true && stated.speaker !== undefined
        ? this.expand(stated.speaker, stated.definite, sentence)
        : undefined
    const draft = tentative !== undefined && !/\p{Lu}/u.test(tentative.who) ? null : stated
    const cues = [...(draft?.cues ?? [])]
    let speaker: Speaker | undefined
    const cited = draft?.sameSource === true ? this.latestSource(sentence) : undefined
    if (cited !== undefined) {
      speaker = cited
      cues.push(`same→${cited.who}`)
    } else if (
      draft?.selfNamed !== undefined &&
      (draft.speaker === undefined || draft.pronoun !== undefined)
    ) {
      speaker = draft.selfNamed
      cues.push(`we→${speaker.who}`)
    } else if (draft?.pronoun !== undefined) {
      speaker = this.pronoun(draft.pronoun, sentence)
      cues.push(`${draft.pronoun}→${speaker?.who ?? UNKNOWN_SPEAKER}`)
    } else if (draft?.speaker !== undefined && draft.holderOf !== undefined) {
      // "Its spokesperson said" → "spokesperson for Eastholme Care Services".
      const holder = draft.speaker
      const org = this.referent(draft.holderOf, sentence, false)
      speaker =
        org !== undefined && org.type === 'org' && /^\p{Lu}/u.test(org.who)
          ? {
              ...holder,
              who: `${holder.who} ${this.rules.roleLink} ${this.article(org.who)}${org.who}`,
              type: 'person',
            }
          : holder
      if (speaker !== holder) cues.push(`${holder.who}→${speaker.who}`)
    } else if (draft?.speaker !== undefined) {
      speaker = tentative ?? this.expand(draft.speaker, draft.definite, sentence, draft.subjectName)
      if (speaker.who !== draft.speaker.who) cues.push(`${draft.speaker.who}→${speaker.who}`)
    } else if (draft?.selfNamed !== undefined) {
      speaker = draft.selfNamed
    }
    // Optional parts assigned in order rather than spread: a spread costs ten times as much, once
    // per sentence of the story. The keys' order is the output's, unchanged.
    const attribution: { who: string; role?: string; where?: string; when?: string } = {
      who: clip(speaker?.who ?? UNKNOWN_SPEAKER),
    }
    if (speaker?.role !== undefined) attribution.role = clip(speaker.role)
    if (draft?.where !== undefined) attribution.where = clip(draft.where)
    if (draft?.when !== undefined) attribution.when = clip(draft.when)
    return speaker === undefined ? { attribution, cues } : { attribution, speaker, cues }
  }

  /**
   * The organisation named with capitals that a description stands for, as "the trust" would
   * ("East Wendle Hospitals Trust" for "trust"), or undefined when none was named.
   */
  organisationDescribed(description: string, sentence: number): Speaker | undefined {
    const org = this.definiteReferent(this.headOf(description), description, sentence)
    // "a police spokesman" speaks for "Dunhallow Police", a body named as a group.
    const body = org !== undefined && (org.type === 'org' || org.type === 'group')
    return body && /^\p{Lu}/u.test(org.who) ? org : undefined
  }

  /**
   * "The same report found …": the source of the latest sentence, in the last 12, that an
   * organisation or a document spoke for (a person's words are no report), or undefined.
   */
  private latestSource(sentence: number): Speaker | undefined {
    return this.recent(sentence, DEFINITE_LOOKBACK).find(
      ({ speaker, spoke }) =>
        spoke &&
        (speaker.type === 'org' || speaker.type === 'group') &&
        speaker.who !== UNKNOWN_SPEAKER &&
        speaker.who !== UNNAMED_SPEAKER,
    )?.speaker
  }

  /**
   * Whose "its report", "their survey" or "her letters" is: an organisation or group by the
   * possessive's type, or for "his"/"her" (no type: no gender is known) the one person in the
   * last 4 sentences, never a guess between two.
   */
  possessor(type: ReferentType | undefined, sentence: number): Speaker | undefined {
    if (type !== undefined) return this.referent(type, sentence, false)
    const people = this.recent(sentence, PRONOUN_LOOKBACK).filter(
      ({ speaker }) =>
        (speaker.type === 'person' || speaker.type === 'name') &&
        !speaker.plural &&
        speaker.who !== UNNAMED_SPEAKER,
    )
    return people.every(({ speaker }) => speaker.who === people[0]?.speaker.who)
      ? people[0]?.speaker
      : undefined
  }

  /** Mentions from the last `lookback` sentences, newest first. */
  private recent(sentence: number, lookback: number): Mention[] {
    const recent: Mention[] = []
    for (let i = this.mentions.length - 1; i >= 0; i -= 1) {
      const mention = this.mentions[i]!
      this.examined += 1
      if (mention.sentence < sentence - lookback) break
      recent.push(mention)
    }
    return recent
  }

  private pronoun(pronoun: string, sentence: number): Speaker | undefined {
    const type = has(this.rules.pronouns, pronoun) ? this.rules.pronouns[pronoun] : undefined
    return this.referent(type, sentence)
  }

  /** Who a pronoun (or a possessive) of this type refers to, in the last 4 sentences. */
  private referent(
    type: ReferentType | undefined,
    sentence: number,
    /** Whether "he" with nobody to refer to is someone unnamed (not for a possessive). */
    unnamed = true,
  ): Speaker | undefined {
    const fits = (speaker: Speaker): boolean => {
      if (type === 'person')
        return !speaker.plural && (speaker.type === 'person' || speaker.type === 'name')
      if (type === 'org')
        return !speaker.plural && (speaker.type === 'org' || speaker.type === 'name')
      if (type === 'singular') return !speaker.plural && speaker.type !== 'group'
      return speaker.plural || speaker.type === 'org' || speaker.type === 'group'
    }
    const recent = this.recent(sentence, PRONOUN_LOOKBACK)
    // Someone who spoke is the likelier referent than someone only named in passing.
    // ... unless the sentence before introduced someone unnamed ("spoke to a man who ...").
    // ... unless that sentence introduced someone named as well ("Mira Dorn, who …, mends nets as
    // gently as a woman rocking a cradle"): the indefinite is then a likeness, not a new person.
    const namedIn = new Set<number>()
    for (const named of recent)
      if (named.introduced === true && named.speaker.who !== UNNAMED_SPEAKER && fits(named.speaker))
        namedIn.add(named.sentence)
    const likeness = (mention: Mention): boolean =>
      mention.speaker.who === UNNAMED_SPEAKER && namedIn.has(mention.sentence)
    const introduced = recent.find(
      (mention) =>
        mention.sentence === sentence - 1 &&
        !mention.spoke &&
        mention.speaker.who === UNNAMED_SPEAKER &&
        fits(mention.speaker) &&
        !likeness(mention),
    )
    const lastSpoke = recent.find((mention) => mention.spoke && fits(mention.speaker))
    // ... or someone the story has introduced as a sentence's subject since the last speaker
    // spoke: carrying a speaker on stops at a new person ("Moira Baird, who ran the unit,
    // believes … The unit treated 4,000 patients a year, she said").
    const since = recent.find(
      (mention) =>
        mention.introduced === true &&
        mention.sentence < sentence &&
        (lastSpoke === undefined || mention.sentence > lastSpoke.sentence) &&
        fits(mention.speaker) &&
        !likeness(mention),
    )
    const spoke = introduced ?? since ?? lastSpoke
    const found = (spoke ?? recent.find((mention) => fits(mention.speaker)))?.speaker
    // "He said" with nobody to refer to is still someone: unnamed, not unknown.
    if (found === undefined && type === 'person' && unnamed)
      return { who: UNNAMED_SPEAKER, type: 'person', plural: false }
    return found
  }

  private headPattern(definite: string): RegExp {
    let pattern = this.headPatterns.get(definite)
    if (pattern === undefined) {
      pattern = new RegExp(`\\b${definite}\\b`, 'i')
      this.headPatterns.set(definite, pattern)
    }
    return pattern
  }

  /**
   * "the" before an organisation named partly in lowercase ("spokesman for the Carrow County
   * emergency management office"), none before a proper name ("for Eastholme Care Services")
   * or in French ("porte-parole de Valtram").
   */
  private article(org: string): string {
    return !this.rules.headFirst && /\s\p{Ll}/u.test(org) ? 'the ' : ''
  }

  /** The head noun of an organisation's name: its last word, or its first in French. */
  private headOf(who: string): string {
    return this.rules.headFirst ? who.split(' ')[0]!.toLowerCase() : lastWord(who)
  }

  /**
   * The organisation or speaker a definite description stands for: "the group", "the office",
   * "the county emergency management office" (every word of it in the name found). The last 12
   * sentences first, then the latest organisation with that head noun.
   */
  private definiteReferent(
    definite: string,
    description: string,
    sentence: number,
  ): Speaker | undefined {
    const word = this.headPattern(definite)
    const generic = this.rules.genericOrgNouns.has(definite)
    const lowered = description.toLowerCase()
    // "the county emergency management office": the words other than the head and "the".
    const others = lowered.includes(' ')
      ? lowered
          .split(/\s+/u)
          .filter((part) => part !== definite && !this.rules.determiners.has(part))
      : []
    const describes = (who: string): boolean => {
      if (others.length === 0) return true
      const words = who.toLowerCase().split(/\s+/u)
      return others.every((part) => words.includes(part))
    }
    const differs = (who: string): boolean => who.toLowerCase() !== lowered
    const match = this.recent(sentence, DEFINITE_LOOKBACK).find(
      (mention) =>
        // "the service" is not "spokeswoman for the … service": a person only by their role.
        ((word.test(mention.speaker.who) && mention.speaker.type !== 'person') ||
          word.test(roleHead(mention.speaker.role ?? '', this.rules.headFirst)) ||
          (generic && /\p{Lu}/u.test(mention.speaker.who) && mention.speaker.type === 'org')) &&
        differs(mention.speaker.who) &&
        // "the trust" is the trust, not "the trust's budget papers" named before.
        !this.rules.documentNouns.has(lastWord(mention.speaker.who)) &&
        describes(mention.speaker.who) &&
        // ... nor the "trust spokesperson" who spoke for it.
        !speaksFor(mention.speaker.who, word, this.rules),
    )
    if (match !== undefined) return match.speaker
    this.examined += 1
    const named = this.orgByHead.get(definite)
    return named !== undefined && differs(named.speaker.who) && describes(named.speaker.who)
      ? named.speaker
      : undefined
  }

  /**
   * "A spokesman for the office" → "spokesman for the Carrow County emergency management
   * office": someone whose role names an organisation by a definite description.
   */
  private roleHolder(
    speaker: Speaker,
    sentence: number,
    subjectName: string | undefined,
  ): Speaker | undefined {
    // One test of the words a role needs before the pattern: most speakers have none of them.
    const { who } = speaker
    if (!who.includes(' for ') && !who.includes(' of ') && !who.includes(' de ')) return undefined
    const role = ROLE_FOR.exec(who)
    if (role === null) return undefined
    const [, holder, , , description] = role
    const words = description!.split(/\s+/u)
    const head = this.rules.headFirst ? words[0]! : words[words.length - 1]!
    // "Valtram a revu …, selon un porte-parole de l'entreprise": the company is the subject.
    if (subjectName !== undefined && words.length === 1 && this.rules.orgWords.has(head))
      return { ...speaker, who: `${holder} ${this.article(subjectName)}${subjectName}` }
    const org = this.definiteReferent(head, description!, sentence)
    if (org === undefined || org.type !== 'org' || !/^\p{Lu}/u.test(org.who)) return undefined
    return { ...speaker, who: `${holder} ${this.article(org.who)}${org.who}` }
  }

  /**
   * The surname a mention stands on: "Castell", or "Ms Castell" / "M. Castell" (an honorific and
   * one capitalised word), so a story that names someone in full once and then by honorific and
   * surname, as most newspapers do, keeps one speaker. Undefined for anything longer.
   */
  private bareSurname(who: string): string | undefined {
    const words = who.split(/\s+/u)
    if (words.length === 1) return words[0]
    if (words.length !== 2) return undefined
    const [honorific, surname] = words as [string, string]
    const title = honorific.toLowerCase().replace(/\.$/u, '')
    return this.rules.honorifics.has(title) && /^\p{Lu}/u.test(surname) ? surname : undefined
  }

  /**
   * "Le préfet a précisé", "The inspector said": a person named only by a title (one lowercase
   * word the speaker tables do not hold as a group or an organisation) is the person the story
   * named before with that title as the head of their role, in the last 12 sentences ("le préfet
   * de la Haute-Sorgue, Paul Morvandel"). Nobody else: "the mayor" is not whoever spoke last.
   */
  private describedPerson(speaker: Speaker, sentence: number): Speaker | undefined {
    const noun = speaker.who
    if (speaker.type !== 'person' && speaker.type !== 'name' && !isRoleKind(noun)) return undefined
    if (speaker.plural || !/^\p{Ll}[\p{Ll}-]+$/u.test(noun)) return undefined
    if (this.rules.speakerNouns.has(noun) || this.rules.orgWords.has(noun)) return undefined
    const named = (candidate: Speaker): boolean =>
      candidate.type === 'person' && /^\p{Lu}/u.test(candidate.who) && !candidate.plural
    const byRole = this.recent(sentence, DEFINITE_LOOKBACK).find(
      (mention) =>
        named(mention.speaker) &&
        describesRole(
          noun,
          roleHead(mention.speaker.role ?? '', this.rules.headFirst).toLowerCase(),
          mention.speaker.role ?? '',
        ),
    )
    return byRole?.speaker
  }

  /** "the group" → the group named before; "Castell" → "Mira Castell" if introduced. */
  private expand(
    speaker: Speaker,
    definite: string | undefined,
    sentence: number,
    subjectName?: string,
  ): Speaker {
    if (definite !== undefined)
      return (
        this.definiteReferent(definite, speaker.who, sentence) ??
        this.describedPerson(speaker, sentence) ??
        speaker
      )
    if (speaker.type === 'person') {
      const holder = this.roleHolder(speaker, sentence, subjectName)
      if (holder !== undefined) return holder
    }
    // "L'élu" is read as an organisation's noun, but describes a person.
    if (isRoleKind(speaker.who)) return this.describedPerson(speaker, sentence) ?? speaker
    if (speaker.type === 'org') return this.shortened(speaker) ?? speaker
    if (speaker.type !== 'name' && speaker.type !== 'person') return speaker
    const described = this.describedPerson(speaker, sentence)
    if (described !== undefined) return described
    const surname = this.bareSurname(speaker.who)
    if (surname === undefined) return this.shortened(speaker) ?? speaker
    this.examined += 1
    const earlier = this.personBySurname.get(surname)
    if (earlier === undefined) return this.shortened(speaker) ?? speaker
    const role = speaker.role ?? earlier.speaker.role
    return { ...earlier.speaker, ...(role === undefined ? {} : { role }) }
  }

  /** "Brennock says" after "Brennock Civil Engineering": one lookup in the short-name index. */
  private shortened(speaker: Speaker): Speaker | undefined {
    this.examined += 1
    return this.shortNames.organisationFor(speaker)
  }
}
