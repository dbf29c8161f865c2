import type { Draft } from './draft'
import { has } from './own'
import type { LanguageRules } from './rules'

/** The words that name who published, released or commissioned a document. */
const PUBLISHER_WORDS: ReadonlySet<string> = new Set(['by', 'from', 'for', 'par'])

/** Who saw or was sent a document is not who published it: "an inspection report seen by". */
const NOT_PUBLISHED: ReadonlySet<string> = new Set([
  ...['seen', 'obtained', 'reviewed', 'examined', 'leaked', 'shown', 'sent', 'given', 'passed'],
  ...['vu', 'vue', 'obtenu', 'obtenue', 'consulté', 'consultée', 'transmis', 'transmise'],
])

/** Words a document's description may take before its publisher: "report released Tuesday". */
const MAX_DESCRIPTION_WORDS = 8

/** Words that join the capitalised words of a name: "Office of Housing Research". */
const NAME_JOINS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'on', 'de', 'du', 'des'])

const ARTICLES: ReadonlySet<string> = new Set(['the', 'le', 'la', 'les', "l'", 'l’'])

const capitalised = (word: string): boolean => /^\p{Lu}/u.test(word)
const possessive = (word: string): boolean => /^\p{Ll}[\p{L}-]*['’]s$/u.test(word)

interface Published {
  /** The document's noun, by which the story may come back to it: "report". */
  readonly noun: string
  readonly publisher: string
}

/**
 * "according to a report released Tuesday by the city's Office of Housing Research", "the
 * quarterly Labour Force Survey published today by Statistics Marrowick": a document the story
 * names with who published it speaks for its publisher, the document kept as where it was said.
 * "…, the report found" later in the story is the same publisher's, the document named by its
 * noun alone standing for the latest one of that noun. A publisher named by one lowercase word
 * for a body ("conducted by the society", « par l'exploitant ») is the body the story names in
 * full ending in that word, if it names one, else that word; any other ("by its planning
 * officers") leaves the document as it is. Who saw a document or was sent it did not publish it.
 */
export class PublishedDocuments {
  /** A document's noun → the publisher of the latest document of that noun. */
  private readonly publisherOf = new Map<string, string>()

  constructor(
    private readonly rules: LanguageRules,
    /** The name the story writes in full for a body it names in one lowercase word here. */
    private readonly inFull: (body: string) => string | undefined,
  ) {}

  /** The draft spoken by the publisher of its document, or the draft itself. */
  draft(draft: Draft): Draft {
    const { attribution } = draft
    const words = attribution.who.split(' ')
    const published = this.published(words)
    if (published !== null && published.noun !== '')
      this.publisherOf.set(published.noun, published.publisher)
    const publisher =
      published?.publisher ??
      (words.length === 1 ? this.publisherOf.get(words[0]!.toLowerCase()) : undefined)
    if (publisher === undefined) return draft
    return {
      ...draft,
      attribution: { ...attribution, who: publisher, where: attribution.where ?? attribution.who },
      cues: [...draft.cues, `published→${publisher}`],
    }
  }

  private published(words: readonly string[]): Published | null {
    const limit = Math.min(words.length - 1, MAX_DESCRIPTION_WORDS)
    let by = 1
    while (by <= limit && !PUBLISHER_WORDS.has(words[by]!)) by += 1
    if (by > limit || NOT_PUBLISHED.has(words[by - 1]!.toLowerCase())) return null
    let noun: string | undefined
    for (let at = 0; at < by; at += 1) {
      const word = words[at]!.toLowerCase()
      if (this.rules.documentNouns.has(word) || this.rules.dataNouns.has(word)) noun = word
    }
    // « le dernier point de situation publié par l'opérateur »: published, whatever it is.
    if (
      noun === undefined &&
      !words.slice(0, by).some((word) => this.rules.authorParticiples.has(word.toLowerCase()))
    )
      return null
    let from = by + 1
    const article = words[from]?.toLowerCase() ?? ''
    const elided = /^l['’]\p{Ll}/u.exec(article)
    if (ARTICLES.has(article)) from += 1
    if (possessive(words[from] ?? '')) from += 1
    const publisher =
      elided === null ? this.nameFrom(words, from) : this.bodyFrom([article.slice(2)], 0)
    if (publisher === null) return null
    return { noun: noun ?? '', publisher }
  }

  /** "by the council", « par l'exploitant »: one word naming a body, up to a time if any. */
  private bodyFrom(words: readonly string[], from: number): string | null {
    const word = words[from]
    if (word === undefined || capitalised(word) || !this.endsName(words, from + 1)) return null
    if (!this.rules.orgWords.has(word) && !this.rules.speakerNouns.has(word)) return null
    return this.inFull(word) ?? word
  }

  /** The capitalised name that runs from `from` to the end, or up to a time ("in 2021"). */
  private nameFrom(words: readonly string[], from: number): string | null {
    if (!capitalised(words[from] ?? '')) return this.bodyFrom(words, from)
    // "the board paper for April": for when, not for whom.
    const first = words[from]!.toLowerCase()
    if (has(this.rules.months, first) || this.rules.weekdays.has(first)) return null
    // « la Cour des comptes »: the languages that write names in lowercase after the first word.
    if (this.rules.lowercaseOrgNames) return words.slice(from).join(' ')
    let end = from + 1
    for (;;) {
      const word = words[end]
      if (word !== undefined && capitalised(word)) end += 1
      else if (word !== undefined && NAME_JOINS.has(word) && capitalised(words[end + 1] ?? ''))
        end += 2
      else break
    }
    // "data held by the Authority" is named in full afterwards, as any speaker "the Authority".
    return this.endsName(words, end) ? words.slice(from, end).join(' ') : null
  }

  /** Whether a name may end before `at`: the description ends, or a time follows ("in 2021"). */
  private endsName(words: readonly string[], at: number): boolean {
    const after = words[at]
    return after === undefined || this.rules.timePrepositions.has(after)
  }
}
