import type { LanguageRules } from '../rules'
import { spokespersonOf } from '../spokesperson'

/** Whether `who` is a spokesperson for an organisation that `head` names: "trust spokesperson". */
export const speaksFor = (who: string, head: RegExp, rules: LanguageRules): boolean => {
  const organisation = spokespersonOf(who, rules)?.organisation
  return organisation !== undefined && head.test(organisation)
}
