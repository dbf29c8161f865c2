import { set } from './words'

/**
 * What refers to a measure just stated instead of naming it: a pronoun subject that moves ("it
 * had grown to", « il passe désormais à »), a pronoun object valued or revised ("puts it at",
 * "corrected that to"). The general measure nouns ("the figure", « ce chiffre ») are the
 * language's revision nouns. A closed list per language, read by `figure-referred.ts`.
 */
export interface ReferringWords {
  /** A subject pronoun that may stand for a measure: "it", « il », « elle ». */
  readonly subjects: ReadonlySet<string>
  /** A pronoun object just before the figure's preposition: "puts it at", "revised that to". */
  readonly objects: ReadonlySet<string>
  /**
   * The only words between a subject pronoun and the preposition of its figure: auxiliaries,
   * adverbs and verbs a measure does by itself ("grown", « passe »), not verbs done to one
   * ("put", "corrected"), whose subject is who puts or corrects it.
   */
  readonly moving: ReadonlySet<string>
}

const en: ReferringWords = {
  subjects: set('it'),
  objects: set('it this that'),
  moving: set(
    'has have had is was been now later since then also further actually grown grew risen rose fallen fell climbed jumped dropped stands stood stand rises falls climbs',
  ),
}

const fr: ReferringWords = {
  subjects: set('il elle'),
  objects: set('cela ceci ça'),
  moving: set(
    "a avait est était été s' se désormais maintenant finalement ensuite donc en réalité passe passé passée établit établi élève élevé élevée monte monté montée grimpe grimpé chute tombe tombé",
  ),
}

const TABLES: Readonly<Record<string, ReferringWords>> = { en, fr }

/** The list for a language of `rules.language`; none for a language without one. */
export const referringWordsFor = (language: string): ReferringWords | undefined => TABLES[language]
