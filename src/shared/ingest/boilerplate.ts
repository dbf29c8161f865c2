/**
 * Paragraphs that are the page's or the wire's furniture rather than the story: copyright and
 * licence lines, bylines, contact blocks, "share" and "follow us" prompts, navigation rows,
 * release markers. They never become source text, so they never become claims. Only short
 * paragraphs are judged: a story's own paragraph may mention any of these words.
 */
const MAX_BOILERPLATE = 240

const PATTERNS: readonly RegExp[] = [
  /^(?:©|\(c\)\s|copyright\b)/i,
  /\ball rights reserved\b/i,
  /^(?:media|press|news)\s+(?:contact|enquiries|inquiries)\b/i,
  /^for immediate release\b/i,
  /^(?:#{3}|-\s?30\s?-|ends)$/i,
  /^\(?(?:additional\s+)?(?:reporting|writing|editing)\s+by\b/i,
  /^(?:follow us|sign up|subscribe\b|share (?:this|on)\b|comments are closed|licensed (?:under )?cc\b)/i,
  /^(?:related (?:stories|articles)|most read|read more|advertisement)\b/i,
  /\b\d+\s+min(?:ute)?s?\s+read\b/i,
  // A byline: "By Lena Farr, local reporter", "Posted by Maja Korsgaard" — not a sentence.
  /^(?:(?:[Pp]osted|[Ww]ritten|[Ww]ords) )?[Bb]y\s+\p{Lu}[^.!?]*$/u,
  // « Par Claire Vidal Publié le 27 mars 2025 à 18h05 »: a French byline.
  /^Par\s+\p{Lu}[^.!?]*$/u,
  // When the page was published and updated: "9 April 2025, 16:42 · Updated 10 April 2025,
  // 11:05" (a line that opens with "Published" is the dateline, read apart).
  /[·|]\s*(?:updated|last updated|last modified|modified|mis à jour)\b/iu,
  // "Registered charity number 1187734.", "Registered in England, company no. 0412233".
  /^registered (?:charity|company|in)\b/i,
]

/** An email address: a contact line gives one, with a name and a telephone number. */
const EMAIL = /\S@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/u

/** A sentence's end inside a paragraph: a stop, then a capital. */
const SENTENCE_BREAK = /[.!?]\s+\p{Lu}/u

/**
 * "Lucy Brannagh, Media and Communications Manager press@wrencarers.example 01632 960418": a
 * contact line, an email address in a paragraph that is no sentence.
 */
const contactLine = (text: string): boolean =>
  EMAIL.test(text) && !SENTENCE_BREAK.test(text) && !/[.!?]["”’]?$/u.test(text)

/** Navigation rows: three or more short items separated by "·", "|" or "›". */
const NAVIGATION = /^[^.!?]{1,40}(?:\s[·|›»]\s[^.!?]{1,40}){2,}$/u

export const isBoilerplate = (paragraph: string): boolean => {
  const text = paragraph.trim()
  if (text.length > MAX_BOILERPLATE) return false
  return (
    NAVIGATION.test(text) || contactLine(text) || PATTERNS.some((pattern) => pattern.test(text))
  )
}
