import { en } from './en'
import { fr } from './fr'
import type { LanguageRules } from './types'

export type { LanguageRules, ReferentType, SpeechVerb, NumberRules } from './types'

const TABLES: Readonly<Record<string, LanguageRules>> = { en, fr }

/** The rules for a BCP 47 tag by its primary language ("en-GB" → en); English otherwise. */
export const rulesFor = (language: string | undefined): LanguageRules => {
  const primary = (language ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en'
  return TABLES[primary] ?? en
}

export const supportedLanguages = (): string[] => Object.keys(TABLES)
