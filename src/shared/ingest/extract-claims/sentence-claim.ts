import type { Attribution, ClaimKind } from '../../dossier'
import type { AttributionDraft } from '../attribution'
import { classify } from '../classify'
import { measureTaken } from '../measures-taken'
import { feelingOnly, quotedRemark } from '../quoted-remarks'
import { releaseHeader } from '../release-header'
import { reportedAtTime } from '../reported-at'
import type { LanguageRules } from '../rules'
import { saysNothing } from '../says-nothing'
import { sectionHeading } from '../section-heading'
import { timeWithin } from '../time-phrases'
import type { TimePhrase } from '../time-phrases'
import { votedTo } from '../voted-to'
import { colouredWarning } from '../weather-warning'
import type { ReadSentence } from './read-sentence'
import type { Heard } from './voices'

/** What a sentence worth a claim says of itself: who says it, what kind of claim, and when. */
export interface SentenceClaim {
  readonly attribution: Attribution
  readonly kind: ClaimKind
  readonly cues: string[]
  readonly time: TimePhrase | null
}

/** The words of a few short lists, each once, in the order first seen (as a Set keeps them). */
const distinct = (...lists: readonly (readonly string[])[]): string[] => {
  const words: string[] = []
  for (const list of lists) for (const word of list) if (!words.includes(word)) words.push(word)
  return words
}

/**
 * The claim a sentence makes, or null when it is not worth one: it must be attributed, revise
 * a figure, state a figure or an event, outcome or measure, and not be a heading or a notice
 * that states nothing of its own.
 */
export const claimIn = (
  read: ReadSentence,
  draft: AttributionDraft | null,
  heard: Heard,
  onlyRevises: boolean,
  source: string,
  rules: LanguageRules,
): SentenceClaim | null => {
  const { tokens, figures, revisions, signals } = read
  const { resolved, continued } = heard
  const standing = draft?.ifNamedBefore === true && resolved.speaker === undefined ? null : draft
  const stated = standing !== null && !(onlyRevises && standing.cues.includes('subject'))
  const attributed = stated || continued !== undefined
  const time = timeWithin(tokens, 0, tokens.length, source, rules)
  const hasTime = time !== null
  const remark = quotedRemark(tokens, figures, signals, hasTime)
  const worth =
    (stated && !(remark && feelingOnly(tokens, rules))) ||
    (continued !== undefined && !remark) ||
    revisions.length > 0 ||
    figures.some((figure) => figure.trigger) ||
    (signals.event.length > 0 && hasTime) ||
    signals.outcome.length > 0 ||
    measureTaken(tokens, rules) ||
    reportedAtTime(tokens, rules) ||
    votedTo(tokens, rules) ||
    colouredWarning(tokens, rules)
  if (!worth) return null
  // Sentences that state nothing of their own, whatever else would make them worth a claim: a
  // note's number alone ("3."), said nothing, a heading, a release's header.
  if (!tokens.some((token) => token.kind === 'word')) return null
  if (saysNothing(tokens, rules) || sectionHeading(tokens, rules) || releaseHeader(tokens, rules))
    return null
  return {
    attribution: resolved.attribution,
    kind: classify(signals, figures, attributed, hasTime, rules),
    cues: distinct(resolved.cues, signals.denial, signals.blame),
    time,
  }
}
