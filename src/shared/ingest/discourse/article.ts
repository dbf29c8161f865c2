import type { LanguageRules } from '../rules'

/**
 * "the" before an organisation named partly in lowercase ("spokesman for the Carrow County
 * emergency management office"), none before a proper name ("for Eastholme Care Services")
 * or in French ("porte-parole de Valtram").
 */
export const article = (org: string, rules: LanguageRules): string =>
  !rules.headFirst && /\s\p{Ll}/u.test(org) ? 'the ' : ''
