import type { LanguageRules } from '../rules'

/**
 * The key under which a person is found by a bare surname: what follows the last whitespace of
 * their name, when that whitespace is a plain space ("Mira Castell" → "Castell"), else none.
 */
export const surnameKey = (who: string): string | undefined => {
  const space = /\s(?=\S*$)/.exec(who)
  return space !== null && space[0] === ' ' ? who.slice(space.index + 1) : undefined
}

/**
 * The surname a mention stands on: "Castell", or "Ms Castell" / "M. Castell" (an honorific and
 * one capitalised word), so a story that names someone in full once and then by honorific and
 * surname, as most newspapers do, keeps one speaker. Undefined for anything longer.
 */
export const bareSurname = (who: string, rules: LanguageRules): string | undefined => {
  const words = who.split(/\s+/u)
  if (words.length === 1) return words[0]
  if (words.length !== 2) return undefined
  const [honorific, surname] = words as [string, string]
  const title = honorific.toLowerCase().replace(/\.$/u, '')
  return rules.honorifics.has(title) && /^\p{Lu}/u.test(surname) ? surname : undefined
}
