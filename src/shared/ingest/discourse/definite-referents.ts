import type { Speaker } from '../noun-phrases'
import type { LanguageRules } from '../rules'
import { lastWord, roleHead } from './head-nouns'
import { DEFINITE_LOOKBACK } from './mention'
import type { MentionHistory } from './mention-history'
import { speaksFor } from './speaks-for'

/** An organisation named with capitals to its last word: "Institute for Marine Research". */
const namedOrganisation = (speaker: Speaker): boolean =>
  speaker.type === 'org' &&
  /(?:^|\s)\p{Lu}[^\s]*$/u.test(speaker.who) &&
  /^\p{Lu}/u.test(speaker.who)

/**
 * The organisation or speaker a definite description stands for: "the group", "the office",
 * "the county emergency management office" (every word of it in the name found). The last 12
 * sentences first, then the latest organisation with that head noun.
 */
export class DefiniteReferents {
  /** "\bministry\b" for each definite head met, compiled once rather than per sentence. */
  private readonly headPatterns = new Map<string, RegExp>()

  constructor(
    private readonly rules: LanguageRules,
    private readonly history: MentionHistory,
  ) {}

  find(definite: string, description: string, sentence: number): Speaker | undefined {
    const word = this.headPattern(definite)
    const generic = this.rules.genericOrgNouns.has(definite)
    const company = this.rules.companyNouns.has(definite)
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
    const match = this.history.recent(sentence, DEFINITE_LOOKBACK).find(
      (mention) =>
        // "the service" is not "spokeswoman for the … service": a person only by their role.
        ((word.test(mention.speaker.who) && mention.speaker.type !== 'person') ||
          word.test(roleHead(mention.speaker.role ?? '', this.rules.headFirst)) ||
          (generic && /\p{Lu}/u.test(mention.speaker.who) && mention.speaker.type === 'org') ||
          // "the company" a few sentences after "Tessaly Ferries", "Fenmoor Water" said.
          (company &&
            mention.speaker.type !== 'group' &&
            this.namesCompany(mention.speaker.who))) &&
        differs(mention.speaker.who) &&
        // "the trust" is the trust, not "the trust's budget papers" named before, nor "the
        // council" an "analysis of the council"; a name's last word may be one ("the
        // institute" is the "Institute for Marine Research").
        (!this.rules.documentNouns.has(lastWord(mention.speaker.who)) ||
          namedOrganisation(mention.speaker)) &&
        !this.rules.documentNouns.has(
          roleHead(mention.speaker.who, this.rules.headFirst).toLowerCase(),
        ) &&
        describes(mention.speaker.who) &&
        // ... nor the "trust spokesperson" who spoke for it.
        !speaksFor(mention.speaker.who, word, this.rules),
    )
    // A company's name read as a person's ("Fenmoor Water said") is an organisation's now.
    if (match !== undefined)
      return company && match.speaker.type !== 'org'
        ? { ...match.speaker, type: 'org' }
        : match.speaker
    const named = this.history.withHead(definite)
    return named !== undefined && differs(named.speaker.who) && describes(named.speaker.who)
      ? named.speaker
      : undefined
  }

  /** A name whose words say it is a company's: "Tessaly Ferries", "Fenmoor Water". */
  private namesCompany(who: string): boolean {
    const words = who.split(/\s+/u)
    if (words.length < 2 || !words.every((word) => /^\p{Lu}/u.test(word))) return false
    const last = words[words.length - 1]!.toLowerCase()
    return (
      this.rules.utilityNameWords.has(last) ||
      words.some((word) => this.rules.companyNameWords.has(word.toLowerCase()))
    )
  }

  private headPattern(definite: string): RegExp {
    let pattern = this.headPatterns.get(definite)
    if (pattern === undefined) {
      pattern = new RegExp(`\\b${definite}\\b`, 'i')
      this.headPatterns.set(definite, pattern)
    }
    return pattern
  }
}
