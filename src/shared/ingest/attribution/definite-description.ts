import { phraseAfter } from '../noun-phrases'
import type { Range } from '../noun-phrases'
import type { LanguageRules } from '../rules'
import { subjectStart } from '../subject'
import type { Context, Tokens } from '../subject'
import { bare, nounIn } from '../tokens'

/** The singular definite articles of the languages with rules ("the", "le", "la", "l'"). */
export const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(['the', 'le', 'la', "l'", 'l’'])

/** Plain words a definite description may put before its head: "the county emergency … office". */
const DEFINITE_WORDS = 3

/**
 * "the group", "the county emergency management office": the head noun of a definite
 * description (lowercase words after "the"), which the discourse resolves to a name met before.
 */
export const definiteHead = (
  rules: LanguageRules,
  tokens: Tokens,
  range: Range,
): string | undefined => {
  const length = range.to - range.from
  if (length < 2 || length > DEFINITE_WORDS + 2) return undefined
  // French puts the head first: "la direction régionale", "l'entreprise".
  const [determiner, noun] = [
    tokens[range.from]!,
    tokens[rules.headFirst ? range.from + 1 : range.to - 1]!,
  ]
  if (!DEFINITE_ARTICLES.has(determiner.lower) || noun.capital) return undefined
  for (let at = range.from + 1; at < range.to - 1; at += 1) {
    const word = tokens[at]!
    if (word.kind !== 'word' || word.capital || /['’]/u.test(word.text)) return undefined
  }
  const head = bare(noun)
  return (rules.speakerNouns.has(head) || rules.orgWords.has(head)) &&
    !rules.pluralSpeakerNouns.has(head)
    ? head
    : undefined
}

/**
 * "The emergency management office put …": "the", plain words and an organisation's noun as
 * the subject, before a lowercase word (its verb).
 */
export const definiteOrganisation = (ctx: Context): Range | null => {
  const { tokens, rules } = ctx
  const start = subjectStart(ctx)
  const range = start < 0 ? null : phraseAfter(tokens, start, rules)
  if (range === null || definiteHead(rules, tokens, range) === undefined) return null
  const verb = tokens[range.to]
  const head = tokens[range.to - 1]!
  return verb !== undefined &&
    verb.kind === 'word' &&
    !verb.capital &&
    !verb.inQuote &&
    nounIn(rules.orgWords, head)
    ? range
    : null
}
