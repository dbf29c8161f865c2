import type { FoundFigure } from './figures'
import { sameCount } from './restated'
import type { LanguageRules } from './rules'
import type { Token } from './tokens'

/**
 * A live blog written newest entry first: a figure restated with "now" or "désormais" revises
 * one stated further down the page, in an older entry, so the look-back finds nothing. The
 * entries' clock times tell the order; when they run backwards, a restatement that found nothing
 * before it looks forward, as far as a revision looks back.
 */

/** A clock time opening an entry: "13:45 — …", "**13:45** —", "21.40 –", "9 h 05". */
const STAMP = /^[*#_\s]*(\d{1,2}) ?[:h.] ?(\d{2})(?!\d)/u

/** As far as the look-back for anyone's restated figure, in sentences. */
const FORWARD_SENTENCES = 30

/** Whether the story's entries run newest first, from the clock times that open them. */
export class EntryOrder {
  private last = -1
  private backwards = 0
  private forwards = 0
  private stamps = 0

  /** Reads the clock time that opens a sentence, if any: one anchored pattern per sentence. */
  observe(text: string): void {
    const stamp = STAMP.exec(text)
    if (stamp === null) return
    this.stamps += 1
    const minutes = Number(stamp[1]) * 60 + Number(stamp[2])
    if (this.last >= 0 && minutes < this.last) this.backwards += 1
    else if (this.last >= 0 && minutes > this.last) this.forwards += 1
    this.last = minutes
  }

  /** Whether any entry has opened with a clock time so far: only then can the order run back. */
  get stamped(): boolean {
    return this.stamps > 0
  }

  get newestFirst(): boolean {
    return this.backwards >= 2 && this.backwards > this.forwards
  }
}

/** A restated figure that found no earlier claim to revise. */
export interface Unresolved {
  readonly draft: number
  readonly sentence: number
  readonly figure: FoundFigure
  readonly cue: string
  /** What a vague unit counts, by its stem: "hospi" in "23 personnes hospitalisées". */
  readonly qualifier: string | undefined
}

/** Letters of a qualifier that name it in any form: "hospi" for "hospitalisées", "hospitalised". */
const STEM = 5

/** The figure a sentence restates with "now" or "désormais", as `restatement` reads it. */
export const restatedFigure = (
  tokens: readonly Token[],
  figures: readonly FoundFigure[],
  rules: LanguageRules,
): { figure: FoundFigure; cue: string; qualifier: string | undefined } | null => {
  const cue = tokens.find((token) => !token.inQuote && rules.revision.restating.has(token.lower))
  if (cue === undefined) return null
  for (const figure of figures) {
    if (!figure.trigger || figure.unit === undefined) continue
    if (figure.category !== 'count' && figure.category !== 'measure') continue
    if (!rules.anyUnits.has(figure.unit)) return { figure, cue: cue.lower, qualifier: undefined }
    // "23 personnes hospitalisées": a vague unit counts what the word after it says.
    const next = tokens[figure.next]
    if (
      next !== undefined &&
      next.kind === 'word' &&
      !next.capital &&
      next.lower.length > STEM &&
      !rules.notUnits.has(next.lower)
    )
      return { figure, cue: cue.lower, qualifier: next.lower.slice(0, STEM) }
  }
  return null
}

interface Later {
  readonly sentence: number
  readonly text: string
  readonly found: readonly FoundFigure[]
}

/**
 * For each unresolved restatement, the first claim further down, within 30 sentences, that
 * counts the same thing with another value (for a vague unit such as "people", with the word
 * that qualifies it): the older figure it revises. Draft index → target.
 */
export const linkForward = (
  drafts: readonly Later[],
  unresolved: readonly Unresolved[],
  rules: LanguageRules,
): Map<number, number> => {
  const links = new Map<number, number>()
  for (const { draft, sentence, figure, qualifier } of unresolved) {
    const unit = figure.unit!
    for (let at = draft + 1; at < drafts.length; at += 1) {
      const later = drafts[at]!
      if (later.sentence - sentence > FORWARD_SENTENCES) break
      if (later.sentence === sentence) continue
      if (qualifier !== undefined && !later.text.toLowerCase().includes(qualifier)) continue
      const counted = later.found.find(
        (found) => found.unit !== undefined && sameCount(found.unit, unit, rules),
      )
      if (counted === undefined) continue
      if (counted.value !== figure.value) links.set(draft, at)
      break
    }
  }
  return links
}
