import { set } from './words'

/**
 * What marks a figure as one given before the newest, when a story tells it after the newest:
 * "the £960,000 in the original charges", "the £1.9 million forecast in the interim statement",
 * "the £1.34 million the prosecution put before the jury", « le maire avait annoncé 52 000
 * entrées ». A closed list per language, read by `told-backwards.ts`; the language's
 * `revision.priorWords` ("original", « initial ») mark the oldest and are not repeated here.
 */
export interface ToldOlderWords {
  /** A figure given as a forecast or a provisional one: after the original, before the newest. */
  readonly forecast: ReadonlySet<string>
  /** Verbs that say someone gave a figure: "put", "gave", « annoncé ». */
  readonly statement: ReadonlySet<string>
  /** The auxiliary of a past perfect before such a verb: "had", « avait ». */
  readonly pastPerfect: ReadonlySet<string>
  /** Words that may stand between that auxiliary and its verb: "already", « pourtant ». */
  readonly between: ReadonlySet<string>
  /** Words that make a figure one already known: "the £1.34 million", « des 52 000 ». */
  readonly definite: ReadonlySet<string>
  /** Nouns that name a measure without saying what: "The amount the judge accepted is lower". */
  readonly generic: ReadonlySet<string>
  /**
   * Words of `revision.priorWords` that are also plain ordinals ("a first appointment"): they
   * mark a figure only before a verb that gives it ("when it first announced").
   */
  readonly ordinals: ReadonlySet<string>
  /**
   * Words that may stand between a marker before a figure and the figure, besides determiners
   * and the revision nouns: "the original estimate was £412 million", "its interim figure of 12";
   * any other word ("the earlier number had wrongly included 1,300") says the figure is another.
   */
  readonly leadIn: ReadonlySet<string>
  /** Periods besides the durations: "the previous quarter" dates a figure, it is no older one. */
  readonly periods: ReadonlySet<string>
  /**
   * What compares a figure with the one given first: "higher than first reported, at 6,800",
   * « plus élevé que prévu initialement ». The figure is the newer one, not the first.
   */
  readonly comparing: ReadonlySet<string>
}

const en: ToldOlderWords = {
  forecast: set('forecast forecasts forecasted projected projection interim provisional unaudited'),
  statement: set('put gave given announced said told estimated reported stated quoted promised'),
  pastPerfect: set('had'),
  between: set('already also originally initially first earlier previously'),
  definite: set('the its their his her our this that these those'),
  generic: set('amount sum figure total'),
  ordinals: set('first'),
  leadIn: set('of at as was were is had been stood about around some'),
  periods: set('quarter quarters season seasons term half'),
  comparing: set('than'),
}

const fr: ToldOlderWords = {
  forecast: set('prévisionnel prévisionnelle prévisionnels prévisionnelles budgété budgétée'),
  statement: set(
    'annoncé annoncée annoncés annoncées indiqué évoqué évoquée évoqués évoquées promis promise promises avancé avancée avancés avancées chiffré estimé affiché',
  ),
  pastPerfect: set('avait avaient'),
  between: set('pourtant déjà initialement alors aussi'),
  definite: set("le la les l' des du son sa ses leur leurs ce cet cette ces"),
  generic: set('montant somme chiffre total'),
  ordinals: set('premier première'),
  leadIn: set("de d' à était étaient est avait été environ quelque"),
  periods: set('trimestre trimestres semestre semestres saison saisons exercice'),
  comparing: set("que qu'"),
}

const TABLES: Readonly<Record<string, ToldOlderWords>> = { en, fr }

/** The list for a language of `rules.language`; none for a language without one. */
export const toldOlderWordsFor = (language: string): ToldOlderWords | undefined => TABLES[language]
