import type { LanguageRules } from '../rules'
import { bare } from '../tokens'
import { analysePart, splitConjuncts } from './conjuncts'
import { personOf, titledPersonOf } from './person-of'
import { textOf } from './range'
import type { Range, Tokens } from './range'
import type { Speaker, SpeakerType } from './speaker'
import { isAbbreviationDot, isAcronym, isDeterminer, isNameWord } from './word-classes'

/** What links a role to its organisation: "spokesperson for", "porte-parole de". */
const ROLE_LINKS: ReadonlySet<string> = new Set(['for', 'of', 'de', 'du', 'des', "d'", 'd’'])

/** A speaker from the phrase at `range`: who, their role, and what kind of referent it is. */
export const speakerOf = (
  tokens: Tokens,
  range: Range,
  source: string,
  rules: LanguageRules,
): Speaker => {
  let from = range.from
  // "On Tuesday Maria Orr said": a weekday is capitalised but names nobody (a month may: "May").
  while (
    from < range.to - 1 &&
    (isDeterminer(tokens[from], rules) || rules.weekdays.has(tokens[from]!.lower))
  )
    from += 1
  // "the official Norpress News Agency": "official" describes, the capitals name.
  let named = from
  while (named < range.to - 1 && rules.descriptors.has(tokens[named]!.lower)) named += 1
  const describes = named > from && isNameWord(tokens, named, rules)
  const core: Range = { from: describes ? named : from, to: range.to }
  const role = describes ? { role: textOf(tokens, { from, to: named }, source) } : {}

  const titled = titledPersonOf(tokens, core, rules)
  if (titled !== null) {
    return {
      who: textOf(tokens, titled.who, source),
      role: `${textOf(tokens, titled.title, source)} ${textOf(tokens, titled.of, source)}`,
      type: 'person',
      plural: false,
    }
  }
  const affiliated = personOf(tokens, core, rules)
  if (affiliated !== null) {
    return {
      who: textOf(tokens, affiliated.who, source),
      role: textOf(tokens, affiliated.role, source),
      type: 'person',
      plural: false,
    }
  }
  const parts = splitConjuncts(tokens, core, rules).map((part) => analysePart(tokens, part, rules))
  if (parts.length > 1 && parts.every((part) => part.person)) {
    const roles = parts.flatMap((part) => (part.role ? [textOf(tokens, part.role, source)] : []))
    return {
      who: parts.map((part) => textOf(tokens, part.who, source)).join(' and '),
      ...(roles.length > 0 ? { role: roles.join(' and ') } : {}),
      type: 'group',
      plural: true,
    }
  }
  const only = parts.length === 1 ? parts[0]! : undefined
  if (only?.role !== undefined) {
    return {
      who: textOf(tokens, only.who, source),
      role: textOf(tokens, only.role, source),
      type: only.person ? 'person' : 'org',
      plural: false,
    }
  }
  const who = textOf(tokens, core, source)
  const head = tokens[core.to - 1]!
  const words = tokens.slice(core.from, core.to).filter((token) => token.kind === 'word')
  const plural = parts.length > 1 || rules.pluralSpeakerNouns.has(head.lower)
  let allNames = true
  for (let i = core.from; i < core.to; i += 1) {
    if (!isNameWord(tokens, i, rules) && !isAbbreviationDot(tokens, i, rules)) allNames = false
  }
  // "A spokesperson for Eastholme Care Services": someone who holds a role for an organisation.
  const holder =
    words.length > 2 &&
    ROLE_LINKS.has(words[1]!.lower) &&
    !words[0]!.capital &&
    rules.titles.has(bare(words[0]!))
  const type = ((): SpeakerType => {
    if (holder) return 'person'
    if (words.some((token) => rules.orgWords.has(bare(token)) || isAcronym(token)))
      return plural ? 'group' : 'org'
    if (words.some((token) => rules.companyNameWords.has(bare(token)))) return 'org'
    if (rules.titles.has(bare(head))) return 'person'
    if (plural) return 'group'
    if (only?.person) return 'person'
    if (words.length === 1 && rules.places.has(bare(head))) return 'org'
    return allNames ? 'name' : 'org'
  })()
  return { who, ...role, type, plural: type === 'group' ? true : plural }
}
