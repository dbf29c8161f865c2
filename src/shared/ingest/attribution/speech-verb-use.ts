import { documentToVerb } from '../document-sources'
import { isNameWord } from '../noun-phrases'
import { has } from '../own'
import type { LanguageRules, SpeechVerb } from '../rules'
import { isPunct, subjectStart } from '../subject'
import type { Context, Tokens } from '../subject'
import { timeAt } from '../time-phrases'
import { bare, phraseAt } from '../tokens'

/** Words between a verb of estimate and its "at": "put the cost of the new arena at". */
const VALUED_OBJECT_WORDS = 12

/**
 * "put the overspend at £14.9 million": a determiner or a plain word that is no particle opens
 * the object (so "put out the blaze at 4 a.m." is not an estimate), and "at" and a figure that is no clock time follow within a few
 * words of the verb.
 */
const valuedAt = (tokens: Tokens, verb: number, rules: LanguageRules): boolean => {
  const object = tokens[verb + 1]
  // "puts nursing vacancies at 276": a plain noun may open the object too, not a particle.
  const plain =
    object !== undefined &&
    object.kind === 'word' &&
    !object.capital &&
    !object.inQuote &&
    !rules.verbParticles.has(object.lower)
  if (!plain && !rules.determiners.has(object?.lower ?? '')) return false
  const last = Math.min(tokens.length - 2, verb + VALUED_OBJECT_WORDS)
  for (let at = verb + 2; at <= last; at += 1) {
    const token = tokens[at]!
    if (token.inQuote || isPunct(token, '.,;:!?')) return false
    if (token.lower !== 'at') continue
    // "at £14.9 million", "at about 8,000": the figure, or a word of approximation before it.
    const number = tokens[at + 1]!.kind === 'number' ? at + 1 : at + 2
    if (tokens[number]?.kind !== 'number') return /^[£$€¥]/u.test(tokens[at + 1]!.text)
    const after = tokens[number + 1]
    return after === undefined || !(rules.numbers.clockWords.has(after.lower) || after.text === ':')
  }
  return false
}

/** Words between "gave" and the "of" or colon before its figure: "a provisional turnout". */
const GIVEN_OBJECT_WORDS = 5

/**
 * "gave a figure of 25,100", "has given the final district-wide turnout: 35.8 per cent": a
 * determiner opens the object, and "of" or a colon leads to a figure within a few words. After
 * a figure noun the colon may open a whole clause: "has given a new figure: the fire has now
 * burnt around 420 hectares".
 */
const givenFigure = (tokens: Tokens, verb: number, rules: LanguageRules): boolean => {
  if (!rules.determiners.has(tokens[verb + 1]?.lower ?? '')) return false
  const last = Math.min(tokens.length - 2, verb + 1 + GIVEN_OBJECT_WORDS)
  for (let at = verb + 2; at <= last; at += 1) {
    const token = tokens[at]!
    if (token.inQuote) return false
    const leads = token.text === ':' || rules.partitives.has(token.lower)
    if (leads && figureFollows(tokens, at + 1)) return true
    if (leads && token.text === ':' && rules.revision.nouns.has(tokens[at - 1]!.lower))
      return tokens.slice(at + 1).some((after) => after.kind === 'number' && !after.inQuote)
    if (leads) return false
    // "gives the museum a grant of £640,000": what is given to someone is no figure stated.
    if (token.kind !== 'word' || rules.determiners.has(token.lower)) return false
  }
  return false
}

/**
 * "counted 3,000 marchers", "counted about 3,000", « a dénombré plus de 1 150 »: a figure next.
 * A place that "had counted 37 outbreaks" (« la Haute-Sévrine avait compté ») counted nothing:
 * a capitalised word after "the" is no counter here.
 */
const countedFigure = (tokens: Tokens, verb: number, rules: LanguageRules): boolean => {
  const next = tokens[verb + 1]
  if (next === undefined || next.inQuote) return false
  let subject = verb - 1
  while (subject > 0 && rules.betweenSpeakerAndVerb.has(tokens[subject]!.lower)) subject -= 1
  const counter = tokens[subject]
  if (counter?.capital === true && rules.determiners.has(tokens[subject - 1]?.lower ?? ''))
    return false
  if (next.kind === 'number' || has(rules.numbers.units, next.lower)) return true
  const hedge = phraseAt(tokens, verb + 1, rules.numbers.approximators)
  return hedge !== null && tokens[verb + 1 + hedge.length]?.kind === 'number'
}

const figureFollows = (tokens: Tokens, at: number): boolean =>
  tokens[at]!.kind === 'number' || /^[£$€¥]/u.test(tokens[at]!.text)

/** Whether the verb form at `at` is used as a verb here (not "the claims", "reports,"). */
export const usedAsVerb = (ctx: Context, at: number, verb: SpeechVerb): boolean => {
  const { tokens, rules } = ctx
  const previous = tokens[at - 1]
  if (previous !== undefined && rules.determiners.has(previous.lower)) return false
  // "Staff have been told not to speak", "Parents were told": the subject heard, not said.
  if (previous !== undefined && !previous.inQuote && rules.passiveAuxiliaries.has(previous.lower))
    return false
  if (verb.notBeforeFigure === true && tokens[at + 1]?.kind === 'number') return false
  if (verb.valuesAt === true) return valuedAt(tokens, at, rules)
  if (verb.givesFigure === true) return givenFigure(tokens, at, rules)
  if (verb.countsFigure === true) return countedFigure(tokens, at, rules)
  if (verb.particle !== undefined) return tokens[at + 1]?.lower === verb.particle
  if (!verb.ambiguous) return true
  if (verb.afterSource && previous !== undefined && !previous.inQuote) {
    const word = bare(previous)
    if (
      rules.documentNouns.has(word) ||
      rules.speakerNouns.has(word) ||
      rules.orgWords.has(word) ||
      // A name just before ("the Agency show"), not a sentence's first word or a month.
      (at > 1 &&
        previous.capital &&
        isNameWord(tokens, at - 1, rules) &&
        !has(rules.months, previous.lower) &&
        !rules.weekdays.has(previous.lower))
    )
      return true
  }
  const next = tokens[at + 1]
  if (next === undefined || isPunct(next, '.!?;:')) return true
  if (next.kind === 'quote' || next.kind === 'number') return true
  return (
    next.lower === 'that' ||
    timeAt(tokens, at + 1, ctx.source, rules) !== null ||
    // "The council's budget papers for 2026-27 show it expects …": the document runs to the verb.
    (verb.afterSource === true &&
      documentToVerb(tokens, ctx.source, subjectStart(ctx), at, rules) !== null)
  )
}
