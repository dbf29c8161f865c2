import { dataAuthor, sourceAfter } from '../document-sources'
import { phraseAfter, textOf } from '../noun-phrases'
import type { Range } from '../noun-phrases'
import { describedAfter, nameInApposition, plainTitledAfter, titledAfter } from '../speaker-shapes'
import { isPunct } from '../subject'
import type { Context } from '../subject'
import { timeAt } from '../time-phrases'
import type { Found } from './found'

/**
 * Inverted: "...," said Aino Lehto; "...," said port director Helena Voss. The speaker after
 * the verb at `at`; null when a name follows that does not end where a speaker would, so the
 * verb has none; undefined when nothing after it names anyone, so the rules after this go on.
 */
export const speakerAfterVerb = (ctx: Context, at: number): Found | null | undefined => {
  const { tokens, rules, source } = ctx
  const from = timeAt(tokens, at + 1, source, rules)?.next ?? at + 1
  // A description, a comma and the name it describes come first: "said the spokeswoman for
  // the coastguard, Odette Valmary", "a fait savoir son trésorier, Anselme Quérou, dans …".
  const described = describedAfter(ctx, from)
  const after =
    described === null ? (phraseAfter(tokens, from, rules) ?? titledAfter(ctx, from)) : null
  // "a déclaré sur place le commandant Odilon Vey": a title the tables need not know.
  const titled = described === null && after === null ? plainTitledAfter(ctx, from) : null
  const shaped = described ?? titled
  if (shaped !== null) return { range: shaped.range, role: textOf(tokens, shaped.role, source) }
  // ", indique un communiqué de la préfecture.": a document or a plain noun and its author.
  const document = after === null ? sourceAfter(tokens, from, rules) : null
  if (document !== null && (document.to >= tokens.length || isPunct(tokens[document.to], '.;!?')))
    return { range: dataAuthor(tokens, document, rules) ?? document }
  return after === null ? undefined : namedAfterVerb(ctx, after)
}

/** The phrase after the verb speaks if the sentence, a comma or a time closes it. */
const namedAfterVerb = (ctx: Context, after: Range): Found | null => {
  const { tokens, rules, source } = ctx
  const next = tokens[after.to]
  const closes =
    next === undefined ||
    isPunct(next, '.,;:!?') ||
    timeAt(tokens, after.to, source, rules) !== null ||
    rules.timePrepositions.has(next.lower) ||
    ['in', 'on', 'at'].includes(next.lower)
  if (!closes) return null
  if (isPunct(next, ',')) {
    const apposed = apposedAfter(ctx, after)
    if (apposed !== null) return apposed
  }
  return { range: after }
}

/**
 * "..., said Tomas Varga, head of the aid group Dry Feet.": the phrase after the verb and what
 * its comma sets beside it, whichever of them names and whichever describes.
 */
const apposedAfter = (ctx: Context, after: Range): Found | null => {
  const { tokens, rules, source } = ctx
  let end = after.to + 1
  while (end < tokens.length && !isPunct(tokens[end], ',;:.!?') && tokens[end]!.kind !== 'quote')
    end += 1
  // "..., a expliqué le directeur régional de l'entreprise, Marc Le Goff.": a description
  // after the verb, then the name it describes.
  const named = nameInApposition(ctx, after.to + 1)
  if (rules.determiners.has(tokens[after.from]!.lower) && named !== null) {
    const role = textOf(tokens, { from: after.from + 1, to: after.to }, source)
    return { range: named, role: role.slice(0, 200) }
  }
  const opener = tokens[after.to + 1]
  const describes =
    opener !== undefined &&
    (['a', 'an', 'the'].includes(opener.lower) || rules.titles.has(opener.lower))
  if (describes && end > after.to + 1) {
    const role = textOf(tokens, { from: after.to + 1, to: end }, source)
    return { range: after, role: role.replace(/^(?:a|an|the)\s+/i, '').slice(0, 200) }
  }
  return null
}
