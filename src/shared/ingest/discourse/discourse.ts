import { isRoleKind } from '../elected-description'
import type { AttributionDraft } from '../attribution'
import type { Speaker } from '../noun-phrases'
import { has } from '../own'
import type { LanguageRules, ReferentType } from '../rules'
import { UNKNOWN_SPEAKER, UNNAMED_SPEAKER } from '../types'
import { article } from './article'
import { DefiniteReferents } from './definite-referents'
import { describedPerson } from './described-person'
import { headOf } from './head-nouns'
import { latestSource } from './latest-source'
import { MentionHistory } from './mention-history'
import { possessor } from './possessor'
import { pronounReferent } from './pronoun-referent'
import { resolved } from './resolved'
import type { Resolved } from './resolved'
import { roleHolder } from './role-holder'
import { bareSurname } from './surnames'

/**
 * What the story has said so far about who is who: speakers and named organisations, in order,
 * so that "he said", "it said", "the group said" and a bare surname resolve to someone named
 * before. A pronoun looks back only a few sentences; further back a guess is worse than
 * "unknown".
 */
export class Discourse {
  private readonly history: MentionHistory
  private readonly definites: DefiniteReferents
  /** The personal pronoun ("he", "she") a person was first called by, by name. */
  private readonly personalPronouns = new Map<string, string>()

  constructor(private readonly rules: LanguageRules) {
    this.history = new MentionHistory(rules)
    this.definites = new DefiniteReferents(rules, this.history)
  }

  /**
   * Earlier mentions the look-backs have examined so far. Tests hold it to a constant per
   * sentence: a scan of the whole history (the quadratic import) shows up here without timing.
   */
  get mentionsExamined(): number {
    return this.history.examined
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
    for (const who of people) this.history.namedInPassing(who, sentence)
    for (const who of longNames) this.history.longName(who)
    for (const speaker of named) this.history.remember({ speaker, sentence, spoke: false })
    for (const speaker of introduced) {
      // "Pellow did not concede": a bare surname as the subject introduces the person it names.
      // "Mr Pellow did not concede": an honorific and a surname, the person named in full.
      const known =
        speaker.type === 'name'
          ? this.bySurname(speaker.who)
          : (this.bySurname(speaker.who) ?? speaker)
      if (known !== undefined)
        this.history.remember({ speaker: known, sentence, spoke: false, introduced: true })
    }
    if (spoke !== undefined) this.history.remember({ speaker: spoke, sentence, spoke: true })
  }

  /** The person a bare surname stands for, one lookup; undefined when nobody had it. */
  private bySurname(who: string): Speaker | undefined {
    const surname = bareSurname(who, this.rules)
    if (surname === undefined) return undefined
    return this.history.withSurname(surname)?.speaker
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
    const cited = draft?.sameSource === true ? latestSource(this.history, sentence) : undefined
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
      const org = pronounReferent(this.history, draft.holderOf, sentence, false)
      speaker =
        org !== undefined && org.type === 'org' && /^\p{Lu}/u.test(org.who)
          ? {
              ...holder,
              who: `${holder.who} ${this.rules.roleLink} ${article(org.who, this.rules)}${org.who}`,
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
    return resolved(speaker, draft, cues)
  }

  /**
   * The organisation named with capitals that a description stands for, as "the trust" would
   * ("East Wendle Hospitals Trust" for "trust"), or undefined when none was named.
   */
  organisationDescribed(description: string, sentence: number): Speaker | undefined {
    const head = headOf(description, this.rules.headFirst)
    const org = this.definites.find(head, description, sentence)
    // "a police spokesman" speaks for "Dunhallow Police", a body named as a group.
    const body = org !== undefined && (org.type === 'org' || org.type === 'group')
    return body && /^\p{Lu}/u.test(org.who) ? org : undefined
  }

  /**
   * Whose "its report", "their survey" or "her letters" is: an organisation or group by the
   * possessive's type, or for "his"/"her" the one person in the last 4 sentences.
   */
  possessor(type: ReferentType | undefined, sentence: number): Speaker | undefined {
    return possessor(this.history, type, sentence)
  }

  private pronoun(pronoun: string, sentence: number): Speaker | undefined {
    const type = has(this.rules.pronouns, pronoun) ? this.rules.pronouns[pronoun] : undefined
    if (type !== 'person') return pronounReferent(this.history, type, sentence, true)
    // "she" is not whoever the story has called "he": each person keeps the pronoun first
    // resolved to them.
    const called = (speaker: Speaker): boolean => {
      const known = this.personalPronouns.get(speaker.who)
      return known !== undefined && known !== pronoun
    }
    const found = pronounReferent(this.history, type, sentence, true, called)
    if (
      found !== undefined &&
      found.who !== UNNAMED_SPEAKER &&
      !this.personalPronouns.has(found.who)
    )
      this.personalPronouns.set(found.who, pronoun)
    return found
  }

  /** "the group" → the group named before; "Castell" → "Mira Castell" if introduced. */
  private expand(
    speaker: Speaker,
    definite: string | undefined,
    sentence: number,
    subjectName?: string,
  ): Speaker {
    const { history, rules } = this
    if (definite !== undefined)
      return (
        this.definites.find(definite, speaker.who, sentence) ??
        describedPerson(history, rules, speaker, sentence) ??
        speaker
      )
    if (speaker.type === 'person') {
      const holder = roleHolder(this.definites, rules, speaker, sentence, subjectName)
      if (holder !== undefined) return holder
    }
    // "L'élu" is read as an organisation's noun, but describes a person.
    if (isRoleKind(speaker.who))
      return describedPerson(history, rules, speaker, sentence) ?? speaker
    if (speaker.type === 'org') return history.shortened(speaker) ?? speaker
    if (speaker.type !== 'name' && speaker.type !== 'person') return speaker
    const described = describedPerson(history, rules, speaker, sentence)
    if (described !== undefined) return described
    const surname = bareSurname(speaker.who, rules)
    if (surname === undefined) return history.shortened(speaker) ?? speaker
    const earlier = history.withSurname(surname)
    if (earlier === undefined) return history.shortened(speaker) ?? speaker
    const role = speaker.role ?? earlier.speaker.role
    return { ...earlier.speaker, ...(role === undefined ? {} : { role }) }
  }
}
