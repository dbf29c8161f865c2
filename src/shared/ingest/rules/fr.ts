import type { LanguageRules, SpeechVerb } from './types'
import { imperfectsOf } from './fr-imperfect'
import { phrases, set, verbs } from './words'

/**
 * French: the desk's second language of work. Speech verbs come mostly as a past participle
 * after "a"/"ont" ("a déclaré", "a-t-elle indiqué"), which `betweenSpeakerAndVerb` steps over;
 * sources are introduced by "selon" and "d'après"; organisation names go on in lowercase
 * ("Institut régional de la statistique"); "il" and "elle" refer to organisations as often as
 * to people. Numbers are written "1 200" and "40 %".
 */
const frVerbs = (forms: string, properties: SpeechVerb = {}): Record<string, SpeechVerb> =>
  verbs(forms, properties, 'ant')

const FR_SPEECH_VERBS: Readonly<Record<string, SpeechVerb>> = {
  ...frVerbs('dit déclaré déclare déclarent déclarant affirmé affirme affirment affirmant'),
  ...frVerbs('annoncé annonce annoncent indiqué indique indiquent précisé précise précisent'),
  ...frVerbs('ajouté ajoute expliqué explique assuré assure assurent souligné souligne'),
  ...frVerbs('confirmé confirme confirment estimé estime estiment raconté raconte rapporté'),
  ...frVerbs('reconnu reconnaît averti avertit prévenu prévient promis promet écrit écrivent'),
  ...frVerbs('signalé signale signalent estimant'),
  // What a union "claims": « revendique 80 % de grévistes ».
  ...frVerbs('revendiqué revendique revendiquent'),
  ...frVerbs('admis admet', { notBeforeFigure: true }),
  ...frVerbs('regretté regrette réagi réagit chiffré rappelé rappelle rappellent'),
  // Ordinary verbs of speech after a quotation ("…», a-t-elle lancé") or a subject.
  ...frVerbs('lancé martelé martèle insisté insiste répondu confié confie glissé glisse'),
  // "a fait savoir que": "fait" stands between the speaker and the verb.
  ...frVerbs('savoir'),
  // "fait état de": the noun after "fait" reports, as "savoir" does.
  ...frVerbs('état'),
  ...frVerbs('montrent montre montrait recense recensent constate constatent conclut concluent', {
    ambiguous: true,
    afterSource: true,
  }),
  // « Les organisateurs ont compté 3 000 manifestants »: qui compte donne le chiffre.
  ...frVerbs('compté dénombré comptabilisé', { countsFigure: true }),
  ...frVerbs('démenti dément démentent nié nie nient rejeté rejette rejettent contesté conteste', {
    kind: 'denial',
  }),
  ...frVerbs('accusé accuse accusent dénoncé dénonce dénoncent reproché reproche', {
    kind: 'blame',
  }),
}

