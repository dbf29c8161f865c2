import { detectLanguage, extractClaims, parseDocument } from '../../../../src/shared/ingest'
import type { ClaimCandidate } from '../../../../src/shared/ingest'
import type { ClaimLabel, CorpusStory } from './labels'

/** What the extractor got right on one story, counted against its labels. */
export interface StoryScore {
  readonly name: string
  readonly heldOut: boolean
  readonly language: string
  readonly detected: string
  readonly expected: number
  readonly found: number
  readonly speakerRight: number
  readonly chains: number
  readonly chainsLinked: number
  readonly extracted: number
  /** Extracted claims that match a labelled one. */
  readonly matched: number
  /** Extracted claims whose text is not, word for word, in the source. */
  readonly unfaithful: number
  readonly misses: readonly string[]
  readonly wrongSpeakers: readonly string[]
  /** Chains not linked, each with the first link that is missing. */
  readonly unlinkedChains: readonly string[]
  readonly extras: readonly string[]
}

const normalSpeaker = (who: string): string =>
  who
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    // A determiner is a whole word: "les pompiers" and "pompiers" are the same speaker, and
    // "an agency" must not lose its "a" alone ("les" tried as "le", "an" as "a", did).
    .replace(/^(?:the|an|a|les|le|la)\s+|^l'\s*/u, '')
    .replace(/[.,;:«»"“”]+/g, '')
    .replace(/\s+/g, ' ')
    .trim()

const UNNAMED = 'unnamed speaker'

export const speakerMatches = (who: string, accepted: readonly string[]): boolean => {
  const said = normalSpeaker(who)
  return accepted.some((speaker) => {
    const want = normalSpeaker(speaker)
    if (want === UNNAMED) return said.startsWith('unnamed')
    return said === want
  })
}

interface Span {
  readonly start: number
  readonly end: number
}

/** Whether a candidate's quote stands for the labelled claim: it holds it, or most of it. */
const covers = (candidate: Span, quote: Span): boolean => {
  const overlap = Math.min(candidate.end, quote.end) - Math.max(candidate.start, quote.start)
  if (overlap <= 0) return false
  return overlap * 2 >= quote.end - quote.start || overlap === candidate.end - candidate.start
}

/** Labels to candidates one to one (augmenting paths), smallest candidate spans tried first. */
const match = (labels: readonly Span[], candidates: readonly Span[]): (number | undefined)[] => {
  const byLabel = labels.map((label) =>
    candidates
      .map((candidate, index) => ({ candidate, index }))
      .filter(({ candidate }) => covers(candidate, label))
      .sort((a, b) => a.candidate.end - a.candidate.start - (b.candidate.end - b.candidate.start))
      .map(({ index }) => index),
  )
  const owner = new Map<number, number>()
  const assign = (label: number, seen: Set<number>): boolean => {
    for (const candidate of byLabel[label]!) {
      if (seen.has(candidate)) continue
      seen.add(candidate)
      const current = owner.get(candidate)
      if (current === undefined || assign(current, seen)) {
        owner.set(candidate, label)
        return true
      }
    }
    return false
  }
  labels.forEach((_, label) => assign(label, new Set()))
  const result: (number | undefined)[] = labels.map(() => undefined)
  for (const [candidate, label] of owner) result[label] = candidate
  return result
}

/** Nothing covers it: a quote the story holds but the source text an import keeps does not. */
const DROPPED: Span = { start: -1, end: -1 }

const quoteSpan = (source: string, story: CorpusStory, label: ClaimLabel): Span => {
  const start = source.indexOf(label.quote)
  // Dropped by the import as boilerplate (a correction box, say): a missed claim, not a bad label.
  if (start < 0 && story.text.includes(label.quote)) return DROPPED
  if (start < 0)
    throw new Error(`${story.name}: claim ${label.id} quote "${label.quote}" is not in the story`)
  if (source.indexOf(label.quote, start + 1) >= 0)
    throw new Error(`${story.name}: claim ${label.id} quote "${label.quote}" occurs more than once`)
  return { start, end: start + label.quote.length }
}

/** The story as an import reads it: its source text, language and claim candidates. */
export const extractStory = (
  story: CorpusStory,
): { source: string; language: string; candidates: ClaimCandidate[] } => {
  const parsed = parseDocument(story.text, { filename: story.filename })
  const language = detectLanguage(parsed.sourceText).language
  return {
    source: parsed.sourceText,
    language,
    candidates: extractClaims(parsed.sourceText, { language }),
  }
}

export const scoreStory = (story: CorpusStory): StoryScore => {
  const { labels } = story
  const { source, language, candidates } = extractStory(story)
  const spans = labels.claims.map((label) => quoteSpan(source, story, label))
  const matched = match(spans, candidates)
  const indexOf = new Map(labels.claims.map((label, index) => [label.id, index]))
  const candidateFor = (id: string): number | undefined => matched[indexOf.get(id)!]

  const misses: string[] = []
  const wrongSpeakers: string[] = []
  labels.claims.forEach((label, index) => {
    const candidate = matched[index]
    if (candidate === undefined)
      return void misses.push(
        `${label.id} "${label.quote}"${spans[index] === DROPPED ? ' (not in the source text the import kept)' : ''}`,
      )
    const who = candidates[candidate]!.attribution.who
    if (!speakerMatches(who, label.speaker))
      wrongSpeakers.push(`${label.id}: "${who}", expected "${label.speaker[0]}"`)
  })
  const linked = (chain: readonly string[], position: number): boolean => {
    const id = chain[position]!
    if (position === 0) return candidateFor(id) !== undefined
    const revised = candidateFor(id)
    const original = candidateFor(chain[position - 1]!)
    return (
      revised !== undefined &&
      original !== undefined &&
      candidates[revised]!.revisionOf === original
    )
  }
  const unlinkedChains: string[] = []
  for (const chain of labels.chains) {
    const broken = chain.findIndex((_, position) => !linked(chain, position))
    if (broken < 0) continue
    const revised = candidateFor(chain[broken]!)
    const points = revised === undefined ? undefined : candidates[revised]!.revisionOf
    unlinkedChains.push(
      `${chain.join('→')}: ${chain[broken]} ${
        revised === undefined
          ? 'not found'
          : points === undefined
            ? 'revises nothing'
            : `revises "${candidates[points]!.text.slice(0, 60)}"`
      }`,
    )
  }
  const chainsLinked = labels.chains.length - unlinkedChains.length
  const used = new Set(matched.filter((index) => index !== undefined))
  return {
    name: story.name,
    heldOut: labels.heldOut,
    language: labels.language,
    detected: language,
    expected: labels.claims.length,
    found: labels.claims.length - misses.length,
    speakerRight: labels.claims.length - misses.length - wrongSpeakers.length,
    chains: labels.chains.length,
    chainsLinked,
    extracted: candidates.length,
    matched: used.size,
    unfaithful: candidates.filter((candidate) => !source.includes(candidate.text)).length,
    misses,
    wrongSpeakers,
    unlinkedChains,
    extras: candidates
      .filter((_, index) => !used.has(index))
      .map((candidate) => `"${candidate.text.slice(0, 90)}" (${candidate.attribution.who})`),
  }
}

export interface Totals {
  readonly stories: number
  readonly expected: number
  readonly found: number
  readonly speakerRight: number
  readonly chains: number
  readonly chainsLinked: number
  readonly extracted: number
  readonly matched: number
  readonly unfaithful: number
}

export const totalOf = (scores: readonly StoryScore[]): Totals => {
  const sum = (key: keyof Omit<Totals, 'stories'>): number =>
    scores.reduce((total, score) => total + score[key], 0)
  return {
    stories: scores.length,
    expected: sum('expected'),
    found: sum('found'),
    speakerRight: sum('speakerRight'),
    chains: sum('chains'),
    chainsLinked: sum('chainsLinked'),
    extracted: sum('extracted'),
    matched: sum('matched'),
    unfaithful: sum('unfaithful'),
  }
}

export interface Rates {
  readonly recall: number
  readonly speakers: number
  readonly chains: number
  readonly precision: number
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole)

/** Speakers are counted over the expected claims, so a missed claim is a missed speaker too. */
export const ratesOf = (totals: Totals): Rates => ({
  recall: ratio(totals.found, totals.expected),
  speakers: ratio(totals.speakerRight, totals.expected),
  chains: ratio(totals.chainsLinked, totals.chains),
  precision: ratio(totals.matched, totals.extracted),
})
