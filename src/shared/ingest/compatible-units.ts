import type { LanguageRules } from './rules'

/**
 * Two units that may count the same thing: one unknown, equal, a vague one ("people"), or two
 * of one family ("killed", "dead"); never a duration ("5 heures") and a count.
 */
export const compatibleUnits = (
  a: string | undefined,
  b: string | undefined,
  rules: LanguageRules,
): boolean => {
  if (a === undefined || b === undefined || a === b) return true
  // "612 personnes" counts people, never "5 heures" (a time or a duration) said before it.
  if (rules.durations.has(a) || rules.durations.has(b)) return false
  if (rules.anyUnits.has(a) || rules.anyUnits.has(b)) return true
  return rules.unitFamilies.some((family) => family.includes(a) && family.includes(b))
}
