import type { Draft } from './draft'
import type { LanguageRules } from './rules'
import { UNKNOWN_SPEAKER } from './types'

/**
 * "Lindport, 12 May 2026 — Corvane Ferries today confirmed …", "Press release from Brenford City
 * Council, issued 19 September 2024": a press release speaks for the organisation that issued
 * it, so what it states without naming a source ("The plant will employ 350 people", "our food
 * banks handed out 52,316 parcels") is that organisation's claim, not an unknown speaker's. The
 * issuer is read from a release's header, else from a lede whose subject does something "today"
 * (a release's way to open; a wire story says "on Tuesday"), else, for a report or a post an
 * organisation publishes itself, from the name under its "About us". A story that is none of
 * these has none.
 */

/** A name as a release writes its issuer: capitalised words, joined by "of", "and", "de" … */
const NAME = String.raw`[A-ZÀ-Ý][\p{L}\d'’&.-]*(?:\s+(?:(?:of|and|for|the|de|du|des|la|le|et)\s+)?[A-ZÀ-Ý][\p{L}\d'’&.-]*|\s+d['’][A-ZÀ-Ý][\p{L}'’&.-]*)*`

interface IssuerPatterns {
  /** "About us", « Qui sommes-nous ? »: a heading of the publisher's own, alone in its paragraph. */
  readonly aboutUs: RegExp
  /** "The Fair Deposit Project is a …": the paragraph under it opens with the publisher's name. */
  readonly weAre: RegExp
  /** What opens a header naming the issuer: "Press release from", "Issued by:", "Press release —". */
  readonly header: RegExp
  /** "[DATELINE – ](The) X [(ABBR)][, which …,] (has) today …" */
  readonly lede: RegExp
  /** "PRESS RELEASE", "For immediate release": a paragraph that says the story is a release. */
  readonly marker: RegExp
}

const NAMED = new RegExp(`^${NAME}`, 'u')
const DATELINE = String.raw`(?:[^\n]{0,80}?\s[–—-]\s+)?`
const ASIDE = String.raw`(?:\s+\([\p{Lu}\d]{2,}\))?(?:,[^,\n]{0,120},)?`

