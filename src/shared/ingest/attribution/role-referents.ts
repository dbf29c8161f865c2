import { isNameWord, textOf } from '../noun-phrases'
import type { Range, Speaker } from '../noun-phrases'
import { has } from '../own'
import type { ReferentType } from '../rules'
import { subjectRange } from '../subject'
import type { Context } from '../subject'
import { bare } from '../tokens'

/**
 * "Its spokesperson", "son porte-parole", "A spokeswoman said": a possessive or "a", then a
 * title and nothing else, holds that role for an organisation the discourse finds ("a" for the
 * organisation that just spoke).
 */
export const possessiveHolder = (
  ctx: Context,
  range: Range | undefined,
): ReferentType | undefined => {
  if (range === undefined || range.to - range.from !== 2) return undefined
  const { tokens, rules } = ctx
  const opener = tokens[range.from]!.lower
  if (!rules.titles.has(bare(tokens[range.from + 1]!))) return undefined
  if (has(rules.possessives, opener)) return rules.possessives[opener]
  return rules.indefinites.has(opener) ? 'org' : undefined
}

/** A role naming "the company", "l'entreprise": "spokesman for the …", "porte-parole de l'…". */
const DEFINITE_ROLE = /\s(?:for|of|de)\s(?:the\s|la\s|le\s|l['’])\p{Ll}/u

/** The sentence's subject, when it is a name and not the speaker's own phrase. */
export const ownSubjectName = (
  ctx: Context,
  speaker: Speaker,
  range: Range | undefined,
): string | undefined => {
  if (range === undefined || speaker.type !== 'person' || !speaker.who.includes(' '))
    return undefined
  if (!DEFINITE_ROLE.test(speaker.who)) return undefined
  const subject = subjectRange(ctx)
  if (subject === null || subject.to > range.from) return undefined
  for (let at = subject.from; at < subject.to; at += 1)
    if (!isNameWord(ctx.tokens, at, ctx.rules)) return undefined
  return textOf(ctx.tokens, subject, ctx.source)
}
