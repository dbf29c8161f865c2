/**
 * The language a story is written in, so the dossier says it (`lang`) and the app lays it out
 * in the right direction. Two cues only, both cheap and both written out below: which script
 * most letters are in, and, within a script several languages share, the letters one of them
 * alone uses (Persian and Urdu beside Arabic, Ukrainian beside Russian) or the short words a
 * language is made of ("the", "de", "und"). Unsure is `und`, never a guess.
 */

export type TextDirection = 'ltr' | 'rtl'

export interface DetectedLanguage {
  /** BCP 47 primary language (`ar`, `en`, `zh`), or `und` when the text does not tell. */
  readonly language: string
  readonly direction: TextDirection
  /** 0 to 1: how clearly the text points to this language; 0 for `und`. */
  readonly confidence: number
}

export const UNDETERMINED = 'und'

/** The first 32 Ki characters are enough to tell, and the cost stays the same at any length. */
const SAMPLE_CHARS = 32 * 1024

/**
 * A script must hold this share of the letters to be the story's own: a story quoting names in
 * another script stays in its own, a text half in one script and half in another is `und`.
 */
const DOMINANT_SHARE = 0.6

const RTL = new Set(['ar', 'fa', 'ur', 'he'])

const result = (language: string, confidence: number): DetectedLanguage => ({
  language,
  direction: RTL.has(language) ? 'rtl' : 'ltr',
  confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100,
})

const undetermined = (): DetectedLanguage => result(UNDETERMINED, 0)

// Scripts ------------------------------------------------------------------------------------

type Script = 'latin' | 'arabic' | 'hebrew' | 'cyrillic' | 'greek' | 'han' | 'kana' | 'hangul'

/** Sorted by start below: `scriptOf` stops at the first range past the character. */
const RANGES: readonly (readonly [number, number, Script])[] = (
  [
    [0x41, 0x5a, 'latin'],
    [0x61, 0x7a, 'latin'],
    [0xc0, 0xd6, 'latin'],
    [0xd8, 0xf6, 'latin'],
    [0xf8, 0x24f, 'latin'],
    [0x1e00, 0x1eff, 'latin'],
    [0x370, 0x3ff, 'greek'],
    [0x1f00, 0x1fff, 'greek'],
    [0x400, 0x52f, 'cyrillic'],
    [0x591, 0x5f4, 'hebrew'],
    [0xfb1d, 0xfb4f, 'hebrew'],
    [0x600, 0x6ff, 'arabic'],
    [0x750, 0x77f, 'arabic'],
    [0x8a0, 0x8ff, 'arabic'],
    [0xfb50, 0xfdff, 'arabic'],
    [0xfe70, 0xfeff, 'arabic'],
    [0x3040, 0x30ff, 'kana'],
    [0x31f0, 0x31ff, 'kana'],
    [0xff66, 0xff9f, 'kana'],
    [0x3400, 0x4dbf, 'han'],
    [0x4e00, 0x9fff, 'han'],
    [0xf900, 0xfaff, 'han'],
    [0x20000, 0x2ebef, 'han'],
    [0x1100, 0x11ff, 'hangul'],
    [0x3130, 0x318f, 'hangul'],
    [0xac00, 0xd7af, 'hangul'],
  ] as const
).toSorted((a, b) => a[0] - b[0])

/** Punctuation, digits and marks inside the script blocks above are not letters. */
const LETTER = /\p{L}/u

const scriptOf = (char: string, code: number): Script | 'other' | null => {
  for (const [from, to, script] of RANGES) {
    if (code < from) break
    if (code <= to) return LETTER.test(char) ? script : null
  }
  return code > 0x7f && LETTER.test(char) ? 'other' : null
}

// Letters one language of a script uses and the others do not -------------------------------

const codes = (letters: string): ReadonlySet<number> =>
  new Set([...letters].map((letter) => letter.codePointAt(0)!))

