import type { Speaker } from '../noun-phrases'
import { OrganisationShortNames } from '../organisation-short-names'
import type { LanguageRules } from '../rules'
import { headOf } from './head-nouns'
import type { Mention } from './mention'
import { surnameKey } from './surnames'

/**
 * The mentions of a story so far, in order, with the indexes that find a person by surname, an
 * organisation by its head noun or by a short form in one lookup. Every look-back goes through
 * here, so it counts the mentions examined.
 */
export class MentionHistory {
  private readonly mentions: Mention[] = []
  /** The latest mention of a person by surname, so a bare surname costs one lookup. */
  private readonly personBySurname = new Map<string, Mention>()
  /**
   * The latest organisation named with capitals, by its head noun ("office" for "Carrow County
   * emergency management office"), so "the county emergency management office" finds it however
   * far back: one lookup.
   */
  private readonly orgByHead = new Map<string, Mention>()
  /** "Brennock" for "Brennock Civil Engineering": the starts and ends of organisations' names. */
  private readonly shortNames: OrganisationShortNames
  private examinedSoFar = 0

  constructor(private readonly rules: LanguageRules) {
    this.shortNames = new OrganisationShortNames(rules)
  }

  /** Earlier mentions the look-backs have examined so far. */
  get examined(): number {
    return this.examinedSoFar
  }

  remember(mention: Mention): void {
    this.mentions.push(mention)
    const who = mention.speaker.who
    // Named with capitals: its first letter is one (a test per mention, not a pattern).
    if (mention.speaker.type === 'org' && who[0] !== who[0]?.toLowerCase()) {
      this.orgByHead.set(headOf(mention.speaker.who, this.rules.headFirst), mention)
      this.shortNames.remember(mention.speaker)
      // "Eastholme Care Services, a company …" is found by "the company" as well.
      const role = mention.speaker.role
      if (role !== undefined && !role.includes(' ')) this.orgByHead.set(role, mention)
    }
    if (mention.speaker.type !== 'person') return
    const key = surnameKey(mention.speaker.who)
    if (key !== undefined) this.personBySurname.set(key, mention)
  }

  /** Indexes someone named in full in passing under their surname, unless it holds someone. */
  namedInPassing(who: string, sentence: number): void {
    const key = who.slice(who.lastIndexOf(' ') + 1)
    if (this.personBySurname.has(key)) return
    const speaker: Speaker = { who, type: 'person', plural: false }
    this.personBySurname.set(key, { speaker, sentence, spoke: false })
  }

  /** Indexes a name of three words or more, which a later short form may stand for. */
  longName(who: string): void {
    this.shortNames.remember({ who, type: 'name', plural: false })
  }

  /** Mentions from the last `lookback` sentences, newest first. */
  recent(sentence: number, lookback: number): Mention[] {
    const recent: Mention[] = []
    for (let i = this.mentions.length - 1; i >= 0; i -= 1) {
      const mention = this.mentions[i]!
      this.examinedSoFar += 1
      if (mention.sentence < sentence - lookback) break
      recent.push(mention)
    }
    return recent
  }

  /** The latest person with this surname, one lookup. */
  withSurname(surname: string): Mention | undefined {
    this.examinedSoFar += 1
    return this.personBySurname.get(surname)
  }

  /** The latest organisation named with capitals with this head noun, one lookup. */
  withHead(head: string): Mention | undefined {
    this.examinedSoFar += 1
    return this.orgByHead.get(head)
  }

  /** "Brennock says" after "Brennock Civil Engineering": one lookup in the short-name index. */
  shortened(speaker: Speaker): Speaker | undefined {
    this.examinedSoFar += 1
    return this.shortNames.organisationFor(speaker)
  }
}
