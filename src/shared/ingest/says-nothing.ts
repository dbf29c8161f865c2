import type { LanguageRules } from './rules'
import type { Token } from './tokens'
import { set } from './rules/words'

/**
 * Sentences that answer without saying anything of their own: "The company disputes that.",
 * "La direction conteste ce chiffre.", "The auditors say otherwise.", "The trust declined to
 * comment on the figures." What is disputed, or left unanswered, is the claim stated before;
 * the reaction names nobody new and gives nothing to check, so a fact-checker does not list it.
 * A reaction that goes on to say something ("rejected that account, saying the meeting had
 * discussed another hospital") or names what it contests ("conteste toute négligence") stays,
 * and so does a denial ("The company denies this."): a denial is a claim a desk checks first.
 */

interface NothingWords {
  /** Verbs of disagreeing, each followed here only by what points back. */
  readonly disagree: ReadonlySet<string>
  /** "that", "ce": a word that points back, alone or before one or two words ("that account"). */
  readonly pointing: ReadonlySet<string>
  /** Of those, the ones that stand alone as the whole object ("disputes that"). */
  readonly pointingAlone: ReadonlySet<string>
  /** "say otherwise", "tell a different story": the last words of the sentence. */
  readonly endings: readonly (readonly string[])[]
  /** "declined", "refused": before "to" and a verb of answering. */
  readonly refusing: ReadonlySet<string>
  /** "could not comment": a modal with "not" before a verb of answering. */
  readonly modals: ReadonlySet<string>
  readonly answering: ReadonlySet<string>
  /** "and", "but": a refusal after one follows something the sentence did say. */
  readonly joining: ReadonlySet<string>
}

const ENGLISH: NothingWords = {
  disagree: set(
    'dispute disputes disputed reject rejects rejected contest contests contested challenge challenges challenged',
  ),
  pointing: set('that this these those'),
  pointingAlone: set('that this it'),
  endings: [
    ['say', 'otherwise'],
    ['says', 'otherwise'],
    ['said', 'otherwise'],
    ['tell', 'a', 'different', 'story'],
    ['tells', 'a', 'different', 'story'],
    ['told', 'a', 'different', 'story'],
  ],
  refusing: set('declined refused declines refuses'),
  modals: set('could would cannot can'),
  answering: set('comment discuss say speculate elaborate'),
  joining: set('and but'),
}

// French refusals are not listed: no development story has one to measure them against.
const FRENCH: NothingWords = {
  disagree: set('conteste contestent contesté réfute réfutent réfuté rejette rejettent rejeté'),
  pointing: set('ce cet cette ces'),
  pointingAlone: new Set(),
  endings: [],
  refusing: new Set(),
  modals: new Set(),
  answering: new Set(),
  joining: set('et mais'),
}

const wordsOf = (language: string): NothingWords => (language === 'fr' ? FRENCH : ENGLISH)

/** Marks of a second clause or an aside: a sentence with one says more than a reaction. */
const CLAUSE_MARKS: ReadonlySet<string> = new Set([':', ';', '(', ')', '?', '!', '–', '—'])

/** The sentence's words and numbers, its final full stop left off; none may be quoted. */
const body = (tokens: readonly Token[]): Token[] | null => {
  if (tokens.some((token) => token.kind === 'quote' || token.inQuote)) return null
  const last = tokens[tokens.length - 1]
  const end = last?.kind === 'punct' && last.text === '.' ? tokens.length - 1 : tokens.length
  const inner = tokens.slice(0, end)
  return inner.some((token) => token.kind === 'punct' && CLAUSE_MARKS.has(token.text))
    ? null
    : inner
}

/** "… disputes that", "… conteste cette lecture": a verb of disagreeing and what points back. */
const disagreesWithWhatCameBefore = (inner: readonly Token[], lexicon: NothingWords): boolean => {
  for (let object = 1; object <= 3; object += 1) {
    const verb = inner[inner.length - object - 1]
    const first = inner[inner.length - object]
    if (verb === undefined || first === undefined || !lexicon.disagree.has(verb.lower)) continue
    const rest = inner.slice(inner.length - object)
    if (rest.some((token) => token.kind !== 'word')) return false
    return object === 1 ? lexicon.pointingAlone.has(first.lower) : lexicon.pointing.has(first.lower)
  }
  return false
}

const endsWith = (inner: readonly Token[], ending: readonly string[]): boolean =>
  ending.length < inner.length &&
  ending.every((word, at) => inner[inner.length - ending.length + at]!.lower === word)

/** "declined to comment on …", "said it could not comment on …", with nothing said before it. */
const declinesToAnswer = (inner: readonly Token[], lexicon: NothingWords): boolean =>
  inner.some((token, at) => {
    const next = inner[at + 1]?.lower
    const after = inner[at + 2]?.lower ?? ''
    const refuses =
      (lexicon.refusing.has(token.lower) && next === 'to' && lexicon.answering.has(after)) ||
      (lexicon.modals.has(token.lower) &&
        (next === 'not' || token.lower === 'cannot') &&
        lexicon.answering.has(token.lower === 'cannot' ? (next ?? '') : after))
    if (!refuses) return false
    const before = inner.slice(0, at)
    return !before.some((word) => lexicon.joining.has(word.lower))
  })

export const saysNothing = (tokens: readonly Token[], rules: LanguageRules): boolean => {
  const inner = body(tokens)
  if (inner === null || inner.some((token) => token.kind === 'number')) return false
  const lexicon = wordsOf(rules.language)
  return (
    disagreesWithWhatCameBefore(inner, lexicon) ||
    lexicon.endings.some((ending) => endsWith(inner, ending)) ||
    declinesToAnswer(inner, lexicon)
  )
}
