import type { AttributionDraft } from './attribution'
import type { Range } from './noun-phrases'
import type { LanguageRules } from './rules'
import type { Tokens } from './subject'
import { bare } from './tokens'

/** "The same report", « le même communiqué », « la même étude »: in the languages read. */
const SAME_WORDS: ReadonlySet<string> = new Set(['same', 'même', 'mêmes'])

/** Words from the start of a sentence to a "the same …" that its source phrase may open. */
const SAME_REACH = 12

/** Whether "the same <document>" stands at `at`: an article, "same" and a document's noun. */
const sameDocumentAt = (tokens: Tokens, at: number, rules: LanguageRules): boolean => {
  const article = tokens[at]
  const same = tokens[at + 1]
  const noun = tokens[at + 2]
  if (article === undefined || same === undefined || noun === undefined) return false
  if (article.inQuote || !rules.determiners.has(article.lower)) return false
  if (!SAME_WORDS.has(same.lower)) return false
  const word = bare(noun)
  return (
    rules.documentNouns.has(word) ||
    rules.dataNouns.has(word) ||
    rules.venueNouns.has(word) ||
    rules.sourceNouns.has(word)
  )
}

/**
 * "The same report found …", "according to the same minutes", « Selon le même communiqué »:
 * a document the story has just cited, so its source is the one of the latest sentence that
 * cited a document or an organisation (the discourse finds it, `sameSource`). The draft marked
 * so, or as it was when the sentence names its own source. One pass over the sentence's first
 * words, only when it has no speaker or its speaker is that phrase.
 */
export const withSameSource = (
  draft: AttributionDraft | null,
  tokens: Tokens,
  rules: LanguageRules,
): AttributionDraft | null => {
  const range: Range | undefined = draft?.range
  if (range !== undefined)
    return sameDocumentAt(tokens, range.from, rules) ||
      (range.from > 0 && sameDocumentAt(tokens, range.from - 1, rules))
      ? { ...draft!, sameSource: true }
      : draft
  if (draft !== null && (draft.speaker !== undefined || draft.pronoun !== undefined)) return draft
  const reach = Math.min(tokens.length - 2, SAME_REACH)
  for (let at = 0; at < reach; at += 1)
    if (sameDocumentAt(tokens, at, rules)) return { ...(draft ?? { cues: [] }), sameSource: true }
  return draft
}
