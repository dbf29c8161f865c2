import type { Draft } from './draft'
import type { LanguageRules } from './rules'
import { StoryNames } from './story-names'

/** An acronym as a speaker: "VRC said". */
const ACRONYM = /^\p{Lu}{2,8}$/u

/** An acronym and a document's or data's noun: "RHSO data". */
const ACRONYM_DOCUMENT = /^(\p{Lu}{2,8}) (\p{Ll}+)$/u

/** A capitalised word alone, which a release may use for its body: "the Authority". */
const SHORT_NAME = /^\p{Lu}\p{Ll}+$/u

/** A description this reading may complete: two lowercase words or more ("sheriff's office"). */
const DESCRIPTION = /^\p{Ll}[\p{Ll}'’]*(?: \p{Ll}[\p{Ll}'’]*)+$/u

/**
 * "state Department of Forestry": one lowercase word before a name of two words or more that
 * the story writes with capitals says what kind of body it is; names are written in capitals.
 */
const MODIFIED_NAME = /^\p{Ll}+ (\p{Lu}\S*(?: \S+)+)$/u

const inFull = (who: string | undefined): { readonly who: string } | undefined =>
  who === undefined ? undefined : { who }

/**
 * "The transit authority now admits …" in a page's standfirst, "according to figures released by
 * the Harwick Regional Transit Authority" a paragraph later: a speaker read as a lowercase
 * description of two words or more stands for the one organisation the story names with
 * capitals ending in those words, wherever in the story it names it. None such, or two ("the
 * health board" with the Fenmarch Health Board and the Kestlow Health Board), leave the
 * description as it is. Languages that write organisations' names in lowercase have no such
 * reading. Acronyms, "the Authority" and "the state Department of …" are named in full too. The
 * story's capitalised names are read in one pass (`StoryNames`), on the first speaker that asks.
 */
export class NamedInFull {
  private names: StoryNames | undefined

  constructor(
    private readonly source: string,
    private readonly rules: LanguageRules,
  ) {}

  /** The draft with its speaker named in full, or the draft itself. */
  draft(draft: Draft): Draft {
    const { attribution } = draft
    const named = this.named(attribution.who)
    if (named === undefined) return draft
    const where = attribution.where ?? named.where
    return {
      ...draft,
      attribution:
        where === undefined
          ? { ...attribution, who: named.who }
          : { ...attribution, who: named.who, where },
    }
  }

  /**
   * The one name the story writes with capitals ending in these lowercase words ("society" for
   * the "Lakeshore Students' Society"), or undefined. One word alone is asked only where the
   * words around it say it is a body ("conducted by the society").
   */
  fullName(description: string): string | undefined {
    if (this.rules.lowercaseOrgNames) return undefined
    return this.index().ending(description)
  }

  /** Who a speaker's words name in full, and the document they said it in if they name one. */
  private named(who: string): { readonly who: string; readonly where?: string } | undefined {
    if (ACRONYM.test(who)) return inFull(this.index().expanded(who))
    // "RHSO data show …": the data of the body the acronym stands for, kept as where.
    const data = ACRONYM_DOCUMENT.exec(who)
    if (
      data !== null &&
      (this.rules.dataNouns.has(data[2]!) || this.rules.documentNouns.has(data[2]!))
    ) {
      const full = this.index().expanded(data[1]!)
      return full === undefined ? undefined : { who: full, where: who }
    }
    // "the Authority", "the Trust": a release's short name, capitalised, for the body in full.
    if (SHORT_NAME.test(who) && this.rules.orgWords.has(who.toLowerCase()))
      return inFull(this.fullName(who.toLowerCase()))
    const modified = MODIFIED_NAME.exec(who)
    if (modified !== null)
      return !this.rules.lowercaseOrgNames && this.index().names.has(modified[1]!)
        ? { who: modified[1]! }
        : undefined
    return DESCRIPTION.test(who) ? inFull(this.fullName(who)) : undefined
  }

  private index(): StoryNames {
    this.names ??= new StoryNames(this.source, this.rules)
    return this.names
  }
}
