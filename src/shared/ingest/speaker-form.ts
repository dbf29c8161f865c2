import { has } from './own'
import { isNameWord } from './noun-phrases'
import type { Speaker } from './noun-phrases'
import type { LanguageRules } from './rules'
import type { Token } from './tokens'
import type { Resolved } from './discourse'
import { spokespersonOf } from './spokesperson'
import { UNKNOWN_SPEAKER, UNNAMED_SPEAKER } from './types'

/**
 * The shape of a speaker an editor can use, whatever the wording that found it. A speaker never
 * ends in a possessive ("Marsh Water's" is the start of "Marsh Water's network director, Priya
 * Holm"), and a job title written before a name as if it were part of it ("Headteacher Ana
 * Roe") is the name. One place applies both: to every speaker a sentence resolves or names.
 */

const POSSESSIVE = /(?:['’]s|s['’])$/u
/** "Council's leader", "Water's operations director": a possessive and the role it opens. */
const POSSESSIVE_ROLE = /['’]s(?:\s\p{Ll}[\p{Ll}-]*){1,4}$/u
/** Role words a possessive may open before the comma that names the holder. */
const MAX_ROLE_WORDS = 4
/** A person's name in apposition: two to four capitalised words. */
const MIN_NAME = 2
const MAX_NAME = 4
/**
 * An English agent noun ("forecaster", "auctioneer", "constable", "meteorologist") of eight
 * letters or more: a job, not a first name ("Peter", "Oliver"); "-nder", "-pher", "-fer" end
 * first names ("Alexander", "Christopher", "Jennifer") and titles the tables know already.
 */
const AGENT_NOUN = /^\p{Lu}\p{Ll}{3,}(?:er|or|eer|ist|able)s?$/u
const FIRST_NAME_ENDING = /(?:nder|pher|fer)$/u
const MIN_AGENT = 8

const isWeekdayOrMonth = (word: string, rules: LanguageRules): boolean =>
  rules.weekdays.has(word) || has(rules.months, word)

/** The holder a possessive introduces: "<who>[ role words], <Name>," in the sentence. */
const holderAfter = (
  who: string,
  tokens: readonly Token[],
  source: string,
  rules: LanguageRules,
): Speaker | undefined => {
  const last = who.slice(who.lastIndexOf(' ') + 1)
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at]!
    if (token.text !== last || source.slice(token.end - who.length, token.end) !== who) continue
    let comma = at + 1
    while (
      comma - at <= MAX_ROLE_WORDS &&
      tokens[comma]?.kind === 'word' &&
      !tokens[comma]!.capital
    )
      comma += 1
    if (tokens[comma]?.text !== ',') continue
    let to = comma + 1
    while (to < tokens.length && isNameWord(tokens, to, rules)) to += 1
    const words = to - comma - 1
    if (words < MIN_NAME || words > MAX_NAME || tokens[to]?.text !== ',') continue
    const name = source.slice(tokens[comma + 1]!.start, tokens[to - 1]!.end)
    const role = source.slice(token.end - who.length, tokens[comma - 1]!.end)
    return { who: name, role, type: 'person', plural: false }
  }
  return undefined
}

/** "Headteacher" in "Headteacher Ana Roe": a job written before a name, not part of it. */
const isJobWord = (word: string, person: boolean, rules: LanguageRules): boolean => {
  const lower = word.toLowerCase()
  if (rules.orgWords.has(lower) || has(rules.months, lower) || rules.weekdays.has(lower))
    return false
  if (rules.titles.has(lower) || rules.personNouns.has(lower)) return true
  // "Organisers Brightwater Live": a plural agent noun before a name is who they are.
  if (rules.pluralSpeakerNouns.has(lower)) return true
  if (rules.language !== 'en' || !AGENT_NOUN.test(word) || FIRST_NAME_ENDING.test(lower))
    return false
  return lower.endsWith('s') || (person && word.length >= MIN_AGENT)
}

/** "Forecaster Ivo Lind" → "Ivo Lind", the job kept as the role; undefined when no job leads. */
const withoutJob = (speaker: Speaker, rules: LanguageRules): Speaker | undefined => {
  // Most speakers are one or two words: no job and a name in them (asked of every speaker).
  const second = speaker.who.indexOf(' ', speaker.who.indexOf(' ') + 1)
  if (second < 0) return undefined
  const words = speaker.who.split(' ')
  if (words.length < 1 + MIN_NAME || words.length > 1 + MAX_NAME) return undefined
  if (!words.every((word) => /^\p{Lu}/u.test(word))) return undefined
  const rest = words.slice(1)
  if (rest.some((word) => rules.titles.has(word.toLowerCase()))) return undefined
  const person = speaker.type === 'person' || speaker.type === 'name'
  if (!isJobWord(words[0]!, person, rules)) return undefined
  // A person's name has no organisation's word; "Organisers Lanternfall Events" may.
  const org = rest.some((word) => rules.orgWords.has(word.toLowerCase()))
  if (org && !words[0]!.toLowerCase().endsWith('s')) return undefined
  const role = speaker.role ?? words[0]!.toLowerCase()
  return { ...speaker, who: rest.join(' '), role }
}

