import type { Draft } from './draft'
import { has } from './own'
import type { LanguageRules } from './rules'

/** The longest description completed: "county emergency management office". */
const MAX_DESCRIPTION_WORDS = 4

/** An acronym as a speaker: "VRC said". */
const ACRONYM = /^\p{Lu}{2,8}$/u

/** Initials an acronym read from a name's words alone must have: "RHSO", not "UK". */
const MIN_INITIALS = 3

/** An acronym and a document's or data's noun: "RHSO data". */
const ACRONYM_DOCUMENT = /^(\p{Lu}{2,8}) (\p{Ll}+)$/u

/** An acronym in brackets right after a name: "Valmore Rail Company (VRC)". */
const ACRONYM_AFTER = /^ \((\p{Lu}{2,8})\)/u

/** The initials of a name's capitalised words, which its acronym starts with. */
const initialsOf = (words: readonly string[]): string =>
  words
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0]!)
    .join('')

/** A capitalised word alone, which a release may use for its body: "the Authority". */
const SHORT_NAME = /^\p{Lu}\p{Ll}+$/u

/** A description this reading may complete: two lowercase words or more ("sheriff's office"). */
const DESCRIPTION = /^\p{Ll}[\p{Ll}'’]*(?: \p{Ll}[\p{Ll}'’]*)+$/u

/**
 * "state Department of Forestry": one lowercase word before a name of two words or more that
 * the story writes with capitals says what kind of body it is; names are written in capitals.
 */
const MODIFIED_NAME = /^\p{Ll}+ (\p{Lu}\S*(?: \S+)+)$/u

/**
 * Names written with capitals, each word perhaps followed by "and", "of" or "for" ("Child and
 * Adolescent Mental Health Service"), within one line, read once over the whole story.
 */
const CAPITALISED_NAME =
  /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:and|of|for)[ \t]+)?\p{Lu}[\p{L}'’-]*)+(?![\p{L}'’-])/gu

/**
 * Of two names for one ending, the one that ends with the other ("Calder Vale Health Authority"
 * and "the Health Authority" later): the same body named short; else null, two bodies.
 */
const longer = (known: string, name: string): string | null => {
  if (known.endsWith(` ${name}`)) return known
  return name.endsWith(` ${known}`) ? name : null
}

/**
 * "The transit authority now admits …" in a page's standfirst, "according to figures released by
 * the Harwick Regional Transit Authority" a paragraph later: a speaker read as a lowercase
 * description of two words or more stands for the one organisation the story names with
 * capitals ending in those words, wherever in the story it names it. None such, or two ("the
 * health board" with the Fenmarch Health Board and the Kestlow Health Board), leave the
 * description as it is. Languages that write organisations' names in lowercase have no such
 * reading. The story's capitalised names are indexed by their endings in one pass, on the first
 * description met.
 */
export class NamedInFull {
  /** A lowercase ending of one to four words → the one name ending so, or null for several. */
  private byEnding: Map<string, string | null> | undefined
  /** Every name the story writes with capitals, as written. */
  private readonly names = new Set<string>()
  /** "VRC" → "Valmore Rail Company", as the story introduced it: "Valmore Rail Company (VRC)". */
  private readonly acronyms = new Map<string, string>()
  /** "RHSO" → "Regional Health Statistics Office": the one name with those initials, or null. */
  private readonly byInitials = new Map<string, string | null>()

  constructor(
    private readonly source: string,
    private readonly rules: LanguageRules,
  ) {}

