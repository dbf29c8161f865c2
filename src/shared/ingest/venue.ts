import type { SpeechVerb } from './rules'
import { phraseAfter, textOf } from './noun-phrases'
import type { Speaker } from './noun-phrases'
import type { Context } from './subject'

/**
 * What a sentence says of where its claim was made ("told reporters in Vell", "in a statement",
 * "on Telegram"), and the name a speaker gives itself in its own quotation ("We at the Green
 * Valley Front ...").
 */
const SELF_PAREN = /^\s*\(([^)]{1,60})\)/

/** "We at the Green Valley Front (an armed group) deny ...". */
export const selfNamed = (
  ctx: Context,
  sentence: { start: number; end: number },
): Speaker | undefined => {
  const text = ctx.source.slice(sentence.start, sentence.end)
  const match = ctx.rules.selfReference.exec(text)
  if (match === null) return undefined
  const name = match[1]!.replace(/\s+(?:of|for|and|the)$/i, '').trim()
  if (name === '') return undefined
  const after = text.slice(match.index + match[0].length - (match[1]!.length - name.length))
  const role = SELF_PAREN.exec(after)?.[1]?.trim()
  const words = name.toLowerCase().split(/\s+/)
  const org = words.some((word) => ctx.rules.orgWords.has(word))
  return { who: name, ...(role ? { role } : {}), type: org ? 'org' : 'group', plural: !org }
}

/** Where the claim was made: "told reporters", "in a statement", "on Telegram", "tweeted". */
export const venueOf = (
  ctx: Context,
  verbAt: number,
  verb: SpeechVerb | undefined,
): string | undefined => {
  const { tokens, rules, source } = ctx
  if (verb?.audience) {
    // "told the regional broadcaster RTM", "told reporters in Vell".
    const named = phraseAfter(tokens, verbAt + 1, rules)
    const first = tokens[verbAt + 1]
    let end =
      named?.to ??
      (first?.kind === 'word' && !first.inQuote && first.lower !== 'that' ? verbAt + 2 : verbAt + 1)
    if (end > verbAt + 1 && tokens[end]?.lower === 'in' && tokens[end + 1]?.capital) {
      end = phraseAfter(tokens, end + 1, rules)?.to ?? end + 2
    }
    if (end > verbAt + 1) return textOf(tokens, { from: verbAt + 1, to: end }, source)
  }
  let platform: string | undefined
  let general: string | undefined
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!
    if (token.inQuote || !rules.venueNouns.has(token.lower)) continue
    let from = i
    while (from > 0 && from > i - 3 && tokens[from - 1]!.kind === 'word') {
      const lower = tokens[from - 1]!.lower
      if (['in', 'on', 'at', 'via', 'during'].includes(lower)) break
      if (rules.determiners.has(lower)) break
      from -= 1
    }
    const preposition = tokens[from - 1]?.lower ?? tokens[from - 2]?.lower
    const introduced =
      ['in', 'on', 'at', 'via', 'during'].includes(preposition ?? '') ||
      ['in', 'on', 'at', 'via', 'during'].includes(tokens[from - 2]?.lower ?? '')
    if (!introduced) continue
    const text = textOf(tokens, { from, to: i + 1 }, source)
    if (token.capital && platform === undefined) platform = text
    else general ??= text
  }
  return platform ?? general ?? verb?.venue
}
