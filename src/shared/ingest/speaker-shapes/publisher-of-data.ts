import { phraseBefore } from '../noun-phrases'
import type { Range } from '../noun-phrases'
import { has } from '../own'
import { definiteSubject, subjectRange } from '../subject'
import type { Context } from '../subject'
import { bare } from '../tokens'

/** Plain words between the publishing verb and the data: "corrected", "new", "revised". */
const DESCRIBING_WORDS = 2

/** Who published the data, or the pronoun standing for them. */
export type Publisher = { readonly range: Range } | { readonly pronoun: string }

/**
 * "On Tuesday it published corrected figures putting the decline at 7.9 percent", "The council
 * released new data showing …": the figures speak for whoever published them, the sentence's
 * subject before the publishing verb, not for the figures themselves nor for the subject with
 * its verb read as one name ("council published corrected figures"). `before` is where the
 * data's noun ends, right before the participle that gives the claim ("the commission's
 * published report shows": a finite verb, the report speaks).
 */
export const publisherOfData = (ctx: Context, before: number, verbAt: number): Publisher | null => {
  const { tokens, rules } = ctx
  if (verbAt !== before || !tokens[verbAt]!.lower.endsWith('ing')) return null
  const noun = tokens[before - 1]
  if (noun === undefined || noun.kind !== 'word' || noun.inQuote || noun.capital) return null
  const head = bare(noun)
  if (!rules.dataNouns.has(head) && !rules.documentNouns.has(head)) return null
  let verb = before - 2
  for (let skipped = 0; skipped < DESCRIBING_WORDS && verb >= 0; skipped += 1) {
    const token = tokens[verb]!
    if (rules.authorParticiples.has(token.lower) || token.kind !== 'word' || token.capital) break
    if (rules.determiners.has(token.lower) || rules.notUnits.has(token.lower)) break
    verb -= 1
  }
  // "an", "a", "its" before the data: "it issued a report putting …".
  if (verb >= 0 && rules.determiners.has(tokens[verb]!.lower)) verb -= 1
  const published = tokens[verb]
  if (published === undefined || published.inQuote || !rules.authorParticiples.has(published.lower))
    return null
  const previous = tokens[verb - 1]
  // "the survey's published report putting …": a possessive owns an adjective, not a verb.
  if (previous === undefined || previous.inQuote || /['’]s?$/u.test(previous.text)) return null
  if (has(rules.pronouns, previous.lower)) return { pronoun: previous.lower }
  const subject = subjectRange(ctx)
  if (subject !== null && subject.to === verb) return { range: subject }
  const definite = definiteSubject(ctx)
  if (definite !== null && definite.to === verb) return { range: definite }
  const phrase = phraseBefore(tokens, verb, rules)
  return phrase === null ? null : { range: phrase }
}