  /** The draft with its speaker named in full, or the draft itself. */
  draft(draft: Draft): Draft {
    const { who } = draft.attribution
    // "the Authority", "the Trust": a release's short name, capitalised, for the body in full.
    if (ACRONYM.test(who)) {
      this.byEnding ??= this.index()
      const full = this.expanded(who)
      return full === undefined
        ? draft
        : { ...draft, attribution: { ...draft.attribution, who: full } }
    }
    // "RHSO data show …": the data of the body the acronym stands for, kept as where.
    const data = ACRONYM_DOCUMENT.exec(who)
    if (
      data !== null &&
      (this.rules.dataNouns.has(data[2]!) || this.rules.documentNouns.has(data[2]!))
    ) {
      this.byEnding ??= this.index()
      const full = this.expanded(data[1]!)
      return full === undefined
        ? draft
        : {
            ...draft,
            attribution: { ...draft.attribution, who: full, where: draft.attribution.where ?? who },
          }
    }
    const shortName = SHORT_NAME.test(who) && this.rules.orgWords.has(who.toLowerCase())
    const modified = shortName ? null : MODIFIED_NAME.exec(who)
    if (modified !== null && !this.rules.lowercaseOrgNames) {
      this.byEnding ??= this.index()
      const name = modified[1]!
      return this.names.has(name)
        ? { ...draft, attribution: { ...draft.attribution, who: name } }
        : draft
    }
    if (!shortName && !DESCRIPTION.test(who)) return draft
    const full = this.fullName(who.toLowerCase())
    return full === undefined
      ? draft
      : { ...draft, attribution: { ...draft.attribution, who: full } }
  }

  /**
   * The one name the story writes with capitals ending in these lowercase words ("society" for
   * the "Lakeshore Students' Society"), or undefined. One word alone is asked only where the
   * words around it say it is a body ("conducted by the society").
   */
  fullName(description: string): string | undefined {
    if (this.rules.lowercaseOrgNames) return undefined
    this.byEnding ??= this.index()
    return this.byEnding.get(description) ?? undefined
  }

  private index(): Map<string, string | null> {
    const byEnding = new Map<string, string | null>()
    for (const match of this.source.matchAll(CAPITALISED_NAME)) {
      const words = match[0].split(/\s+/u)
      // "The Transit Authority" opening a sentence is the description, capitalised; "On Monday
      // Eastmoor Police" opening one names the police after the day.
      while (words.length > 0 && this.openingWord(words[0]!.toLowerCase())) words.shift()
      const name = words.join(' ')
      this.names.add(name)
      const acronym = ACRONYM_AFTER.exec(this.source.slice(match.index + match[0].length))
      if (acronym !== null && initialsOf(words).startsWith(acronym[1]![0]!))
        this.acronyms.set(acronym[1]!, name)
      const initials = initialsOf(words)
      const bare = name.replace(/['’]s$/u, '')
      if (initials.length >= MIN_INITIALS) {
        const known = this.byInitials.get(initials)
        this.byInitials.set(initials, known === undefined || known === bare ? bare : null)
      }
      const longest = Math.min(MAX_DESCRIPTION_WORDS, words.length - 1)
      const endings: string[] = []
      for (let size = 1; size <= longest; size += 1)
        endings.push(
          words
            .slice(words.length - size)
            .join(' ')
            .toLowerCase(),
        )
      // "the forestry department" for the "Department of Forestry and Fire Protection".
      const of = words.indexOf('of')
      if (of > 0 && of < words.length - 1)
        endings.push(`${words[of + 1]} ${words[of - 1]}`.toLowerCase())
      for (const ending of endings) {
        const known = byEnding.get(ending)
        if (known === undefined) byEnding.set(ending, name)
        else if (known !== null && known !== name) byEnding.set(ending, longer(known, name))
      }
    }
    return byEnding
  }

  /**
   * The name an acronym stands for: the one the story introduced it with in brackets, else the
   * one name whose capitalised words' initials it is ("RHSO" for the Regional Health Statistics
   * Office), if only one has them.
   */
  private expanded(acronym: string): string | undefined {
    return this.acronyms.get(acronym) ?? this.byInitials.get(acronym) ?? undefined
  }

  private openingWord(word: string): boolean {
    const { rules } = this
    return (
      rules.determiners.has(word) ||
      rules.sentenceStarters.has(word) ||
      rules.weekdays.has(word) ||
      has(rules.months, word)
    )
  }
}
