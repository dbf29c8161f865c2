import { isMeasureUnit } from '../figure-starts'
import type { NumberRead } from '../numbers'
import type { LanguageRules } from '../rules'

/**
 * Whether a figure is worth a claim on its own: any number in digits or from ten up, but a small
 * spelled-out one ("two sides") only when it counts people, casualties or a measure.
 */
export const isTrigger = (
  number: NumberRead,
  unit: string | undefined,
  rules: LanguageRules,
): boolean => {
  if (!number.spelled || number.vague || number.value >= 10) return true
  if (unit === undefined) return false
  return rules.countNouns.has(unit) || rules.casualtyWords.has(unit) || isMeasureUnit(unit, rules)
}
