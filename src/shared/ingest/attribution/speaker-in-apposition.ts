import { isNameWord, phraseAfter, phraseBefore, textOf } from '../noun-phrases'
import type { Range } from '../noun-phrases'
import {
  allNames,
  describedBefore,
  indefiniteSubject,
  organisationAtPlace,
} from '../speaker-shapes'
import { isPunct } from '../subject'
import type { Context } from '../subject'
import { agedNameBefore } from '../named-with-age'
import type { Found } from './found'

/** How far back from the verb's comma the comma that opens an apposition may stand. */
const APPOSITION_REACH = 30

/** Whether "a", "an", "one" stands before `end`: one pass before reading the subject. */
const opensIndefinite = (ctx: Context, end: number): boolean => {
  for (let at = 0; at < end; at += 1) {
    const token = ctx.tokens[at]!
    if (!token.inQuote && ctx.rules.indefinites.has(token.lower)) return true
  }
  return false
}

/**
 * The speaker before an aside that ends in a comma just before the verb (`before` is past that
 * comma): someone unnamed, or a name and the description in apposition with it.
 */
export const speakerBeforeAside = (ctx: Context, before: number): Found | null => {
  const { tokens } = ctx
  // "A woman from Rennet Road, who asked us not to use her name, said", "A nurse who asked
  // not to be named, because …, said": someone unnamed, whatever place the aside ends on.
  const unnamed = opensIndefinite(ctx, before) ? indefiniteSubject(ctx, before) : undefined
  if (unnamed !== undefined) return { unnamed }
  // "Anton Reyes, the governor of Vell, said" / "Vell's governor, Anton Reyes, said" /
  // "The government of Sorvania, which shares the river, said".
  let open = before - 2
  while (
    open >= 0 &&
    open > before - APPOSITION_REACH &&
    !isPunct(tokens[open], ',') &&
    tokens[open]!.kind !== 'quote'
  )
    open -= 1
  return open >= 0 && isPunct(tokens[open], ',') ? betweenCommas(ctx, open, before) : null
}

/**
 * "Ann Lee, chief executive of Harlow Water, said", "Ann Lee, Harlow Water's chief executive,
 * said", « Marie Dupont, directrice de l'hôpital, a indiqué »: a person's name, then an aside
 * without an article that holds a title word, is the name described by its role (an aside with
 * an article already is).
 */
const titledAside = (ctx: Context, outer: Range, inner: Range): boolean => {
  const { tokens, rules } = ctx
  if (!allNames(ctx, outer)) return false
  for (let at = inner.from; at < inner.to; at += 1) {
    const token = tokens[at]!
    if (token.inQuote || token.kind === 'quote') return false
    if (rules.titles.has(token.lower.replace(/['’]s$/u, ''))) return true
  }
  return false
}

/** Plain words before a name in an aside: "lawyer", "group manager". */
const PLAIN_TITLE_WORDS = 2

/**
 * "his election agent, lawyer Benedikt Sowande, said": a name of two capitalised words or more,
 * with a plain title before it, filling the aside. Null unless the aside is that.
 */
const plainTitledName = (ctx: Context, inner: Range): Range | null => {
  const { tokens, rules } = ctx
  let from = inner.from
  while (from < inner.to && from - inner.from < PLAIN_TITLE_WORDS) {
    const token = tokens[from]!
    if (token.kind !== 'word' || token.capital || token.inQuote) break
    if (rules.determiners.has(token.lower) || rules.notUnits.has(token.lower)) return null
    from += 1
  }
  if (from === inner.from || inner.to - from < 2) return null
  for (let at = from; at < inner.to; at += 1)
    if (!tokens[at]!.capital || !isNameWord(tokens, at, rules)) return null
  return { from, to: inner.to }
}

/**
 * Which of the phrase before the comma at `open` and the one between it and the verb's comma
 * names the speaker, and which describes it.
 */
const betweenCommas = (ctx: Context, open: number, before: number): Found | null => {
  const { tokens, rules, source } = ctx
  const inner: Range = { from: open + 1, to: before - 1 }
  // "Marion Achterberg, 67, from Lower Dunsby, said": the name before the age speaks.
  const aged = agedNameBefore(tokens, open, rules)
  if (aged !== null) {
    const described = ['a', 'an'].includes(tokens[inner.from]?.lower ?? '')
    return described
      ? { range: aged, role: textOf(tokens, { from: inner.from + 1, to: inner.to }, source) }
      : { range: aged }
  }
  const read = phraseBefore(tokens, open, rules)
  // "The Institute for Marine Research at Port Ellery, which advises …, put": the organisation.
  const outer = read === null ? null : (organisationAtPlace(ctx, read) ?? read)
  const innerPhrase = phraseAfter(tokens, inner.from, rules) ?? plainTitledName(ctx, inner)
  const innerIsName = innerPhrase !== null && innerPhrase.to === inner.to
  const firstInner = tokens[inner.from]
  if (outer !== null && isPunct(tokens[outer.from - 1], ',')) {
    // "Klaara Vinter, a spokeswoman for Clearspring Waters, the company ..., denied": the
    // name before the first apposition speaks, described by it.
    const named = phraseBefore(tokens, outer.from - 1, rules)
    if (named !== null && allNames(ctx, named)) {
      const role = textOf(tokens, outer, source).replace(/^(?:a|an|the)\s+/i, '')
      return { range: named, role: role.slice(0, 200) }
    }
  }
  if (outer === null && innerIsName && innerPhrase.to > innerPhrase.from) {
    const described = describedBefore(ctx, open)
    if (described !== null) return { range: innerPhrase, role: textOf(tokens, described, source) }
  }
  if (outer === null) return null
  // The outer phrase describes and the inner one names: "The reservoir operator, Orsa
  // Hydro, denied", "Vell's governor, Anton Reyes, said".
  const outerWords = tokens.slice(outer.from, outer.to)
  const describes =
    outerWords.some((token) => rules.titles.has(token.lower.replace(/['’]s$/, ''))) ||
    outerWords.every((token) => !token.capital || rules.determiners.has(token.lower))
  if (innerIsName && describes && innerPhrase.to > innerPhrase.from) {
    const role = textOf(tokens, outer, source).replace(/^(?:a|an|the)\s+/i, '')
    return { range: innerPhrase, role }
  }
  const appositive =
    (firstInner !== undefined && ['a', 'an', 'the'].includes(firstInner.lower)) ||
    titledAside(ctx, outer, inner)
  if (rules.relativePronouns.has(firstInner?.lower ?? '') || !appositive) return { range: outer }
  const role = textOf(tokens, inner, source).replace(/^(?:a|an|the)\s+/i, '')
  return { range: outer, role: role.slice(0, 200) }
}
