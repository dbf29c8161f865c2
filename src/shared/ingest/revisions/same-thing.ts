import type { LanguageRules } from '../rules'

/** Two units that may count the same thing: one unknown, equal, "people", or one family. */
export const sameThing = (
  a: string | undefined,
  b: string | undefined,
  rules: LanguageRules,
): boolean =>
  a === undefined ||
  b === undefined ||
  a === b ||
  rules.anyUnits.has(a) ||
  rules.anyUnits.has(b) ||
  rules.unitFamilies.some((family) => family.includes(a) && family.includes(b))
