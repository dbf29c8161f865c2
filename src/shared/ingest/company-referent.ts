import { isNameWord, textOf } from './noun-phrases'
import type { Speaker } from './noun-phrases'
import { has } from './own'
import type { LanguageRules } from './rules'
import type { Token } from './tokens'
import { bare } from './tokens'

/** What the sentence before left for a later "the company": its tokens and who spoke in it. */
export interface SentenceBefore {
  readonly tokens: readonly Token[]
  readonly paragraph: number
  readonly speaker: Speaker | undefined
}

/** "Kessler-Duna": a word of capitalised parts, a name wherever it stands. */
const CAPITALISED_PARTS = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u

const LINKS: ReadonlySet<string> = new Set(['of', 'de', 'du', 'des', "d'", 'd’'])

export const isOtherKind = (token: Token, rules: LanguageRules): boolean =>
  // "Brackwater Tenants’ League": a plural possessive names an association of people.
  /s['’]$/u.test(token.text) ||
  rules.orgWords.has(bare(token)) ||
  rules.titles.has(bare(token)) ||
  rules.honorifics.has(bare(token)) ||
  // "Sunday's final day": a weekday's possessive names no company.
  rules.weekdays.has(bare(token)) ||
  has(rules.months, bare(token))

/**
 * "The kitchen's operator, Zelvana Catering, said …": a speaker named with the role of an
 * organisation ("operator", "firm") rather than a person's ("driver", "director") may be the
 * company a "the company" in the next sentence goes on meaning. A bare name of two words stays
 * a person's: nothing in it says otherwise.
 */
const namesCompany = (spoke: Speaker, rules: LanguageRules): boolean => {
  if (spoke.role === undefined) return false
  const head = spoke.role.slice(spoke.role.lastIndexOf(' ') + 1).toLowerCase()
  return rules.companyNouns.has(head) || (rules.speakerNouns.has(head) && !rules.titles.has(head))
}

/**
 * "The terminal is run by Harrowgate Grain Logistics, which … The company said …": a subject
 * "the company" ("la société") that no organisation named before was called stands for the last
 * name in the sentence before, in the same paragraph, that is no organisation of another kind
 * (no "Authority", "Union" or plural possessive in it), no title's and not the person who spoke there; at the
 * sentence's start, where any word is capitalised, only a name of two words or more, or of
 * capitalised parts joined by hyphens ("Kessler-Duna"). One sentence
 * is read, so nothing further back is a guess.
 */
export const companyBefore = (
  speaker: Speaker | undefined,
  before: SentenceBefore | undefined,
  paragraph: number,
  source: string,
  rules: LanguageRules,
): Speaker | undefined => {
  if (speaker === undefined || speaker.type !== 'org' || !rules.companyNouns.has(speaker.who))
    return undefined
  if (before === undefined || before.paragraph !== paragraph) return undefined
  const { tokens } = before
  let found: string | undefined
  const spoke = before.speaker
  // A bare name of three words or more with no role that spoke ("Tallis Freight Storage has
  // denied …") is likelier a company than a person, who is mostly named by two words or with a
  // role: it may be what "the company" is.
  // "Kessler-Duna rejected that account": one word of capitalised parts is no person's name.
  const person =
    (spoke?.type === 'person' || spoke?.type === 'name') &&
    (spoke.role !== undefined || spoke.who.split(' ').length < 3) &&
    !namesCompany(spoke, rules) &&
    !CAPITALISED_PARTS.test(spoke.who)
      ? spoke.who
      : undefined
  let at = 0
  while (at < tokens.length) {
    if (!isNameWord(tokens, at, rules)) {
      at += 1
      continue
    }
    let to = at + 1
    while (to < tokens.length && isNameWord(tokens, to, rules)) to += 1
    // A sentence's first word is capitalised anyway: only a name of two words or more there,
    // or one whose parts are all capitalised ("Kessler-Duna rejected that account").
    const opensSentence = at === 0 && to - at < 2 && !CAPITALISED_PARTS.test(tokens[at]!.text)
    let other = false
    for (let i = at; i < to; i += 1) if (isOtherKind(tokens[i]!, rules)) other = true
    const previous = tokens[at - 1]
    const titled = previous !== undefined && rules.titles.has(bare(previous))
    // "The … Miners' Union of Voronets": a name after "of" that follows a name is part of it.
    const partOf =
      previous !== undefined && LINKS.has(previous.lower) && isNameWord(tokens, at - 2, rules)
    const name = textOf(tokens, { from: at, to }, source)
    if (!opensSentence && !other && !titled && !partOf && name !== person) found = name
    at = to
  }
  return found === undefined
    ? undefined
    : { who: found, role: speaker.who, type: 'org', plural: false }
}
