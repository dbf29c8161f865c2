import type { Figure } from '../dossier'
import type { Discourse } from './discourse'
import { toFigure } from './draft'
import type { Draft } from './draft'
import type { FoundFigure } from './figures'
import type { Revision } from './revisions'
import type { LanguageRules } from './rules'
import { clauseSpeaker } from './second-clause'
import type { Token } from './tokens'

/** A second claim inside a sentence, in the clause's own words, beside the sentence's first. */

/**
 * "…, because the school is sheltering about 180 people": the whole sentence for its first
 * figure and the clause's own words for the second, spoken by the clause's subject when that is a
 * speaker ("…, though the police put the crowd at about 8,000"). Apart from the sentence loop,
 * which stays small enough to be optimised early in a long story.
 */
export const clauseDrafts = (
  whole: Omit<Draft, 'found' | 'cues'>,
  tokens: readonly Token[],
  clause: number,
  figures: readonly FoundFigure[],
  cues: string[],
  source: string,
  rules: LanguageRules,
  discourse: Discourse,
): Draft[] => {
  const from = tokens[clause]!.start
  const own = figures.filter((figure) => figure.start >= from)
  const voice = clauseSpeaker(tokens.slice(clause), { start: from, end: whole.end }, source, rules)
  return [
    {
      sentence: whole.sentence,
      attribution: whole.attribution,
      text: whole.text,
      start: whole.start,
      end: whole.end,
      kind: whole.kind,
      figures: whole.figures,
      found: figures,
      cues,
    },
    {
      sentence: whole.sentence,
      attribution:
        voice === null ? whole.attribution : discourse.resolve(voice, whole.sentence).attribution,
      text: source.slice(from, whole.end),
      start: from,
      end: whole.end,
      kind: 'figure',
      figures: own.filter((figure) => !figure.minor).map(toFigure),
      found: own,
      cues,
    },
  ]
}

/**
 * "The utility switched off the line at 2:40 p.m., cutting electricity to about 6,000
 * customers": a consequence after a comma that reads as a revision ("cutting … to") is a claim
 * of its own, in its own words, beside the sentence's first; whatever it revises, the clause
 * revises. ", bringing the toll to 12" names what it revises, and stays one claim.
 */
export const withSecondClause = (
  revised: Draft,
  revision: Revision,
  tokens: readonly Token[],
  clause: number,
  rules: LanguageRules,
): Draft[] => {
  if (clause < 0 || !rules.consequenceParticiples.has(tokens[clause]!.lower)) return [revised]
  const from = tokens[clause]!.start
  if (revision.revised.start < from) return [revised]
  const cue = revision.cue.toLowerCase().split(' ')
  if (cue.some((word) => rules.revision.nouns.has(word))) return [revised]
  const own = revised.found.filter((figure) => figure.start >= from)
  const before = revised.found.filter((figure) => figure.start < from)
  const listed = (found: readonly FoundFigure[]): Figure[] =>
    found.filter((figure) => !figure.minor).map(toFigure)
  const sentence = {
    sentence: revised.sentence,
    attribution: revised.attribution,
    text: revised.text,
    start: revised.start,
    end: revised.end,
    kind: revised.kind,
    figures: listed(before),
    found: before,
    cues: revised.cues,
  }
  const consequence = {
    ...sentence,
    text: revised.text.slice(from - revised.start),
    start: from,
    figures: listed(own),
    found: own,
  }
  return [
    sentence,
    revised.revisionOf === undefined
      ? consequence
      : { ...consequence, revisionOf: revised.revisionOf },
  ]
}
