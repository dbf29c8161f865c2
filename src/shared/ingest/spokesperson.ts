import { literally } from './literal-pattern'
import type { LanguageRules } from './rules'
import { spokespeopleWordsFor } from './rules/spokespeople'
import type { SpokespeopleWords } from './rules/spokespeople'

/**
 * A speaker named only as someone speaking for an organisation: the role ("spokesperson"), and
 * the organisation as the sentence words it ("Northline Power", "the OSO", "trust"), if any.
 */
export interface Spokesperson {
  readonly role: string
  /** The organisation's words without their article; undefined for a bare "a spokesman". */
  readonly organisation?: string
  /** Whether those words name it (capitalised: "Northline Power") or describe it ("trust"). */
  readonly named: boolean
}

/** Words an organisation before its spokesperson may have: "the Kilverton Police". */
const MAX_ORG_WORDS = 5

const patterns = new WeakMap<SpokespeopleWords, RegExp>()
const patternOf = (words: SpokespeopleWords): RegExp => {
  let pattern = patterns.get(words)
  if (pattern === undefined) {
    const roles = words.roles.map(literally).join('|')
    // Longest first, so « de la » is read before « de ».
    const links = [...words.links]
      .sort((a, b) => b.length - a.length)
      .map((link) => (/['’]$/u.test(link) ? literally(link) : `${literally(link)}\\s`))
      .join('|')
    const before = words.orgFirst
      ? `(?:(?<before>[^\\s,;:]+(?:\\s[^\\s,;:]+){0,${MAX_ORG_WORDS - 1}})\\s)?`
      : ''
    pattern = new RegExp(`^${before}(?<role>${roles})(?:\\s(?:${links})(?<after>.+))?$`, 'iu')
    patterns.set(words, pattern)
  }
  return pattern
}

/** An article before the organisation's words: "the OSO" is the OSO. */
const ARTICLE = /^(?:the|la|le|les|l['’])\s?/iu

/**
 * "spokesperson for Northline Power", "trust spokesperson", "porte-parole de la mairie",
 * "spokesman": the speaker read as a spokesperson, or undefined for any other speaker.
 */
export const spokespersonOf = (who: string, rules: LanguageRules): Spokesperson | undefined => {
  const words = spokespeopleWordsFor(rules.language)
  if (words === undefined) return undefined
  const found = patternOf(words).exec(who)
  if (found === null) return undefined
  const { before, role, after } = found.groups!
  if (before !== undefined && after !== undefined) return undefined
  const written = (before ?? after)?.replace(/['’]s$/u, '').replace(ARTICLE, '')
  if (written === undefined || written === '') return { role: role!.toLowerCase(), named: false }
  return {
    role: role!.toLowerCase(),
    organisation: written,
    named: /^\p{Lu}/u.test(written),
  }
}