export const fr: LanguageRules = {
  language: 'fr',
  speechVerbs: { ...FR_SPEECH_VERBS, ...imperfectsOf(FR_SPEECH_VERBS) },
  sourcePhrases: phrases(
    "selon|d' après|de source|citant|cité par|rapporté par|auprès de|auprès du|auprès des|auprès d'",
  ),
  sourceNouns: set('propos déclarations accusations chiffres estimations données'),
  sourcePrepositions: set('de du des par'),
  denialCues: set(
    'démenti démentent dément dément nié nie nient nier rejette rejeté rejettent faux fausse fausses infondé infondée infondés infondées mensonge mensonges contesté conteste',
  ),
  denialPhrases: phrases(
    "n' a rien à voir|aucune responsabilité|toute responsabilité|pas responsable",
  ),
  blameCues: set('accuse accusé accusent accusation accusations reproche dénonce dénoncé coupable'),
  blamePhrases: phrases('tenu pour responsable|tient pour responsable|responsable de|est derrière'),
  outcomes: {
    verbs: set('condamné condamnée condamnés relaxé relaxée relaxés acquitté acquittée inculpé'),
    opening: set('ouvert ouvre lancé lance ordonné'),
    inquiries: set('enquête enquêtes information instruction'),
  },
  eventVerbs: set(
    'tué tués frappé explosé effondré inondé détruit endommagé évacué évacués lancé attaqué arrêté tombé',
  ),
  revision: {
    verbs: set(
      'révisé revu revoit revoient élargi élargie élargit étendu étendue révise révisent corrige corrigent corrigé rectifié rectifie relevé relève abaissé abaisse porté porte ramené ramène augmenté augmente baissé réduit alourdi monté passé grimpé',
    ),
    connectives: set('ensuite puis depuis mais et avant après plus tard finalement'),
    nouns: set('bilan chiffre nombre total estimation taux décompte'),
    tollNouns: set('bilan'),
    fillers: set('ce cette son sa ses le la les encore nouveau à la hausse baisse'),
    dateVerbs: set(
      'reporté reportée report repoussé repoussée décalé décalée avancé avancée prolongé prolongée',
    ),
    particleDateVerbs: new Set<string>(),
    dateParticles: new Set<string>(),
    priorParticiples: set(
      'présenté présentée présentés présentées budgété budgétée budgétés budgétées estimé estimée estimés estimées annoncé annoncée annoncés annoncées fixé fixée fixés fixées chiffré chiffrée chiffrés chiffrées évalué évaluée évalués évaluées',
    ),
    settledWords: set('finalement réalité'),
    priorWords: set(
      'précédent précédente initial initiale premier première provisoire initialement',
    ),
    restating: set(
      'désormais maintenant actualisé actualisée révisé révisée corrigé corrigée toujours',
    ),
    negations: set('non pas'),
    replacing: phrases('et non|et pas|au lieu de|au lieu des|plutôt que|et non plus'),
    comparing: phrases('plus tard que|plus tôt que'),
    pastPerfect: phrases(
      'avait été|avaient été|était prévu|était prévue|étaient prévus|étaient prévues',
    ),
    plans: set(
      'devait devaient doit doivent prévu prévue prévus prévues attendu attendue programmé programmée fixé fixée',
    ),
    planNow: set('désormais maintenant'),
    notBefore: phrases('au plus tôt|pas avant'),
    deadlines: set("jusqu'à jusqu'au ici avant"),
    deadlineNouns: set('échéance échéances délai délais calendrier date'),
    clockNames: set('midi minuit'),
    clauseWords: set("a ont avait avaient été est sont le la les l' son sa ses qui"),
    directions: set('hausse baisse'),
    from: 'de',
    to: 'à',
    toDate: set('au'),
  },
  objectPronouns: { lui: 'il', elle: 'elle', eux: 'ils', elles: 'elles' },
  pronouns: {
    il: 'singular',
    elle: 'singular',
    'a-t-il': 'singular',
    'a-t-elle': 'singular',
    ils: 'group',
    elles: 'group',
    'ont-ils': 'group',
    'ont-elles': 'group',
  },
  possessives: { son: 'singular', sa: 'singular', leur: 'group' },
  demonstratives: set('cela ceci'),
  clauseOpeners: set('et car mais alors'),
  consequenceParticiples: set('portant faisant privant laissant coupant'),
  roleLink: 'de',
  selfReference:
    /\b[Nn]ous(?:,| à| au| de)\s+(?:la\s+|le\s+|l['’])?((?:[\p{Lu}][\p{L}'’-]*)(?:\s+(?:de|du|des|la|et|[\p{Lu}][\p{L}'’-]*))*)/u,
  numbers: {
    units: {
      zéro: 0,
      un: 1,
      une: 1,
      deux: 2,
      trois: 3,
      quatre: 4,
      cinq: 5,
      six: 6,
      sept: 7,
      huit: 8,
      neuf: 9,
      dix: 10,
      onze: 11,
      douze: 12,
      treize: 13,
      quatorze: 14,
      quinze: 15,
      seize: 16,
      dizaine: 10,
      douzaine: 12,
    },
    tens: { vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60 },
    multipliers: {
      cent: 100,
      cents: 100,
      mille: 1_000,
      million: 1_000_000,
      millions: 1_000_000,
      milliard: 1_000_000_000,
      milliards: 1_000_000_000,
    },
    vague: [
      [['des', 'dizaines', 'de', 'milliers', 'de'], 20_000],
      [['des', 'dizaines', 'de'], 20],
      [['des', 'centaines', 'de'], 200],
      [['des', 'milliers', 'de'], 2_000],
      [['des', 'millions', 'de'], 2_000_000],
      // "une soixantaine de sapeurs-pompiers": a round number, about sixty.
      [['une', 'dizaine', 'de'], 10],
      [['une', 'dizaine', "d'"], 10],
      [['une', 'dizaine', 'd’'], 10],
      [['une', 'douzaine', 'de'], 12],
      [['une', 'douzaine', "d'"], 12],
      [['une', 'douzaine', 'd’'], 12],
      [['une', 'quinzaine', 'de'], 15],
      [['une', 'quinzaine', "d'"], 15],
      [['une', 'quinzaine', 'd’'], 15],
      [['une', 'vingtaine', 'de'], 20],
      [['une', 'vingtaine', "d'"], 20],
      [['une', 'vingtaine', 'd’'], 20],
      [['une', 'trentaine', 'de'], 30],
      [['une', 'trentaine', "d'"], 30],
      [['une', 'trentaine', 'd’'], 30],
      [['une', 'quarantaine', 'de'], 40],
      [['une', 'quarantaine', "d'"], 40],
      [['une', 'quarantaine', 'd’'], 40],
      [['une', 'cinquantaine', 'de'], 50],
      [['une', 'cinquantaine', "d'"], 50],
      [['une', 'cinquantaine', 'd’'], 50],
      [['une', 'soixantaine', 'de'], 60],
      [['une', 'soixantaine', "d'"], 60],
      [['une', 'soixantaine', 'd’'], 60],
      [['une', 'centaine', 'de'], 100],
      [['une', 'centaine', "d'"], 100],
      [['une', 'centaine', 'd’'], 100],
    ],
    times: {},
    approximators: phrases(
      "au moins|au plus|plus de|moins de|jusqu' à|environ|près de|quelque|quelques|presque|un peu plus de|un peu moins de|en moyenne|seuls|seules|seulement",
    ),
    rangeJoiners: set('à - –'),
    rangeOpeners: set('entre de'),
    rangeAnd: set('et'),
    spacedDigits: true,
    clockWords: set('h'),
    hourWords: set('heure heures'),
    // Not « jusqu'à », which is "up to" a duration as often: « jusqu'à onze heures ».
    hourPrepositions: set('à vers dès avant après'),
  },
  measureUnits: {
    km: 'km',
    kilomètre: 'km',
    kilomètres: 'km',
    mètre: 'm',
    mètres: 'm',
    millimètre: 'mm',
    millimètres: 'mm',
    mm: 'mm',
    centimètres: 'cm',
    hectare: 'ha',
    hectares: 'ha',
    tonne: 't',
    tonnes: 't',
    kg: 'kg',
    kilos: 'kg',
    litres: 'l',
    euros: 'EUR',
    euro: 'EUR',
    dollars: 'USD',
    'pour cent': '%',
  },
  currencySymbols: { $: 'USD', '€': 'EUR', '£': 'GBP' },
  casualtyWords: set(
    'morts mort tués tuées blessés blessées disparus disparues évacués évacuées déplacés hospitalisés arrêtés secourus sinistrés décédés noyés',
  ),
  countNouns: set(
    'personnes habitants civils enfants adultes hommes femmes soldats victimes morts familles foyers maisons logements villages bâtiments patients réfugiés travailleurs salariés conducteurs otages secouristes pompiers policiers heures jours semaines mois ans années kilomètres mètres tramways bus trains',
  ),
  linkingVerbs: set('est sont était étaient a ont avait avaient été être'),
  figureAdverbs: set('seulement ensuite désormais déjà encore aussitôt environ'),
  notUnits: set(
    "le la les l' un une de du des d' et ou mais à au aux en dans par pour sur sous avec sans que qu' qui dont où ce cet cette ces son sa ses leur leurs il elle ils elles nous vous on est sont était a ont avait été être plus moins ne n' pas se s' y depuis selon après avant contre entre vers chez lors comme parmi",
  ),
  unitFamilies: [
    ['morts', 'mort', 'tués', 'tuées', 'décès', 'décédés', 'noyés'],
    ['blessés', 'blessées', 'hospitalisés'],
    ['disparus', 'disparues'],
    ['évacués', 'évacuées', 'déplacés', 'sinistrés'],
    ['arrêtés'],
    ['visiteurs', 'entrées'],
  ],
  anyUnits: set('personnes gens victimes civils'),
  tollUnit: 'morts',
  months: {
    janvier: 1,
    février: 2,
    fevrier: 2,
    mars: 3,
    avril: 4,
    mai: 5,
    juin: 6,
    juillet: 7,
    août: 8,
    aout: 8,
    septembre: 9,
    octobre: 10,
    novembre: 11,
    décembre: 12,
    decembre: 12,
  },
  weekdays: set('lundi mardi mercredi jeudi vendredi samedi dimanche'),
  timeWords: set("hier aujourd'hui ce-matin cette-nuit"),
  timeModifiers: set('dernier dernière prochain prochaine matin soir'),
  partsOfDay: set('matin après-midi soir soirée nuit'),
  timePrepositions: set('en dans depuis'),
  abbreviations: set('m mm mme mmes mlle dr pr me st ste gén col cdt lt sgt av apr env etc'),
  sentenceStarters: set(
    "le la les l' un une il elle ils elles nous on dans en mais et ce cette ces selon d' depuis pour par après avant lors si quand alors seuls seules aucun aucune chacun chacune plusieurs certains certaines tous toutes rien joint jointe joints jointes",
  ),
  sentenceAdverbs: set(
    'ensuite cependant toutefois pourtant néanmoins puis enfin finalement alors',
  ),
  titles: set(
    'président présidente ministre maire préfet préfète secrétaire directeur directrice porte-parole général générale colonel capitaine lieutenant gouverneur député députée sénateur sénatrice chef responsable commissaire procureur procureure juge délégué déléguée conseiller conseillère',
  ),
  honorifics: set('m mme me dr pr'),
  orgWords: set(
    'ministère agence préfecture sous-préfecture mairie municipalité syndicat intersyndicale association compagnie chambre direction institut cour conseil gouvernement police gendarmerie office service services commission comité fédération confédération union banque tribunal parlement assemblée entreprise société groupe observatoire inspection armée croix-rouge hôpital université régie parquet rectorat académie opérateur gestionnaire distributeur fournisseur transporteur constructeur collectivité métropole agglomération département région caisse mutuelle clinique laboratoire fondation collectif coordination établissement autorité régulateur',
  ),
  authorityNouns: set('ministère gouvernement préfecture police gendarmerie'),
  speakerNouns: set(
    'direction syndicat intersyndicale préfecture sous-préfecture mairie municipalité ministère gouvernement police gendarmerie autorités responsables habitants témoins médecins secouristes pompiers experts analystes sources source enquêteurs inspecteurs association entreprise compagnie groupe agence institut régie rectorat académie exploitant opérateur gestionnaire distributeur fournisseur transporteur constructeur collectivité métropole agglomération département région parquet caisse clinique laboratoire fondation collectif coordination établissement autorité régulateur observatoire organisateurs syndicats riverains élus chercheurs météorologues prévisionnistes',
  ),
  genericOrgNouns: set('groupe organisation organisme association'),
  companyNouns: set('société entreprise'),
  utilityNameWords: set(''),
  companyNameWords: set(''),
  pluralSpeakerNouns: set(
    'autorités responsables habitants témoins médecins secouristes pompiers experts analystes sources enquêteurs inspecteurs organisateurs syndicats riverains élus chercheurs météorologues prévisionnistes',
  ),
  modifiers: set(
    'régional régionale régionaux national nationale nationaux local locale municipal municipale départemental départementale public publique',
  ),
  descriptors: set('officiel officielle'),
  determiners: set("le la les l' un une son sa ses leur leurs ce cet cette"),
  verbParticles: set(''),
  nameParticles: set("de du des d' la le l' et von van al el ben"),
  conjunctions: set('et'),
  betweenSpeakerAndVerb: set(
    'a ont avait avaient aurait auraient également aussi encore déjà ensuite pourtant lui leur fait faisait faisaient aussitôt désormais',
  ),
  forWhom: set('pour'),
  firstAndSecondPerson: set(
    "je j' j’ me m' m’ moi mon ma mes tu te t' t’ toi ton ta tes vous votre vos",
  ),
  asidesBeforeVerb: phrases(
    'pour sa part|pour leur part|de son côté|de leur côté|quant à lui|quant à elle|à son tour',
  ),
  relativePronouns: set('qui que dont lequel laquelle'),
  personRelatives: set(''),
  ownWords: set('propre propres'),
  thingRelatives: set('qui'),
  openingPhrases: phrases(
    "au départ|dans un premier temps|à l' époque|à ce stade|au final|pour l' instant|jusqu' ici|entre-temps",
  ),
  openingPrepositions: set("après avant malgré lors suite quand lorsque lorsqu' lorsqu’ puisque"),
  plainSpeechVerbs: set(
    'raconte racontait confie confiait témoigne témoignait explique expliquait',
  ),
  perfectAuxiliaries: set('a ont'),
  passiveAuxiliaries: set('été'),
  places: set('paris bruxelles genève berlin londres moscou kiev kyiv washington pékin'),
  datelinePrefixes: set('publié publiée mis modifié'),
  venueNouns: set(
    'communiqué conférence entretien déclaration interview réseaux télévision radio message vidéo discours',
  ),
  minQuoteWords: 4,
  documentNouns: set(
    'rapport rapports audit registre registres lettre courrier note données chiffres statistiques images relevés enquête étude bulletin compte-rendu',
  ),
  dataNouns: set('chiffres données statistiques images relevés'),
  authorParticiples: set('publié publiés publiée publiées diffusé diffusés diffusées rendu rendus'),
  personNouns: set(
    'homme femme habitant habitante témoin infirmier infirmière médecin conducteur conductrice ouvrier ouvrière agriculteur mère père voisin voisine passager passagère survivant survivante responsable',
  ),
  indefinites: set('un une'),
  partitives: set("de du des d'"),
  participleEndings: ['é', 'ée', 'és', 'ées', 'ant'],
  durations: set(
    'minute minutes heure heures jour jours semaine semaines mois an ans année années',
  ),
  headFirst: true,
  placePrepositions: set('à de dans'),
  lowercaseOrgNames: true,
}
