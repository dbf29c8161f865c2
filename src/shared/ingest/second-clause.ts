import { findAttribution } from './attribution'
import type { AttributionDraft } from './attribution'
import type { FoundFigure } from './figures'
import { has } from './own'
import type { LanguageRules } from './rules'
import { timeWithin } from './time-phrases'
import type { TimePhrase } from './time-phrases'
import type { Token } from './tokens'

/**
 * A second claim in one sentence: a clause of its own after a comma and "and", "because",
 * "though" ("et", "car"), with a figure worth checking on each side, is quoted in its own words
 * and, when its subject is a speaker ("the police put the crowd at about 8,000"), spoken by them.
 */

/** "the police put the crowd at …": a clause whose subject is a speaker noun speaks itself. */
export const clauseSpeaker = (
  tokens: readonly Token[],
  sentence: { readonly start: number; readonly end: number },
  source: string,
  rules: LanguageRules,
): AttributionDraft | null => {
  // Only a clause opening with a determiner can name a speaker noun as its subject: "the police".
  if (!rules.determiners.has(tokens[0]?.lower ?? '')) return null
  const draft = findAttribution(tokens, sentence, source, rules, { subjectSpeaks: true })
  const head = draft?.range === undefined ? undefined : tokens[draft.range.to - 1]
  return draft !== null &&
    draft.range !== undefined &&
    draft.range.from === 0 &&
    head !== undefined &&
    !head.capital &&
    rules.speakerNouns.has(head.lower)
    ? draft
    : null
}

/** Tokens an "and that" looks back for the "said that" it goes on from: a bounded window. */
const REPORT_LOOKBACK = 60

/**
 * "… said that wool prices had fallen by 30 per cent and that two looms had stood idle for 18
 * months": "and that" after an earlier "said that" opens a second report of the same speech,
 * with or without a comma.
 */
const secondReport = (tokens: readonly Token[], at: number, rules: LanguageRules): boolean => {
  const complement = tokens[at + 1]!.lower
  if (complement !== 'that' && complement !== 'que') return false
  for (let before = at - 1; before > 0 && before >= at - REPORT_LOOKBACK; before -= 1)
    if (tokens[before]!.lower === complement && has(rules.speechVerbs, tokens[before - 1]!.lower))
      return true
  return false
}

/**
 * "Varga said the ferry would resume on Monday and that two more crews had been hired by
 * March": "and that" (", et que") outside quotations, after a verb of speech within the window
 * before it, opens a second report of the same speech even when the first side has no figure,
 * as long as the second side has something to check of its own (a figure or a time): the index
 * of "that", else -1. A second side with nothing to check ("and that it was cooperating fully")
 * is one report with the first in most stories' labels. Where both sides have a figure worth
 * checking, `secondClause` has judged ("and that the remaining 12 would follow" goes on counting
 * the first side's, one report).
 */
export const reportedClause = (
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
  source: string,
  rules: LanguageRules,
): number => {
  for (let at = 2; at + 2 < tokens.length; at += 1) {
    const token = tokens[at]!
    if (token.inQuote || !rules.clauseOpeners.has(token.lower)) continue
    const complement = tokens[at + 1]!
    if (complement.inQuote || (complement.lower !== 'that' && complement.lower !== 'que')) continue
    if (!spokenBefore(tokens, at, rules)) return -1
    const from = complement.start
    const worth = (figure: FoundFigure): boolean => figure.trigger && !figure.minor
    const before = figures.some((figure) => figure.start < from && worth(figure))
    const after = figures.filter((figure) => figure.start > from)
    if (before && after.some(worth)) return -1
    const checkable =
      after.length > 0 || timeWithin(tokens, at + 2, tokens.length, source, rules) !== null
    return checkable ? at + 1 : -1
  }
  return -1
}

/** A verb of speech outside quotations in the bounded window before `at`. */
const spokenBefore = (tokens: readonly Token[], at: number, rules: LanguageRules): boolean => {
  for (let before = at - 1; before >= 0 && before >= at - REPORT_LOOKBACK; before -= 1) {
    const token = tokens[before]!
    if (!token.inQuote && has(rules.speechVerbs, token.lower)) return true
  }
  return false
}

/**
 * "Classes resume on March 17, because the school is sheltering about 180 people": where a
 * comma and a word that opens a clause ("and", "because", "et") stand between two figures worth
 * checking (or a time and a figure worth checking), outside quotations, the index of the
 * clause's first word; else -1.
 */
export const secondClause = (
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
  /** The sentence's first time phrase, if any. */
  time: TimePhrase | null,
  rules: LanguageRules,
): number => {
  const worth = figures.filter((figure) => figure.trigger && !figure.minor)
  if (worth.length < 1) return -1
  const first = worth[0]!
  const last = worth[worth.length - 1]!
  // "… under control shortly after 5 p.m., he said, and 38 of the injured …": a time before the
  // first figure worth checking stands for the first side's figure, after a speaker's aside.
  const timeFirst = time !== null && time.next <= first.first
  if (worth.length < 2 && !timeFirst) return -1
  const opensAfter = timeFirst ? tokens[time.next - 1]!.end : first.end
  let consequence = -1
  for (let at = 1; at + 1 < tokens.length; at += 1) {
    const token = tokens[at]!
    if (token.start < opensAfter) continue
    if (token.start >= last.start) return consequence
    if (token.inQuote) continue
    // ", cutting power to about 6,000 homes": a consequence with a figure of its own, the last
    // of a run (", killing at least 7 people and injuring more than 40": the dead stay with the
    // first claim, which a later "raised the toll" revises).
    const participle = rules.consequenceParticiples.has(token.lower)
    if (participle && (tokens[at - 1]!.text === ',' || consequence >= 0)) consequence = at
    if (participle) continue
    // "…, he said, adding that three had been taken to hospital": a verb of speech after a comma
    // opens a second report as "and that" does.
    // Only a participle ("adding", "ajoutant"): in "the director, Ann Lee, wrote that …" the comma closes a name.
    const adding =
      tokens[at - 1]!.text === ',' &&
      (token.lower.endsWith('ing') || token.lower.endsWith('ant')) &&
      has(rules.speechVerbs, token.lower) &&
      (tokens[at + 1]!.lower === 'that' || tokens[at + 1]!.lower === 'que')
    if (!adding && !rules.clauseOpeners.has(token.lower) && token.lower !== 'after') continue
    if (consequence >= 0 && rules.consequenceParticiples.has(tokens[at + 1]!.lower)) continue
    if (tokens[at - 1]!.text !== ',' && !secondReport(tokens, at, rules)) continue
    // With only a time on the first side, the clause follows the speaker's aside ("…, he said,
    // and 38 …"): two reports. "… on Sunday night, and at least 14 people died" is one.
    if (first.start > token.start) {
      const verb = tokens[at - 2]
      if (verb === undefined || !has(rules.speechVerbs, verb.lower)) continue
    }
    // ", which …", ", who …": more about something the first side named, not a report of its own.
    const next = tokens[at + 1]!.lower
    const complement = next === 'that' || next === 'que'
    if (rules.relativePronouns.has(next) && !complement) continue
    // ", and that the other 9 would follow": a figure that counts nothing of its own goes on
    // counting the first side's, one report; ", and that the chimney stood 6 metres taller"
    // reports something else, and is a second claim.
    if (complement && !worth.some((figure) => figure.start > token.start && figure.unit)) continue
    return at + 1
  }
  return consequence
}