/** ٹ ڈ ڑ ں ے ۓ, and the two hehs (ہ ھ) Urdu writes where Arabic and Persian write ه. */
const URDU = codes('ٹڈڑںےۓہھ')
/** پ چ ژ گ, and the Persian kaf and yeh (ک ی) in place of the Arabic ones (ك ي). */
const PERSIAN = codes('پچژگکی')
/** The Arabic kaf, yeh, alef maksura and teh marbuta, which Persian and Urdu spell otherwise. */
const ARABIC = codes('كيىة')
const UKRAINIAN = codes('іїєґІЇЄҐ')
const RUSSIAN = codes('ыэёЫЭЁ')

// Short words --------------------------------------------------------------------------------

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean))

/** The commonest short words of each language written in the Latin alphabet. */
const LATIN_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: words(`the of and to in a is was that for on with as by at from it he she they his her
    their are were be been has have had this which not an or but said will would its who after
    about also than`),
  fr: words(`le la les des du un une est et en que qui dans pour pas sur au aux par avec ce
    cette il elle ils elles sont ont été était ne se plus mais ou son sa ses leur selon l d qu
    n s c`),
  es: words(`el la los las del de y en que un una es por con para no se su sus al lo como más
    pero fue ha han este esta según dijo entre sobre`),
  de: words(`der die das und ist nicht den dem des ein eine einer einen mit von zu im auf für
    sich auch es sie er wird wurde sind hat haben nach bei aus dass oder wie vor`),
  pt: words(`o os as do da dos das em no na nos nas um uma é e que para com não se por mais
    foi ao à pelo pela seu sua ser são também disse como`),
  it: words(`il lo gli la le di del della dei delle e è che un una per non con si da in al
    alla sono ha anche più ma come questo questa stato detto nel nella dell nell`),
  nl: words(`de het een en van is dat in op te zijn niet met voor er die aan ook door maar bij
    wordt werd als nog uit over naar heeft hebben zei`),
}

/** The commonest short words of Russian and Ukrainian, for text without their own letters. */
const CYRILLIC_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  ru: words('и в не на что с как это по от для он она было к но из у за о же так его её'),
  uk: words('і в не на що з як це по від для він вона було до та але із у за про же так його її'),
}

const LATIN_WORD = /\p{Script=Latin}+/gu
const CYRILLIC_WORD = /\p{Script=Cyrillic}+/gu

interface WordVote {
  readonly language: string | null
  readonly confidence: number
}

/**
 * The language whose short words the text is most made of: at least two of them, at least 8% of
 * the words (English, French, Spanish, German, Portuguese, Italian and Dutch prose runs at 30 to
 * 50%), and a fifth more than the next language.
 */
const voteByWords = (
  text: string,
  pattern: RegExp,
  lists: Readonly<Record<string, ReadonlySet<string>>>,
): WordVote => {
  const tokens = text.toLowerCase().match(pattern) ?? []
  if (tokens.length === 0) return { language: null, confidence: 0 }
  const hits = Object.entries(lists).map(([language, list]) => ({
    language,
    count: tokens.reduce((sum, token) => sum + (list.has(token) ? 1 : 0), 0),
  }))
  hits.sort((a, b) => b.count - a.count)
  const [best, second] = [hits[0]!, hits[1]?.count ?? 0]
  const coverage = best.count / tokens.length
  const margin = best.count === 0 ? 0 : (best.count - second) / best.count
  const confidence = margin * Math.min(1, coverage / 0.2)
  if (best.count < 2 || coverage < 0.08 || margin < 0.2) return { language: null, confidence }
  return { language: best.language, confidence }
}

// Detection ----------------------------------------------------------------------------------

interface Tally {
  readonly scripts: Map<Script | 'other', number>
  letters: number
  urdu: number
  persian: number
  arabic: number
  ukrainian: number
  russian: number
}