const PATTERNS: Readonly<Record<string, IssuerPatterns>> = {
  en: {
    header: /^(?:(?:press|news|media)\s+release\s+(?:from|by|[–—-])|issued\s+by:?)\s+(?:the\s+)?/iu,
    lede: new RegExp(
      String.raw`^${DATELINE}(?:The\s+)?(${NAME})${ASIDE}\s+(?:(?:has|have)\s+)?today\s+\p{Ll}`,
      'u',
    ),
    marker: /^\W*(?:press|news|media)\s+release\W*$|^\W*for\s+immediate\s+release\b/iu,
    aboutUs: /(?:^|\n[ \t]*\n)[ \t]*about us[ \t]*\n[ \t]*\n/iu,
    weAre: new RegExp(String.raw`^(?:The\s+)?(${NAME})${ASIDE}\s+(?:is|was|has|have)\s`, 'u'),
  },
  fr: {
    header:
      /^communiqué(?:\s+de\s+presse)?\s+(?:de\s+(?:la\s+|l['’]|du\s+|des\s+)?|du\s+|des\s+|[–—-]\s+)/iu,
    lede: new RegExp(
      String.raw`^${DATELINE}(?:La\s+|Le\s+|Les\s+|L['’])?(${NAME})${ASIDE}\s+(?:a\s+|ont\s+)?(?:aujourd['’]hui|ce\s+jour)\s+\p{Ll}`,
      'u',
    ),
    marker: /^\W*communiqué(?:\s+de\s+presse)?\W*$|^\W*pour\s+diffusion\s+immédiate\b/iu,
    aboutUs: /(?:^|\n[ \t]*\n)[ \t]*(?:qui sommes-nous\s*\??|à propos de nous)[ \t]*\n[ \t]*\n/iu,
    weAre: new RegExp(
      String.raw`^(?:La\s+|Le\s+|Les\s+|L['’])?(${NAME})${ASIDE}\s+(?:est|était|a|ont|sont)\s`,
      'u',
    ),
  },
}

/** Paragraphs a release's header and lede come within: a title, a header, the lede. */
const OPENING_PARAGRAPHS = 3
/** In a story marked as a release, a dateline, a heading and a standfirst may come first too. */
const MARKED_PARAGRAPHS = 6
/** Characters of the paragraph under "About us" that may hold the publisher's name. */
const ABOUT_REACH = 400
/** An issuer is a name, not a sentence: past this many words the pattern read too far. */
const MAX_NAME_WORDS = 8

/** "Brenford City Council's cabinet": the organisation, not its owner's mark. */
const trimmed = (name: string): string | null => {
  const bare = name.replace(/['’]s$/u, '').replace(/[.,]+$/u, '')
  return bare.split(/\s+/u).length <= MAX_NAME_WORDS ? bare : null
}

/**
 * The organisation that issued the story, when it is a press release or its own publication
 * (a report's summary, a post, with an "About us" that names it); else null.
 */
export const releaseIssuer = (source: string, rules: LanguageRules): string | null => {
  const patterns = PATTERNS[rules.language]
  if (patterns === undefined) return null
  const opening = source.trimStart().split(/\n\s*\n/u, MARKED_PARAGRAPHS)
  const marked = opening.some((paragraph) => patterns.marker.test(paragraph.trim()))
  const paragraphs = marked ? opening : opening.slice(0, OPENING_PARAGRAPHS)
  for (const paragraph of paragraphs) {
    const text = paragraph.trim()
    // The header's words in any case ("PRESS RELEASE FROM"), the issuer's name capitalised.
    const header = patterns.header.exec(text)
    const issuer = header === null ? null : NAMED.exec(text.slice(header[0].length))
    // "PRESS RELEASE – FOR IMMEDIATE RELEASE": the marker again, no issuer.
    if (issuer !== null && !patterns.marker.test(issuer[0])) return trimmed(issuer[0])
    const lede = patterns.lede.exec(text)
    if (lede !== null) return trimmed(lede[1]!)
    const head = letterhead(text, rules)
    if (head !== null) return head
  }
  // A report or a post an organisation publishes itself says who it is under "About us".
  const about = patterns.aboutUs.exec(source)
  if (about === null) return null
  const under = about.index + about[0].length
  const publisher = patterns.weAre.exec(source.slice(under, under + ABOUT_REACH))
  return publisher === null ? null : trimmed(publisher[1]!)
}

/** Words of a letterhead, its name and its address or website lines run together. */
const MAX_LETTERHEAD_WORDS = 24

/**
 * "Wren Young Carers Trust / Unit 4, Quayside Works, Eastmere EM2 7RT / www.wrencarers.example":
 * a release's letterhead, its issuer's name over an address and a website or an email, which
 * the import runs into one line. The name is the capitalised words it opens with, up to the
 * last that names a kind of body ("Trust"); null when it has none, when the paragraph is a
 * sentence, or when it has no website or email (a headline may name a council).
 */
const letterhead = (text: string, rules: LanguageRules): string | null => {
  if (text.split(/\s+/u).length > MAX_LETTERHEAD_WORDS || /[.!?]\s/u.test(text)) return null
  if (!/www\.|https?:|\S@\S/u.test(text)) return null
  const name = NAMED.exec(text)?.[0] ?? ''
  const words = name.split(/\s+/u)
  // "… Trust Unit 4, Quayside Works": the word before the address's number is the address's.
  let end = /^\s+\d/u.test(text.slice(name.length)) ? words.length - 1 : words.length
  while (end > 0 && !rules.orgWords.has(words[end - 1]!.toLowerCase())) end -= 1
  return end > 1 ? trimmed(words.slice(0, end).join(' ')) : null
}

/**
 * "the report", "our interim report", « le rapport annuel »: a document no owner is named for,
 * which in a release is the issuer's own (its words in lower case, its head a document noun).
 */
const ownDocument = (who: string, rules: LanguageRules): boolean => {
  if (who === UNKNOWN_SPEAKER || /\p{Lu}/u.test(who)) return false
  const words = who.split(' ')
  const head = rules.headFirst ? words[0]! : words[words.length - 1]!
  return words.length <= MAX_DOCUMENT_WORDS && rules.documentNouns.has(head)
}
/** "full annual report", « rapport annuel »: a longer description names more than a document. */
const MAX_DOCUMENT_WORDS = 3

/**
 * A draft no source was found for, given to the release's issuer, and one spoken by a document
 * of its own ("the report … stated"), the document kept as where it was said; any other as it is.
 */
export const issuedBy = (draft: Draft, issuer: string, rules: LanguageRules): Draft => {
  const { who } = draft.attribution
  if (who === UNKNOWN_SPEAKER)
    return { ...draft, attribution: { who: issuer }, cues: [...draft.cues, 'release'] }
  if (!ownDocument(who, rules)) return draft
  return { ...draft, attribution: { who: issuer, where: who }, cues: [...draft.cues, 'release'] }
}
