/**
 * Everything language-specific the claim extractor knows, as data. Word sets hold lowercase
 * forms; phrases are lists of lowercase words. A new language is a new table, not new code.
 */
/**
 * What a pronoun can refer to. `singular` is a person or an organisation: French "elle" is as
 * often "la préfecture" as a woman.
 */
export type ReferentType = 'person' | 'org' | 'group' | 'singular'

export interface SpeechVerb {
  /** The claim kind this verb implies on its own ("denied" → denial, "accused" → blame). */
  readonly kind?: 'denial' | 'blame'
  /**
   * Also a common noun ("reports", "claims"): counts as a verb only before "that", a quote, a
   * figure, a time, or at the end of the sentence.
   */
  readonly ambiguous?: boolean
  /** Names its audience next ("told reporters"), which becomes the attribution's `where`. */
  readonly audience?: boolean
  /** The medium the verb itself implies ("tweeted" → Twitter). */
  readonly venue?: string
  /**
   * What documents and agencies do ("show", "records", "lists"): a verb whenever a source's
   * name or a document stands just before it ("images released by the agency show a scar").
   */
  readonly afterSource?: boolean
  /** An -ing form, whose speaker is the subject of the clause it hangs from. */
  readonly participle?: boolean
  /**
   * Said of documents only ("The review found that …", "It also found …"): a person or a group
   * before it ("after inspectors found cracks") is no speaker.
   */
  readonly documentsOnly?: boolean
  /**
   * A verb of estimate only when the figure it gives follows its object after "at" ("the
   * auditors put the overspend at £14.9 million"): "put" is too common a verb otherwise.
   */
  readonly valuesAt?: boolean
  /**
   * A verb of estimate only when a figure follows its object after "of" or a colon ("gave a
   * figure of 25,100", "has given the final turnout: 35.8 per cent"): "gave" is common otherwise.
   */
  readonly givesFigure?: boolean
  /**
   * A verb of counting, whose subject gives the figure, only when the figure follows it
   * ("Organisers counted 3,000 marchers", « ont recensé 240 enfants »).
   */
  readonly countsFigure?: boolean
  /** A verb of speech only with this particle after it: "points out that", "pointed out". */
  readonly particle?: string
  /**
   * Not a verb of speech when a figure follows it: « a admis Mme Mervent » is speech, « le
   * service a admis 35 malades » took in patients.
   */
  readonly notBeforeFigure?: boolean
}

export interface NumberRules {
  /** zero..nineteen, and "a"/"an" only before a multiplier or "dozen". */
  readonly units: Readonly<Record<string, number>>
  readonly tens: Readonly<Record<string, number>>
  readonly multipliers: Readonly<Record<string, number>>
  /** Vague amounts, valued at the least they imply ("scores of" → 40). */
  readonly vague: readonly (readonly [phrase: readonly string[], value: number])[]
  /** Words for how often ("twice" → 2 times). */
  readonly times: Readonly<Record<string, number>>
  /** Hedges kept in a figure's raw text ("at least", "around"). */
  readonly approximators: readonly (readonly string[])[]
  /** Words joining the two ends of a range ("to", "-"); "between x and y" is handled apart. */
  readonly rangeJoiners: ReadonlySet<string>
  readonly rangeOpeners: ReadonlySet<string>
  readonly rangeAnd: ReadonlySet<string>
  /** Words after a number that mark a time of day rather than a figure (a.m., GMT). */
  readonly clockWords: ReadonlySet<string>
  /**
   * Words for hours that make a time of day only after a preposition of time: « à 15 heures »,
   * « vers 9 heures » (« attendu 19 heures » is a duration).
   */
  readonly hourWords?: ReadonlySet<string>
  readonly hourPrepositions?: ReadonlySet<string>
  /** Thousands grouped by spaces ("1 200"), as in French; English reads "9 100" as two numbers. */
  readonly spacedDigits: boolean
}