const tally = (sample: string): Tally => {
  const counts: Tally = {
    scripts: new Map(),
    letters: 0,
    urdu: 0,
    persian: 0,
    arabic: 0,
    ukrainian: 0,
    russian: 0,
  }
  for (const char of sample) {
    const code = char.codePointAt(0)!
    if (code < 0x41) continue
    const script = scriptOf(char, code)
    if (script === null) continue
    counts.letters++
    counts.scripts.set(script, (counts.scripts.get(script) ?? 0) + 1)
    if (script === 'arabic') {
      if (URDU.has(code)) counts.urdu++
      else if (PERSIAN.has(code)) counts.persian++
      else if (ARABIC.has(code)) counts.arabic++
    } else if (script === 'cyrillic') {
      if (UKRAINIAN.has(code)) counts.ukrainian++
      else if (RUSSIAN.has(code)) counts.russian++
    }
  }
  return counts
}

/**
 * Urdu writes ے ں ہ ھ ٹ ڈ ڑ often (several in every sentence); Persian writes ی ک گ پ چ in
 * place of or beside the Arabic letters; anything else in the Arabic script is taken as Arabic.
 * A name or a loanword (گ in an Arabic story) is under the 2% it takes.
 */
const arabicScript = (counts: Tally, letters: number, share: number): DetectedLanguage => {
  if (counts.urdu >= letters * 0.02) return result('ur', share)
  if (counts.persian >= letters * 0.02 && counts.persian > counts.arabic) return result('fa', share)
  return result('ar', share)
}

/** і ї є ґ are Ukrainian's, ы э ё Russian's; without either, their short words decide. */
const cyrillicScript = (
  counts: Tally,
  letters: number,
  share: number,
  sample: string,
): DetectedLanguage => {
  const { ukrainian, russian } = counts
  const marked = ukrainian + russian
  if (marked >= letters * 0.005) {
    const margin = Math.abs(ukrainian - russian) / marked
    if (margin >= 0.5) return result(ukrainian > russian ? 'uk' : 'ru', share * margin)
  }
  const vote = voteByWords(sample, CYRILLIC_WORD, CYRILLIC_WORDS)
  return vote.language === null ? undetermined() : result(vote.language, share * vote.confidence)
}

/** Korean is written in Hangul; Japanese mixes kana into its Chinese characters; Chinese has none. */
const cjkScripts = (counts: Tally, share: number): DetectedLanguage => {
  const han = counts.scripts.get('han') ?? 0
  const kana = counts.scripts.get('kana') ?? 0
  const hangul = counts.scripts.get('hangul') ?? 0
  if (hangul >= (han + kana + hangul) * 0.3) return result('ko', share)
  if (kana >= (han + kana) * 0.1) return result('ja', share)
  return result('zh', share)
}

/**
 * The language of a story's text (its first 32 Ki characters): Arabic, Persian, Urdu, Hebrew,
 * Greek, Russian, Ukrainian, Chinese, Japanese and Korean from their scripts and letters;
 * English, French, Spanish, German, Portuguese, Italian and Dutch from their short words.
 * Anything else, too little text, or no script holding 60% of the letters, is `und`.
 */
export const detectLanguage = (text: string): DetectedLanguage => {
  const sample = text.slice(0, SAMPLE_CHARS)
  const counts = tally(sample)
  if (counts.letters === 0) return undetermined()
  const cjk =
    (counts.scripts.get('han') ?? 0) +
    (counts.scripts.get('kana') ?? 0) +
    (counts.scripts.get('hangul') ?? 0)
  const groups: [Script | 'cjk' | 'other', number][] = [
    ...[...counts.scripts].filter(([script]) => !['han', 'kana', 'hangul'].includes(script)),
    ['cjk', cjk],
  ]
  const [script, letters] = groups.reduce((best, group) => (group[1] > best[1] ? group : best))
  const share = letters / counts.letters
  if (share < DOMINANT_SHARE) return undetermined()
  switch (script) {
    case 'arabic':
      return arabicScript(counts, letters, share)
    case 'hebrew':
      return result('he', share)
    case 'greek':
      return result('el', share)
    case 'cyrillic':
      return cyrillicScript(counts, letters, share, sample)
    case 'cjk':
      return cjkScripts(counts, share)
    case 'latin': {
      const vote = voteByWords(sample, LATIN_WORD, LATIN_WORDS)
      return vote.language === null
        ? undetermined()
        : result(vote.language, share * vote.confidence)
    }
    default:
      return undetermined()
  }
}
