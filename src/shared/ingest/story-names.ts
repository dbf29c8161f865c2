import { has } from './own'
import type { LanguageRules } from './rules'

/** The longest description completed: "county emergency management office". */
const MAX_DESCRIPTION_WORDS = 4

/** Initials an acronym read from a name's words alone must have: "RHSO", not "UK". */
const MIN_INITIALS = 3

/** An acronym in brackets right after a name: "Valmore Rail Company (VRC)". */
const ACRONYM_AFTER = /^ \((\p{Lu}{2,8})\)/u

/**
 * Names written with capitals, each word perhaps followed by "and", "of" or "for" ("Child and
 * Adolescent Mental Health Service"), within one line.
 */
const CAPITALISED_NAME =
  /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:and|of|for)[ \t]+)?\p{Lu}[\p{L}'’-]*)+(?![\p{L}'’-])/gu

/** The initials of a name's capitalised words, which its acronym starts with. */
const initialsOf = (words: readonly string[]): string =>
  words
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0]!)
    .join('')

/**
 * Of two names for one ending, the one that ends with the other ("Calder Vale Health Authority"
 * and "the Health Authority" later): the same body named short; else null, two bodies.
 */
const longer = (known: string, name: string): string | null => {
  if (known.endsWith(` ${name}`)) return known
  return name.endsWith(` ${known}`) ? name : null
}

/** Keeps one name per key, or null once two different names share it. */
const keep = (map: Map<string, string | null>, key: string, name: string): void => {
  const known = map.get(key)
  if (known === undefined) map.set(key, name)
  else if (known !== null && known !== name) map.set(key, longer(known, name))
}

/**
 * The names a story writes with capitals, read in one pass over the whole story: each name as
 * written, its lowercase endings ("transit authority", "society"), "y x" for a name "X of Y"
 * ("forestry department"), and its acronyms, introduced in brackets or read from its initials.
 */
export class StoryNames {
  /** Every name the story writes with capitals, as written. */
  readonly names = new Set<string>()
  /** A lowercase ending of one to four words → the one name ending so, or null for several. */
  private readonly byEnding = new Map<string, string | null>()
  /** "VRC" → "Valmore Rail Company", as the story introduced it: "Valmore Rail Company (VRC)". */
  private readonly acronyms = new Map<string, string>()
  /** "RHSO" → "Regional Health Statistics Office": the one name with those initials, or null. */
  private readonly byInitials = new Map<string, string | null>()

  constructor(
    source: string,
    private readonly rules: LanguageRules,
  ) {
    for (const match of source.matchAll(CAPITALISED_NAME)) {
      const words = match[0].split(/\s+/u)
      // "The Transit Authority" opening a sentence is the description, capitalised; "On Monday
      // Eastmoor Police" opening one names the police after the day.
      while (words.length > 0 && this.openingWord(words[0]!.toLowerCase())) words.shift()
      const name = words.join(' ')
      this.names.add(name)
      const initials = initialsOf(words)
      const acronym = ACRONYM_AFTER.exec(source.slice(match.index + match[0].length))
      if (acronym !== null && initials.startsWith(acronym[1]![0]!))
        this.acronyms.set(acronym[1]!, name)
      if (initials.length >= MIN_INITIALS)
        keep(this.byInitials, initials, name.replace(/['’]s$/u, ''))
      for (const ending of this.endingsOf(words)) keep(this.byEnding, ending, name)
    }
  }

  /** The one name ending in these lowercase words, or undefined for none or several. */
  ending(description: string): string | undefined {
    return this.byEnding.get(description) ?? undefined
  }

  /**
   * The name an acronym stands for: the one the story introduced it with in brackets, else the
   * one name whose capitalised words' initials it is ("RHSO" for the Regional Health Statistics
   * Office), if only one has them.
   */
  expanded(acronym: string): string | undefined {
    return this.acronyms.get(acronym) ?? this.byInitials.get(acronym) ?? undefined
  }

  private endingsOf(words: readonly string[]): string[] {
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
    return endings
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
