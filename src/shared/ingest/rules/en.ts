import type { LanguageRules, SpeechVerb } from './types'

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/))
const phrases = (list: string): string[][] =>
  list.split('|').map((phrase) => phrase.trim().split(/\s+/))

/** Every form of a speech verb gets the same properties. */
const verbs = (forms: string, properties: SpeechVerb = {}): Record<string, SpeechVerb> => {
  const table: Record<string, SpeechVerb> = {}
  for (const form of forms.trim().split(/\s+/)) {
    const participle = form.endsWith('ing')
    table[form] = participle ? { ...properties, participle } : properties
  }
  return table
}

const ambiguous = { ambiguous: true } as const

export const en: LanguageRules = {
  language: 'en',
  speechVerbs: {
    ...verbs('said say saying stated stating added adding insisted insisting insists'),
    ...verbs('says adds'),
    ...verbs('states claims reports tweets posts notes', ambiguous),
    ...verbs('claimed claim claiming announced announce announcing announces declared declaring'),
    ...verbs('reported reporting wrote writing writes posted warned warning warns'),
    ...verbs('confirmed confirming confirms alleged alleging alleges asserted asserting asserts'),
    ...verbs('maintained maintains argued arguing argues acknowledged admitted admits estimated'),
    ...verbs('noted explained explaining suggested suggests revealed revealing stressed'),
    ...verbs('quoted countered countering replied predicted promised vowed'),
    ...verbs('told telling tells informed informing', { audience: true }),
    ...verbs('tweeted tweeting', { venue: 'Twitter' }),
    ...verbs('denied deny denying denies rejected rejecting rejects dismissed dismissing', {
      kind: 'denial',
    }),
    ...verbs('refuted refuting refutes disputed disputing disputes contradicted rebuffed', {
      kind: 'denial',
    }),
    ...verbs('accused accusing accuses blamed blaming blames condemned condemning condemns', {
      kind: 'blame',
    }),
  },
  sourcePhrases: phrases(
    'according to|as reported by|as quoted by|in the words of|quoting|citing figures from|figures from',
  ),
  sourceNouns: set(
    'warnings warning claims claim reports report allegations allegation statement statements accusations accusation assertions figures estimates data',
  ),
  sourcePrepositions: set('from by of'),
  denialCues: set(
    'deny denies denied denying denial denials reject rejects rejected rejecting refute refutes refuted dismissed dismisses lie lies false falsely fabricated fabrication fabrications baseless untrue unfounded fake hoax',
  ),
  denialPhrases: phrases('had nothing to do with|no involvement|played no part|not responsible'),
  blameCues: set(
    'accuse accuses accused accusing accusation accusations blame blames blamed blaming condemned condemning culprit culprits',
  ),
  blamePhrases: phrases(
    'held responsible|holds responsible|responsible for|was behind|were behind|are behind|is behind',
  ),
  eventVerbs: set(
    'killed attacked struck exploded erupted collapsed burst flooded shelled bombed fired landed hit destroyed damaged released evacuated crashed sank launched seized captured stormed occurred happened breached gave',
  ),
  revision: {
    verbs: set(
      'revised revising revise revises risen lowered lowering lowers raised raising raises rose rising rises climbed climbing climbs increased increasing increases dropped dropping drops fell falling falls cut cutting corrected correcting updated updating adjusted adjusting downgraded upgraded reduced reducing reduces jumped soared amended changed',
    ),
    connectives: set('later then subsequently before after but and afterwards since which'),
    nouns: set('toll figure figures number count tally estimate total'),
    directions: set('up down upward downward upwards downwards'),
    from: 'from',
    to: 'to',
    firstOnly: phrases('at first|initially|originally|first|earlier|previously'),
  },
  pronouns: { he: 'person', she: 'person', it: 'org', they: 'group' },
  selfReference:
    /\b[Ww]e(?:,| at| in| of| from)\s+(?:the\s+)?((?:[\p{Lu}][\p{L}'’-]*)(?:\s+(?:of|for|and|the|[\p{Lu}][\p{L}'’-]*))*)/u,
  numbers: {
    units: {
      zero: 0,
      nil: 0,
      one: 1,
      two: 2,
      three: 3,
      four: 4,
      five: 5,
      six: 6,
      seven: 7,
      eight: 8,
      nine: 9,
      ten: 10,
      eleven: 11,
      twelve: 12,
      thirteen: 13,
      fourteen: 14,
      fifteen: 15,
      sixteen: 16,
      seventeen: 17,
      eighteen: 18,
      nineteen: 19,
      dozen: 12,
    },
    tens: {
      twenty: 20,
      thirty: 30,
      forty: 40,
      fifty: 50,
      sixty: 60,
      seventy: 70,
      eighty: 80,
      ninety: 90,
    },
    multipliers: {
      hundred: 100,
      thousand: 1_000,
      million: 1_000_000,
      billion: 1_000_000_000,
      trillion: 1_000_000_000_000,
      m: 1_000_000,
      mn: 1_000_000,
      bn: 1_000_000_000,
    },
    vague: [
      [['tens', 'of', 'thousands', 'of'], 20_000],
      [['hundreds', 'of', 'thousands', 'of'], 200_000],
      [['a', 'handful', 'of'], 3],
      [['a', 'dozen'], 12],
      [['half', 'a', 'dozen'], 6],
      [['dozens', 'of'], 24],
      [['scores', 'of'], 40],
      [['hundreds', 'of'], 200],
      [['thousands', 'of'], 2_000],
      [['millions', 'of'], 2_000_000],
      [['billions', 'of'], 2_000_000_000],
    ],
    times: { twice: 2, thrice: 3 },
    approximators: phrases(
      'at least|at most|more than|less than|fewer than|up to|as many as|as few as|no fewer than|no more than|a total of|around|about|approximately|roughly|nearly|almost|some|over|under|an estimated|estimated|close to|just over|just under|about',
    ),
    rangeJoiners: set('to - – —'),
    rangeOpeners: set('between from'),
    rangeAnd: set('and'),
    clockWords: set("a.m. p.m. am pm gmt utc o’clock o'clock hrs"),
  },
  measureUnits: {
    km: 'km',
    kilometer: 'km',
    kilometers: 'km',
    kilometre: 'km',
    kilometres: 'km',
    mile: 'mi',
    miles: 'mi',
    meter: 'm',
    meters: 'm',
    metre: 'm',
    metres: 'm',
    foot: 'ft',
    feet: 'ft',
    percent: '%',
    'per cent': '%',
    'nautical miles': 'nmi',
    'nautical mile': 'nmi',
    hectare: 'ha',
    hectares: 'ha',
    tonne: 't',
    tonnes: 't',
    ton: 't',
    tons: 't',
    kg: 'kg',
    kilograms: 'kg',
    litres: 'l',
    liters: 'l',
    dollars: 'USD',
    euros: 'EUR',
    pounds: 'GBP',
  },
  currencySymbols: { $: 'USD', '€': 'EUR', '£': 'GBP' },
  casualtyWords: set(
    'killed dead died injured wounded hurt hospitalised hospitalized missing admitted displaced evacuated arrested detained affected treated rescued trapped buried drowned',
  ),
  countNouns: set(
    'people persons civilians children adults men women soldiers fighters troops officers bodies victims deaths casualties families households homes houses villages towns buildings residents inhabitants patients survivors refugees migrants journalists workers hostages rockets missiles shells strikes attacks explosions times days weeks months years hours kilometres kilometers miles metres meters',
  ),
  linkingVerbs: set('were was are is have has had been being be remain remained'),
  notUnits: set(
    'the a an of in on at to from with by for and or but nor that which who whom whose were was is are be been being had have has would will could should may might must can per than as more less after before since until during over under between into about around across through so if when while where its their his her our it they he she we you i this these those said says not also only just still all each than percent',
  ),
  unitFamilies: [
    ['killed', 'dead', 'died', 'deaths', 'death', 'fatalities', 'bodies', 'drowned'],
    ['injured', 'wounded', 'hurt', 'hospitalised', 'hospitalized', 'treated', 'admitted'],
    ['missing', 'trapped', 'buried'],
    ['displaced', 'evacuated', 'homeless', 'refugees'],
    ['arrested', 'detained'],
  ],
  anyUnits: set('people persons victims casualties civilians'),
  tollUnit: 'dead',
  months: {
    january: 1,
    jan: 1,
    february: 2,
    feb: 2,
    march: 3,
    mar: 3,
    april: 4,
    apr: 4,
    may: 5,
    june: 6,
    jun: 6,
    july: 7,
    jul: 7,
    august: 8,
    aug: 8,
    september: 9,
    sep: 9,
    sept: 9,
    october: 10,
    oct: 10,
    november: 11,
    nov: 11,
    december: 12,
    dec: 12,
  },
  weekdays: set('monday tuesday wednesday thursday friday saturday sunday'),
  timeWords: set('yesterday today tonight overnight earlier'),
  timeModifiers: set('late early last next this'),
  timePrepositions: set('on in during at'),
  abbreviations: set(
    'mr mrs ms dr prof gen lt col maj capt sgt cpl adm cmdr gov sen rep rev fr st jr sr mt ft no nos vs etc approx dept univ corp inc ltd co jan feb mar apr jun jul aug sep sept oct nov dec',
  ),
  sentenceStarters: set(
    'the a an he she it they we i you in on at but and this that these those there however meanwhile officials his her their its our one after before as by for if when while while what why how who',
  ),
  sentenceAdverbs: set(
    'meanwhile however but and also still yet then now today yesterday separately earlier later instead indeed moreover furthermore nevertheless nonetheless overall elsewhere initially finally',
  ),
  titles: set(
    'president vice-president prime premier minister secretary secretary-general chancellor governor mayor senator congressman congresswoman spokesman spokeswoman spokesperson general gen commander colonel col lieutenant lt major maj captain capt sergeant admiral chief director head envoy ambassador king queen prince princess sheikh emir imam pope judge prosecutor chairman chairwoman chair ceo representative rep sen gov lawmaker mp',
  ),
  honorifics: set('mr mrs ms dr prof sir dame'),
  orgWords: set(
    'ministry agency front government forces force army navy council committee office organisation organization nations team group party media tv television helmets federation commission coalition service services department police authority authorities bank institute observatory monitor union alliance movement brigade brigades militia network news radio press cross crescent watch court parliament assembly embassy company corporation board bureau unit units command administration cabinet senate congress state-run opposition rebels militants presidency kremlin pentagon secretariat mission programme program fund foundation society association trust',
  ),
  speakerNouns: set(
    'media monitor monitors official officials commanders commander figures activists residents witnesses sources source rebels militants authorities doctors medics rescuers volunteers observers analysts experts police army military government ministry agency team group spokesman spokeswoman spokesperson engineers investigators inspectors lawmakers leaders leader diplomats diplomat coalition opposition movement organisation organization office committee council army forces administration tv television broadcaster newspaper agency group front network campaign commission guard operator company firm spokesperson observers board',
  ),
  genericOrgNouns: set('group organisation organization body outfit'),
  pluralSpeakerNouns: set(
    'media monitors officials commanders figures activists residents witnesses sources rebels militants authorities doctors medics rescuers volunteers observers analysts experts police engineers investigators inspectors lawmakers leaders diplomats forces',
  ),
  modifiers: set(
    'state rebel opposition local senior regional government health defence defense interior foreign provincial military security medical joint independent official state-run state-owned pro-government government-run human rights humanitarian civil emergency rescue federal national district municipal aid news war-monitoring monitoring relief neighbouring neighboring',
  ),
  descriptors: set('official state-run state-owned pro-government government-run semi-official'),
  determiners: set('the a an its their his her our'),
  nameParticles: set('of for the and al el de del della van von bin ibn la le du da der y on'),
  conjunctions: set('and'),
  betweenSpeakerAndVerb: set(
    'has have had also later previously repeatedly again already reportedly then further publicly officially earlier first quickly flatly strongly initially swiftly had would separately on',
  ),
  relativePronouns: set('which who whose that'),
  places: set(
    'moscow damascus washington beijing kyiv kiev ankara tehran london paris berlin brussels jerusalem cairo riyadh doha baghdad kabul islamabad delhi tokyo seoul pyongyang minsk tbilisi baku yerevan caracas havana russia syria turkey iran iraq israel ukraine china france germany britain america egypt qatar lebanon jordan india pakistan afghanistan japan korea',
  ),
  datelinePrefixes: set('posted published updated dated filed'),
  venueNouns: set(
    'statement interview conference briefing broadcast post message video telegram twitter facebook x instagram television tv radio communique communiqué speech',
  ),
  minQuoteWords: 4,
}
