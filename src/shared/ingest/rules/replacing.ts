import { phrases, set } from './words'

/**
 * What says a figure replaces one given before for the same measure, with no "raised … to":
 * "the correct figure is 23", "17 posts are in reality vacant", « sont finalement 4 500 »,
 * "puts that number at 112". A closed list per language, read by `figure-replaced.ts`.
 */
export interface ReplacingWords {
  /** Words anywhere in the sentence, outside a quotation: "now", "correct", « désormais ». */
  readonly words: ReadonlySet<string>
  /** Phrases anywhere in the sentence: "should have read", « en réalité ». */
  readonly phrases: readonly (readonly string[])[]
  /**
   * Verbs that give a measure a value with a preposition just before the figure: "puts that
   * number at 112", "gives the figure as 2,590".
   */
  readonly valuing: ReadonlySet<string>
  readonly valuingPrepositions: ReadonlySet<string>
  /** Words that say nothing of what is measured ("same", "most"), though no function words. */
  readonly notMeasures: ReadonlySet<string>
}

const en: ReplacingWords = {
  words: set('now correct corrected true actual actually instead reality still latest'),
  phrases: phrases(
    [
      'should have read|should have been|was in fact|is in fact',
      // "puts vacancies at 276, lower than the figure he gave me", "higher than first reported,
      // at 6,800": a figure said to differ from one given before; not "23 per cent lower than
      // in the jobs they left", a comparison of two things.
      'lower than the figure|higher than the figure|lower than first|higher than first',
      'lower than previously|higher than previously|lower than the earlier|higher than the earlier',
    ].join('|'),
  ),
  valuing: set('put puts putting gives gave give'),
  valuingPrepositions: set('at as'),
  notMeasures: set('same most also only other first last more less such very much many some'),
}

const fr: ReplacingWords = {
  words: set(
    'désormais maintenant finalement réalité réellement toujours corrigé corrigée rectifié rectifiée',
  ),
  phrases: phrases('au final|en définitive'),
  valuing: set('évalue évalué évaluait chiffre chiffré chiffrait estime estimé estimait'),
  valuingPrepositions: set('à'),
  notMeasures: set('même mêmes plus moins autre autres aussi seulement tout tous toute toutes'),
}

const TABLES: Readonly<Record<string, ReplacingWords>> = { en, fr }

/** The list for a language of `rules.language`; none for a language without one. */
export const replacingWordsFor = (language: string): ReplacingWords | undefined => TABLES[language]
