import type { Attribution } from '../dossier'
import type { AttributionDraft } from './attribution'
import type { Speaker } from './noun-phrases'
import { has } from './own'
import type { LanguageRules } from './rules'
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

  constructor(private readonly rules: LanguageRules) {}

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
  ): void {
    for (const speaker of named) this.remember({ speaker, sentence, spoke: false })
    for (const speaker of introduced)
      this.remember({ speaker, sentence, spoke: false, introduced: true })
    if (spoke !== undefined) this.remember({ speaker: spoke, sentence, spoke: true })
  }

  private remember(mention: Mention): void {
    this.mentions.push(mention)
    if (mention.speaker.type !== 'person') return
    const key = surnameKey(mention.speaker.who)
    if (key !== undefined) this.personBySurname.set(key, mention)
  }

  resolve(draft: AttributionDraft | null, sentence: number): Resolved {
    const cues = [...(draft?.cues ?? [])]
    let speaker: Speaker | undefined
    if (
      draft?.selfNamed !== undefined &&
      (draft.speaker === undefined || draft.pronoun !== undefined)
    ) {
      speaker = draft.selfNamed
      cues.push(`we→${speaker.who}`)
    } else if (draft?.pronoun !== undefined) {
      speaker = this.pronoun(draft.pronoun, sentence)
      cues.push(`${draft.pronoun}→${speaker?.who ?? UNKNOWN_SPEAKER}`)
    } else if (draft?.speaker !== undefined) {
      speaker = this.expand(draft.speaker, draft.definite, sentence)
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
    const introduced = recent.find(
      (mention) =>
        mention.sentence === sentence - 1 &&
        !mention.spoke &&
        mention.speaker.who === UNNAMED_SPEAKER &&
        fits(mention.speaker),
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
        fits(mention.speaker),
    )
    const spoke = introduced ?? since ?? lastSpoke
    const found = (spoke ?? recent.find((mention) => fits(mention.speaker)))?.speaker
    // "He said" with nobody to refer to is still someone: unnamed, not unknown.
    if (found === undefined && type === 'person')
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

  /** "the group" → the group named before; "Castell" → "Mira Castell" if introduced. */
  private expand(speaker: Speaker, definite: string | undefined, sentence: number): Speaker {
    if (definite !== undefined) {
      const word = this.headPattern(definite)
      const generic = this.rules.genericOrgNouns.has(definite)
      const match = this.recent(sentence, DEFINITE_LOOKBACK).find(
        (mention) =>
          mention.speaker.who.toLowerCase() !== speaker.who.toLowerCase() &&
          // "the trust" is the trust, not "the trust's budget papers" named before.
          !this.rules.documentNouns.has(lastWord(mention.speaker.who)) &&
          (word.test(mention.speaker.who) ||
            word.test(roleHead(mention.speaker.role ?? '', this.rules.headFirst)) ||
            (generic && /\p{Lu}/u.test(mention.speaker.who) && mention.speaker.type === 'org')),
      )
      return match?.speaker ?? speaker
    }
    if (speaker.type !== 'name' && speaker.type !== 'person') return speaker
    const last = speaker.who.split(/\s+/)
    if (last.length !== 1) return speaker
    this.examined += 1
    const earlier = this.personBySurname.get(last[0]!)
    if (earlier === undefined) return speaker
    const role = speaker.role ?? earlier.speaker.role
    return { ...earlier.speaker, ...(role === undefined ? {} : { role }) }
  }
}
