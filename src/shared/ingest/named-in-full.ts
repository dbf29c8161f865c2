import type { Draft } from './draft'
import type { LanguageRules } from './rules'

/** The longest description completed: "county emergency management office". */
const MAX_DESCRIPTION_WORDS = 4

/** A description this reading may complete: two lowercase words or more, nothing else. */
const DESCRIPTION = /^\p{Ll}+(?: \p{Ll}+)+$/u

/**
 * Names written with capitals, each word perhaps followed by "and", "of" or "for" ("Child and
 * Adolescent Mental Health Service"), read once over the whole story.
 */
const CAPITALISED_NAME =
  /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|of|for)\s+)?\p{Lu}[\p{L}'’-]*)+(?![\p{L}'’-])/gu

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
  /** A lowercase ending of two to four words → the one name ending so, or null for several. */
  private byEnding: Map<string, string | null> | undefined

  constructor(
    private readonly source: string,
    private readonly rules: LanguageRules,
  ) {}

  /** The draft with its speaker named in full, or the draft itself. */
  draft(draft: Draft): Draft {
    const { who } = draft.attribution
    if (this.rules.lowercaseOrgNames || !DESCRIPTION.test(who)) return draft
    this.byEnding ??= this.index()
    const full = this.byEnding.get(who)
    return full === undefined || full === null
      ? draft
      : { ...draft, attribution: { ...draft.attribution, who: full } }
  }

  private index(): Map<string, string | null> {
    const byEnding = new Map<string, string | null>()
    for (const match of this.source.matchAll(CAPITALISED_NAME)) {
      const words = match[0].split(/\s+/u)
      // "The Transit Authority" opening a sentence is the description, capitalised.
      while (words.length > 0 && this.rules.determiners.has(words[0]!.toLowerCase())) words.shift()
      const name = words.join(' ')
      const longest = Math.min(MAX_DESCRIPTION_WORDS, words.length - 1)
      for (let size = 2; size <= longest; size += 1) {
        const ending = words
          .slice(words.length - size)
          .join(' ')
          .toLowerCase()
        const known = byEnding.get(ending)
        if (known === undefined) byEnding.set(ending, name)
        else if (known !== null && known !== name) byEnding.set(ending, null)
      }
    }
    return byEnding
  }
}