/**
 * The speaker in the form an editor can use, read against the sentence that named it: the
 * person a possessive introduces, the organisation without its "'s", the name without a job
 * glued to it; undefined for a weekday's or a month's possessive ("Sunday's"), which is nobody.
 */
export const speakerForm = (
  speaker: Speaker,
  tokens: readonly Token[],
  source: string,
  rules: LanguageRules,
  /** Whether the person a possessive introduces stands for it (a named organisation: no). */
  holders = true,
): Speaker | undefined => {
  const { who } = speaker
  const apostrophe = who.includes("'") || who.includes('’')
  if (!apostrophe) return withoutJob(speaker, rules) ?? speaker
  if (holders && (POSSESSIVE.test(who) || POSSESSIVE_ROLE.test(who))) {
    const holder = holderAfter(who, tokens, source, rules)
    if (holder !== undefined) return holder
  }
  if (POSSESSIVE.test(who)) {
    const owner = who.replace(/['’]s?$/u, '')
    if (!owner.includes(' ') && isWeekdayOrMonth(owner.toLowerCase(), rules)) return undefined
    return { ...speaker, who: owner }
  }
  return withoutJob(speaker, rules) ?? speaker
}

/**
 * A spokesperson's claim is the organisation's: "a trust spokesperson said" → the trust named
 * before ("East Wendle Hospitals Trust"), "a spokeswoman for Northline Power" → "Northline
 * Power", the role kept as the role; "a spokesman" for nobody named → an unnamed speaker.
 * A spokesperson for an organisation described in more than one word and named nowhere before
 * ("the regional health authority") is someone unnamed, the description in the role. Undefined
 * for any other speaker, and for a one-word description ("trust") not named before: it stays.
 */
const spokenFor = (
  speaker: Speaker,
  rules: LanguageRules,
  organisation: ((description: string) => Speaker | undefined) | undefined,
): { who: string; role: string } | undefined => {
  const spokes = spokespersonOf(speaker.who, rules)
  if (spokes === undefined) return undefined
  const role = speaker.role ?? spokes.role
  if (spokes.organisation === undefined) return { who: UNNAMED_SPEAKER, role }
  if (spokes.named) return { who: spokes.organisation, role }
  const org = organisation?.(spokes.organisation)
  if (org !== undefined) return { who: org.who, role }
  // "a spokesman for the regional health authority", named nowhere before: someone unnamed,
  // whose role says whom they speak for.
  return spokes.organisation.includes(' ')
    ? { who: UNNAMED_SPEAKER, role: speaker.role ?? speaker.who }
    : undefined
}

/**
 * A resolved speaker in that form, with the change among its cues; unchanged if it has it. The
 * speaker the discourse remembers stays the person (a later "she said" is the spokeswoman); the
 * attribution is whom the claim is from.
 */
export const resolvedForm = (
  resolved: Resolved,
  tokens: readonly Token[],
  source: string,
  rules: LanguageRules,
  /** The organisation named before that a description ("trust", « mairie ») stands for. */
  organisation?: (description: string) => Speaker | undefined,
): Resolved => {
  const { speaker } = resolved
  if (speaker === undefined) return resolved
  const formed = speakerForm(speaker, tokens, source, rules)
  const spoken = formed === undefined ? undefined : spokenFor(formed, rules, organisation)
  if (formed === speaker && spoken === undefined) return resolved
  const { where, when } = resolved.attribution
  const who = spoken?.who ?? formed?.who ?? UNKNOWN_SPEAKER
  const role = spoken?.role ?? formed?.role ?? resolved.attribution.role
  // A sentence that carries on the last one's speaker is resolved in this form already.
  if (who === resolved.attribution.who && role === resolved.attribution.role) return resolved
  // The keys in the order the resolver writes them.
  const attribution: { who: string; role?: string; where?: string; when?: string } = { who }
  if (role !== undefined) attribution.role = role
  if (where !== undefined) attribution.where = where
  if (when !== undefined) attribution.when = when
  const cues = [...resolved.cues, `${speaker.who}→${who}`]
  return formed === undefined ? { attribution, cues } : { attribution, speaker: formed, cues }
}
