import { documentSubject } from '../document-sources'
import type { Range } from '../noun-phrases'
import { has } from '../own'
import { isPunct, subjectStart } from '../subject'
import type { Context, Tokens } from '../subject'
import { skipBetween } from './between-speaker-and-verb'
import type { Found } from './found'

/** Tokens an opening document and its author may take before the comma of their aside. */
const OPENING_DOCUMENT = 14

/** Tokens a document may take between the last comma and the verb that closes the sentence. */
const CLOSING_DOCUMENT = 8

/** "A report by the office of the regional schools commissioner," up to its comma. */
export const openingDocument = (tokens: Tokens, from: number): Range | null => {
  for (let at = from + 1; at < Math.min(tokens.length, from + OPENING_DOCUMENT); at += 1) {
    const token = tokens[at]!
    if (token.text === ',') return { from, to: at }
    if (token.kind !== 'word' || token.inQuote) return null
  }
  return null
}

/**
 * "It also found that …": a neuter pronoun as the subject of a verb said of documents only
 * stands for the document before it, and a document that opens the sentence speaks with it
 * across an aside; nothing else speaks with that verb.
 */
export const documentPronoun = (ctx: Context, at: number): Found | null => {
  const { tokens, rules } = ctx
  const before = skipBetween(ctx, at)
  const subject = tokens[before - 1]
  if (subject === undefined || subject.inQuote) return null
  if (before - 1 === subjectStart(ctx))
    return has(rules.pronouns, subject.lower) && rules.pronouns[subject.lower] !== 'person'
      ? { pronoun: subject.lower }
      : null
  // "A 2024 review by the state auditor, which was entered as evidence, found that …": the
  // document from its noun, past a determiner and a year, up to the verb or the aside's comma.
  let start = subjectStart(ctx)
  if (rules.determiners.has(tokens[start]?.lower ?? '') && tokens[start + 1]?.kind === 'number')
    start += 2
  const document = documentSubject(tokens, start, rules)
  if (document === null) return null
  if (document.to === before) return { range: document }
  // Named up to its aside's comma: "A report by the office of the schools commissioner, …".
  return isPunct(subject, ',') ? { range: openingDocument(tokens, start) ?? document } : null
}

/**
 * "…, the audit found.": a document between the sentence's last comma and a verb said of
 * documents only that closes the sentence speaks with it, as "the report showed" would.
 */
export const closingDocument = (ctx: Context, at: number): Found | null => {
  const { tokens, rules } = ctx
  const next = tokens[at + 1]
  if (next !== undefined && !isPunct(next, '.!')) return null
  const before = skipBetween(ctx, at)
  for (let comma = before - 1; comma >= Math.max(0, before - CLOSING_DOCUMENT); comma -= 1) {
    const token = tokens[comma]!
    if (isPunct(token, ',')) {
      const document = documentSubject(tokens, comma + 1, rules)
      return document !== null && document.to === before ? { range: document } : null
    }
    if (token.kind !== 'word' || token.inQuote) return null
  }
  return null
}
