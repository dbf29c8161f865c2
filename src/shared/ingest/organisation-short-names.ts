import type { Speaker } from './noun-phrases'
import type { LanguageRules } from './rules'

/**
 * Organisations found again by a shortened name. Newspapers name a company in full once
 * ("Brennock Civil Engineering", "the Conserveira Marés do Norte") and then by the start or the
 * end of that name ("Brennock says", "Marés do Norte said"). Every start and end of one to three
 * words of an organisation named with capitals is indexed, so the short form costs one lookup.
 * A short form two organisations share ("Solva" for the Solva Space Agency and the Solva
 * Statistics Bureau) stands for neither: a guess between them is worse than the short name.
 */

const MAX_PART_WORDS = 3

const capitalised = (word: string): boolean => /^\p{Lu}/u.test(word)

export class OrganisationShortNames {
  /** Short form → the organisation it stands for, or null when two organisations share it. */
  private readonly byStart = new Map<string, Speaker | null>()
  private readonly byEnd = new Map<string, Speaker | null>()

  constructor(private readonly rules: LanguageRules) {}

  /** Indexes the starts and ends of an organisation's name (only one named with capitals). */
  remember(org: Speaker): void {
    const words = org.who.split(' ')
    if (words.length < 2 || !words.every((word) => word.length > 0)) return
    const longest = Math.min(MAX_PART_WORDS, words.length - 1)
    for (let size = 1; size <= longest; size += 1) {
      this.index(this.byStart, words.slice(0, size), org)
      this.index(this.byEnd, words.slice(words.length - size), org)
    }
  }

  /**
   * The organisation a capitalised speaker of one to three words shortens, when exactly one did,
   * with the speaker's role; two lookups. Call it only for someone who is nobody's surname. What
   * reads as a person's name is found only by its start ("Anna Berg" is no shortened "Weaver Anna
   * Berg", a capitalised run that only began with the sentence), and never with a role: "Quillan
   * Rope, a diver, said" is a person.
   */
  organisationFor(speaker: Speaker): Speaker | undefined {
    if (!capitalised(speaker.who) || speaker.plural) return undefined
    const person = speaker.type === 'person'
    if (person && speaker.role !== undefined) return undefined
    const org = this.byStart.get(speaker.who) ?? (person ? undefined : this.byEnd.get(speaker.who))
    if (org === undefined || org === null) return undefined
    return speaker.role === undefined ? org : { ...org, role: speaker.role }
  }

  private index(byPart: Map<string, Speaker | null>, part: readonly string[], org: Speaker): void {
    const first = part[0]!
    const last = part[part.length - 1]!
    // A short form is a name: it opens and closes on capitals ("Marés do Norte", not "do Norte").
    if (!capitalised(first) || !capitalised(last)) return
    // "Engineering", "Service", "The": a bare head noun or determiner names no one organisation.
    if (part.length === 1 && this.generic(first)) return
    const key = part.join(' ')
    const known = byPart.get(key)
    if (known === undefined) byPart.set(key, org)
    else if (known !== null && known.who !== org.who) byPart.set(key, null)
  }

  private generic(word: string): boolean {
    const lower = word.toLowerCase()
    return (
      this.rules.orgWords.has(lower) ||
      this.rules.genericOrgNouns.has(lower) ||
      this.rules.speakerNouns.has(lower) ||
      this.rules.determiners.has(lower)
    )
  }
}
