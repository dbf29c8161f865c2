/**
 * How a language names someone who speaks for an organisation without naming them: "a trust
 * spokesperson", "a spokeswoman for Northline Power", « un porte-parole de la mairie ». Read by
 * `spokesperson.ts`, which gives such a claim to the organisation, or to an unnamed speaker.
 */
export interface SpokespeopleWords {
  /** The role, one or two words: "spokesperson", "press officer", « porte-parole ». */
  readonly roles: readonly string[]
  /** What links the role to the organisation after it: "for", « de », « du ». */
  readonly links: readonly string[]
  /** Whether the organisation may come before the role: "a council spokesperson". */
  readonly orgFirst: boolean
}

const en: SpokespeopleWords = {
  roles: ['spokesperson', 'spokesman', 'spokeswoman', 'press officer', 'press secretary'],
  links: ['for', 'at'],
  orgFirst: true,
}

const fr: SpokespeopleWords = {
  roles: ['porte-parole'],
  links: ['de la', "de l'", 'de l’', 'du', 'des', 'de', "d'", 'd’'],
  orgFirst: false,
}

const TABLES: Readonly<Record<string, SpokespeopleWords>> = { en, fr }

/** The words for a language of `rules.language`; none for a language without them. */
export const spokespeopleWordsFor = (language: string): SpokespeopleWords | undefined =>
  TABLES[language]
