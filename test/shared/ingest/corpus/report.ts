import { loadCorpus } from './labels'
import { ratesOf, scoreStory, totalOf } from './evaluate'
import type { Rates, StoryScore, Totals } from './evaluate'
import { THRESHOLDS } from './thresholds'

const percent = (value: number): string => `${Math.round(value * 100)}%`

const row = (cells: readonly string[], widths: readonly number[]): string =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')

const HEADER = ['story', 'lang', 'claims found', 'speakers right', 'chains linked', 'precision']
const WIDTHS = [26, 7, 13, 15, 14, 16]

const storyRow = (score: StoryScore): string =>
  row(
    [
      score.name,
      score.detected === score.language ? score.language : `${score.detected}≠${score.language}`,
      `${score.found}/${score.expected}`,
      `${score.speakerRight}/${score.expected}`,
      `${score.chainsLinked}/${score.chains}`,
      `${score.matched}/${score.extracted}`,
    ],
    WIDTHS,
  )

const totalRow = (label: string, totals: Totals, rates: Rates): string =>
  row(
    [
      label,
      '',
      `${totals.found}/${totals.expected} ${percent(rates.recall)}`,
      `${totals.speakerRight}/${totals.expected} ${percent(rates.speakers)}`,
      `${totals.chainsLinked}/${totals.chains} ${percent(rates.chains)}`,
      `${totals.matched}/${totals.extracted} ${percent(rates.precision)}`,
    ],
    WIDTHS,
  )

export interface CorpusReport {
  readonly scores: readonly StoryScore[]
  readonly development: { readonly totals: Totals; readonly rates: Rates }
  readonly heldOut: { readonly totals: Totals; readonly rates: Rates }
  /** Thresholds not met, as sentences; empty when the corpus passes. */
  readonly failures: readonly string[]
  readonly text: string
}

const gate = (group: string, rates: Rates, totals: Totals, floor: Rates): string[] => {
  const failures: string[] = []
  for (const key of ['recall', 'speakers', 'chains', 'precision'] as const) {
    if (rates[key] + 1e-9 < floor[key])
      failures.push(
        `${group} ${key} ${percent(rates[key])} is below its threshold ${percent(floor[key])}`,
      )
  }
  if (totals.unfaithful > 0)
    failures.push(`${group}: ${totals.unfaithful} claim texts are not the source's own words`)
  return failures
}

/** Said, and gated on nothing, when every story is in development (between two rounds). */
export const NO_HELD_OUT =
  'Held-out set empty: no story is held out, so there is nothing to hold (the next round adds them).'

/**
 * Scores every story in the corpus (or the scores given, for tests) and checks the totals against
 * the thresholds.
 */
export const corpusReport = (
  options: { readonly details?: boolean; readonly scores?: readonly StoryScore[] } = {},
): CorpusReport => {
  const scores = options.scores ?? loadCorpus().map(scoreStory)
  const group = (heldOut: boolean): { totals: Totals; rates: Rates } => {
    const totals = totalOf(scores.filter((score) => score.heldOut === heldOut))
    return { totals, rates: ratesOf(totals) }
  }
  const development = group(false)
  const heldOut = group(true)
  const lines: string[] = []
  for (const [title, held] of [
    ['Development stories', false],
    ['Held-out stories', true],
  ] as const) {
    if (held && heldOut.totals.stories === 0) {
      lines.push(title, NO_HELD_OUT, '')
      continue
    }
    lines.push(title, row(HEADER, WIDTHS))
    for (const score of scores.filter((s) => s.heldOut === held)) {
      lines.push(storyRow(score))
      if (options.details) {
        for (const miss of score.misses) lines.push(`    missed ${miss}`)
        for (const wrong of score.wrongSpeakers) lines.push(`    speaker ${wrong}`)
        for (const chain of score.unlinkedChains) lines.push(`    chain ${chain}`)
        for (const extra of score.extras) lines.push(`    extra ${extra}`)
      }
    }
    const { totals, rates } = held ? heldOut : development
    lines.push(totalRow('total', totals, rates), '')
  }
  const failures = [
    ...gate('development', development.rates, development.totals, THRESHOLDS.development),
    ...(heldOut.totals.stories === 0
      ? []
      : gate('held-out', heldOut.rates, heldOut.totals, THRESHOLDS.heldOut)),
  ]
  lines.push(
    `Unfaithful claim texts (not in the source): ${development.totals.unfaithful + heldOut.totals.unfaithful}`,
  )
  return { scores, development, heldOut, failures, text: lines.join('\n') }
}