export interface LanguageRules {
  readonly language: string
  readonly speechVerbs: Readonly<Record<string, SpeechVerb>>
  /** Phrases that introduce a source: "according to X", "as reported by X". */
  readonly sourcePhrases: readonly (readonly string[])[]
  /** "warnings from X that...", "claims by X that...": the source of a reported claim. */
  readonly sourceNouns: ReadonlySet<string>
  readonly sourcePrepositions: ReadonlySet<string>
  /** "Latest from the fire service: …": the word that joins a live blog's label to its source. */
  readonly labelSources?: ReadonlySet<string>
  readonly denialCues: ReadonlySet<string>
  readonly denialPhrases: readonly (readonly string[])[]
  readonly blameCues: ReadonlySet<string>
  readonly blamePhrases: readonly (readonly string[])[]
  readonly eventVerbs: ReadonlySet<string>
  /**
   * Outcomes a desk lists without a figure or a time: verdicts, pleas and sentences
   * ("convicted", "acquitted", "pleaded"), and what opens an inquiry ("opened", "launched")
   * when an inquiry noun is its object ("has opened a criminal investigation").
   */
  readonly outcomes: {
    readonly verbs: ReadonlySet<string>
    readonly opening: ReadonlySet<string>
    readonly inquiries: ReadonlySet<string>
  }
  readonly revision: {
    readonly verbs: ReadonlySet<string>
    /** Words that may open a revision clause ("later", "then", "before"). */
    readonly connectives: ReadonlySet<string>
    /** What is being revised ("toll", "figure"). */
    readonly nouns: ReadonlySet<string>
    /** Nouns that make the revised figure a death toll ("toll"), unlike "figure" or "count". */
    readonly tollNouns: ReadonlySet<string>
    /** Other words that may stand between the verb and "to" ("again", "officially"). */
    readonly fillers: ReadonlySet<string>
    /** Verbs that move a date or deadline ("moved", "postponed") to another one. */
    readonly dateVerbs: ReadonlySet<string>
    /** Verbs that move a date with a particle: "put back to 6 June", "put forward". */
    readonly particleDateVerbs: ReadonlySet<string>
    readonly dateParticles: ReadonlySet<string>
    /** Words that open a revision clause before its verb ("the death toll was", "it had"). */
    readonly clauseWords: ReadonlySet<string>
    /** Participles that give a first figure where they open a sentence or an aside: "Budgeted at". */
    readonly priorParticiples: ReadonlySet<string>
    /**
     * Words that give a figure as the one that held in the end, against a first one in the same
     * sentence: "finally cost", « a finalement coûté », « s'élève en réalité à ».
     */
    readonly settledWords: ReadonlySet<string>
    /** What marks a revision's object as the figure given before ("its earlier figure"). */
    readonly priorWords: ReadonlySet<string>
    /**
     * Words that say a figure replaces one given before, with no "raised ... to": "now",
     * "updated", "désormais". A figure with one revises the last claim counting the same thing.
     */
    readonly restating: ReadonlySet<string>
    /** "not" in a correction: "78 percent, not 81 percent". */
    readonly negations: ReadonlySet<string>
    /**
     * Phrases that name the figure a correction replaces with or without a comma before them:
     * "78 percent rather than 81", "245 000, et non 260 000".
     */
    readonly replacing: readonly (readonly string[])[]
    /**
     * What puts an earlier figure after the new one: "£9.1 million, up from the original £8.4
     * million", "on 9 May, later than the 2 May date announced". The earlier one is revised.
     */
    readonly comparing: readonly (readonly string[])[]
    /** What says a figure was planned before a later one replaced it: "had been planned for". */
    readonly pastPerfect: readonly (readonly string[])[]
    /**
     * Words that make a date a plan ("due", "expected", "would", « prévu », « devait »), read
     * before the date; with a word of `planNow` before a later one, the later plan replaces it.
     */
    readonly plans: ReadonlySet<string>
    /** "are now expected in June 2029", « aura désormais lieu le »: a plan that replaces one. */
    readonly planNow: ReadonlySet<string>
    /** "no earlier than May 2027", "at the earliest", « au plus tôt »: a plan put back. */
    readonly notBefore: readonly (readonly string[])[]
    /** Words just before a time that make it a deadline: "by Saturday", « jusqu'à jeudi ». */
    readonly deadlines: ReadonlySet<string>
    /** Nouns that name a deadline itself: "the deadline had been moved to December". */
    readonly deadlineNouns: ReadonlySet<string>
    /** Times of day said as words: "noon", "midnight", « midi ». */
    readonly clockNames: ReadonlySet<string>
    readonly directions: ReadonlySet<string>
    readonly from: string
    readonly to: string
    /** "to" joined with an article, before a date: « reportée au 8 novembre ». */
    readonly toDate: ReadonlySet<string>
  }
  readonly pronouns: Readonly<Record<string, ReferentType>>
  /**
   * Pronouns after a source phrase ("according to her", "selon lui") and the subject pronoun
   * whose referent they are.
   */
  readonly objectPronouns: Readonly<Record<string, string>>
  /**
   * Possessive determiners and what they refer to, so "Its spokesperson" is the spokesperson
   * for whatever "it" is: "its" an organisation, "son" a person or an organisation.
   */
  readonly possessives: Readonly<Record<string, ReferentType>>
  /**
   * Words that open a sentence pointing back at the one before ("That compares with roughly
   * 900 hectares"), which goes on in that sentence's voice.
   */
  readonly demonstratives: ReadonlySet<string>
  /**
   * Words that open a clause of its own after a comma (", and gusts of up to 60 km/h were
   * recorded", ", because the school is sheltering 180 people"): with a figure on each side,
   * the clause is a claim of its own.
   */
  readonly clauseOpeners: ReadonlySet<string>
  /**
   * Participles that open a consequence of their own after a comma (", cutting power to 6,000
   * homes", ", bringing the count to 3,400"): with a figure worth checking inside, a claim of
   * its own beside the sentence's first.
   */
  readonly consequenceParticiples: ReadonlySet<string>
  /** What links a role to its organisation when the story leaves it implied: "for", "de". */
  readonly roleLink: string
  /** A speaker naming itself inside its own quote: "We at the X ...". Group 1 is the name. */
  readonly selfReference: RegExp
  readonly numbers: NumberRules
  readonly measureUnits: Readonly<Record<string, string>>
  readonly currencySymbols: Readonly<Record<string, string>>
  /** Participles that make a bare number a casualty count ("9 were killed"). */
  readonly casualtyWords: ReadonlySet<string>
  /** Nouns that make a small spelled-out number worth checking ("two children"). */
  readonly countNouns: ReadonlySet<string>
  readonly linkingVerbs: ReadonlySet<string>
  /** Words that never follow a number as its unit. */
  readonly notUnits: ReadonlySet<string>
  /** Words after a number that say when or how, never what it counts: "nine shortly after", "58 once". */
  readonly figureAdverbs: ReadonlySet<string>
  /**
   * Units that count the same thing, so a revision in a later sentence finds the figure it
   * revises ("killed" and "dead", not "displaced"). Units in `anyUnits` match every family.
   */
  readonly unitFamilies: readonly (readonly string[])[]
  readonly anyUnits: ReadonlySet<string>
  /** The unit for a figure given as a toll ("the death toll stood at 27"). */
  readonly tollUnit: string
  readonly months: Readonly<Record<string, number>>
  readonly weekdays: ReadonlySet<string>
  /** Time words that can stand alone as when a claim was made ("yesterday"). */
  readonly timeWords: ReadonlySet<string>
  /** Words before a weekday/month that belong to the time ("late", "early", "last"). */
  readonly timeModifiers: ReadonlySet<string>
  /** Parts of the day after a weekday ("Sunday morning", "samedi matin"). */
  readonly partsOfDay: ReadonlySet<string>
  readonly timePrepositions: ReadonlySet<string>
  /** Abbreviations that never end a sentence ("Dr.", "Gen."). */
  readonly abbreviations: ReadonlySet<string>
  /** Words that start a new sentence after an ambiguous abbreviation ("U.S. The ..."). */
  readonly sentenceStarters: ReadonlySet<string>
  /** Sentence-initial adverbs that are capitalised but never part of a name. */
  readonly sentenceAdverbs: ReadonlySet<string>
  readonly titles: ReadonlySet<string>
  readonly honorifics: ReadonlySet<string>
  /** Words that make a name an organisation ("Ministry", "Agency", "Front"). */
  readonly orgWords: ReadonlySet<string>
  /**
   * Documents and records that can be sources ("the audit", "maintenance records", "a letter"):
   * heads of a speaker phrase like speaker nouns.
   */
  readonly documentNouns: ReadonlySet<string>
  /**
   * Documents that are only what someone published ("figures", "data", "images"): "data
   * published by the board" is the board's claim, so its speaker is the board.
   */
  readonly dataNouns: ReadonlySet<string>
  /** Participles between a document and its author: "published by", "released by", "kept by". */
  readonly authorParticiples: ReadonlySet<string>
  /** People a story introduces without a name ("a nurse", "one tenant", "a man"). */
  readonly personNouns: ReadonlySet<string>
  /**
   * Organisation names go on in lowercase after their head ("Institut régional de la
   * statistique", "préfecture de la Haute-Sarne"), as in French; English capitalises them.
   */
  readonly lowercaseOrgNames: boolean
  /** Units of time, for spans such as "two days later": never what a revision counts. */
  readonly durations: ReadonlySet<string>
  /** Endings of participles that open a sentence before its subject ("Asked ...", "Interrogée ..."). */
  readonly participleEndings: readonly string[]
  /** "of" in "the number of affected households", "un commerçant du centre-ville". */
  readonly partitives: ReadonlySet<string>
  /**
   * Whether a noun comes before its adjectives ("foyers touchés", French) rather than after them
   * ("affected households"): which word of "the number of ..." names what is counted.
   */
  readonly headFirst: boolean
  /** Prepositions that place a group: "doctors at the hospital", "tenants in the flats". */
  readonly placePrepositions: ReadonlySet<string>
  /** Words that introduce someone unnamed: "a", "an", "one". */
  readonly indefinites: ReadonlySet<string>
  /** Common nouns that can be speakers ("officials", "media", "monitor"). */
  readonly speakerNouns: ReadonlySet<string>
  /**
   * Public authorities a description alone names ("the health ministry", « la préfecture »): their
   * estimate is theirs though the story never named them, unlike "the harbour office".
   */
  readonly authorityNouns: ReadonlySet<string>
  /** Nouns that can refer back to any organisation ("the group said"). */
  readonly genericOrgNouns: ReadonlySet<string>
  /**
   * What "the company" and "la société" say an organisation is; with no organisation called
   * that before, they stand for the company named in the sentence before (`company-referent.ts`).
   */
  readonly companyNouns: ReadonlySet<string>
  /**
   * Words that make a name a company's ("Tessaly Ferries", "Castwell Rail Infrastructure"), which
   * "it" and "the company" may then refer to; unlike `orgWords`, no other kind of organisation.
   */
  readonly companyNameWords: ReadonlySet<string>
  /** The last word of a utility's name, after another name word: "Fenmoor Water". */
  readonly utilityNameWords: ReadonlySet<string>
  /** Plural speaker nouns ("officials") make a group. */
  readonly pluralSpeakerNouns: ReadonlySet<string>
  /** Lowercase words allowed before a speaker noun ("state media", "rebel commanders"). */
  readonly modifiers: ReadonlySet<string>
  /** Modifiers that describe rather than name, moved to the role ("the official X agency"). */
  readonly descriptors: ReadonlySet<string>
  readonly determiners: ReadonlySet<string>
  /** Particles after a verb that make another verb of it: "put out", "put off". */
  readonly verbParticles: ReadonlySet<string>
  /** Lowercase words allowed between the capitalised words of a name ("Ministry of Health"). */
  readonly nameParticles: ReadonlySet<string>
  readonly conjunctions: ReadonlySet<string>
  /** Words that may stand between a speaker and the verb ("has also said"). */
  readonly betweenSpeakerAndVerb: ReadonlySet<string>
  /**
   * Set phrases that may stand there too, without commas ("a pour sa part rappelé", "has for
   * its part said"): each word alone ("pour", "part") is too common to step over.
   */
  readonly asidesBeforeVerb: readonly (readonly string[])[]
  /**
   * The speaker's own and the listener's pronouns ("I", "my", "you"): a short quotation in
   * them, with nothing to check, tells how someone feels rather than what happened.
   */
  readonly firstAndSecondPerson: ReadonlySet<string>
  /** "pour" / "for" opening a sentence before a person's name and a comma: their view. */
  readonly forWhom: ReadonlySet<string>
  readonly relativePronouns: ReadonlySet<string>
  /** Set phrases of time that open a sentence before its subject ("At first", "Au départ"). */
  readonly openingPhrases: readonly (readonly string[])[]
  /** Prepositions that open an introductory phrase before the subject ("after", "après"). */
  readonly openingPrepositions: ReadonlySet<string>
  /** Auxiliaries that make a verb of speech passive ("had been told"): its subject heard it. */
  /** Speech verbs that only a person uses, so "a teaching assistant said" is one: "said", « raconte ». */
  readonly plainSpeechVerbs: ReadonlySet<string>
  /** What makes a perfect of something done: "has closed", « a ouvert ». */
  readonly perfectAuxiliaries: ReadonlySet<string>
  readonly passiveAuxiliaries: ReadonlySet<string>
  /**
   * Relative pronouns that only follow a person ("who"), so "a paramedic who …" is someone
   * whatever the noun. None in French: "qui" follows things as well.
   */
  readonly personRelatives: ReadonlySet<string>
  /** "own" after a possessive determiner: "its own annual return" is named "annual return". */
  readonly ownWords: ReadonlySet<string>
  /** Relative pronouns that open an aside about a thing or an organisation (", which"). */
  readonly thingRelatives: ReadonlySet<string>
  /** Places often used for their governments ("Kyiv said"). */
  readonly places: ReadonlySet<string>
  /** How a date line starts ("Posted", "Published"). */
  readonly datelinePrefixes: ReadonlySet<string>
  /** Venues for the attribution's `where`: "in a statement", "on Telegram". */
  readonly venueNouns: ReadonlySet<string>
  /** The fewest words a quotation needs to make a claim a quote rather than a scare quote. */
  readonly minQuoteWords: number
}
