import type { Speaker } from '../noun-phrases'
import type { LanguageRules } from '../rules'
import { article } from './article'
import type { DefiniteReferents } from './definite-referents'

/**
 * A role that names its organisation by a definite description: "spokesman for the office",
 * "porte-parole de l'entreprise". Groups: who holds the role ("spokesman for"), the article,
 * an elided article, and the description (lowercase words only).
 */
const ROLE_FOR =
  /^(\p{Ll}[\p{L}-]*(?:\s\p{Ll}[\p{L}-]*)?\s(?:for|of|de))\s(?:(the|la|le|les)\s|(l['’]))(\p{Ll}[\p{Ll}-]*(?:\s\p{Ll}[\p{Ll}-]*){0,3})$/u

/**
 * "A spokesman for the office" → "spokesman for the Carrow County emergency management
 * office": someone whose role names an organisation by a definite description.
 */
export const roleHolder = (
  definites: DefiniteReferents,
  rules: LanguageRules,
  speaker: Speaker,
  sentence: number,
  subjectName: string | undefined,
): Speaker | undefined => {
  // One test of the words a role needs before the pattern: most speakers have none of them.
  const { who } = speaker
  if (!who.includes(' for ') && !who.includes(' of ') && !who.includes(' de ')) return undefined
  const role = ROLE_FOR.exec(who)
  if (role === null) return undefined
  const [, holder, , , description] = role
  const words = description!.split(/\s+/u)
  const head = rules.headFirst ? words[0]! : words[words.length - 1]!
  // "Valtram a revu …, selon un porte-parole de l'entreprise": the company is the subject.
  if (subjectName !== undefined && words.length === 1 && rules.orgWords.has(head))
    return { ...speaker, who: `${holder} ${article(subjectName, rules)}${subjectName}` }
  const org = definites.find(head, description!, sentence)
  if (org === undefined || org.type !== 'org' || !/^\p{Lu}/u.test(org.who)) return undefined
  return { ...speaker, who: `${holder} ${article(org.who, rules)}${org.who}` }
}
