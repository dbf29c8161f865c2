import type { ClaimView } from '../../shared/dossier'
import {
  NUMBER_TERM,
  claimMatcher,
  searchTerms,
  sortClaims,
  type ClaimFilter,
} from './claim-filter'

/**
 * `filterClaims`, done again with as little work as the change allows. The dossier keeps an
 * unchanged claim's view object identical (docs/dossier-model.md, Derived views), and a claim's
 * answer depends only on its view (and the lost quotes), so:
 *
 * - claims changed (a remote decision): only claims whose view object is new are tested again;
 * - the search grew ("harb" → "harbo"): only the claims the shorter search kept are tested;
 * - the same claims are listed as before: the previous array itself is returned, so memoised
 *   parts of the list do not render again.
 *
 * Anything else (another status, speaker, …) tests every claim, as `filterClaims` does.
 */
export class ClaimSearch {
  private claims: readonly ClaimView[] = []
  private filter: ClaimFilter | null = null
  private lostQuotes: ReadonlySet<string> | null = null
  /** Per position in `claims`: whether the filter kept it. */
  private kept: Uint8Array = new Uint8Array(0)
  /** The positions it kept, in order. */
  private keptAt: readonly number[] = []
  private shown: readonly ClaimView[] = []

  run(
    claims: readonly ClaimView[],
    filter: ClaimFilter,
    lostQuotes: ReadonlySet<string> = NO_LOST_QUOTES,
  ): readonly ClaimView[] {
    const reordered = this.filter?.sort !== filter.sort
    const changed = this.keep(claims, filter, lostQuotes)
    this.claims = claims
    this.filter = filter
    this.lostQuotes = lostQuotes
    if (!changed && !reordered) return this.shown
    const shown = sortClaims(
      this.keptAt.map((at) => claims[at]!),
      filter.sort,
    )
    const same =
      shown.length === this.shown.length && shown.every((claim, at) => claim === this.shown[at])
    if (!same) this.shown = shown
    return this.shown
  }

  /**
   * Sets `kept` and `keptAt` for `claims` under `filter`, testing as few claims as it can; false
   * when the claims it keeps are the same view objects as before.
   */
  private keep(
    claims: readonly ClaimView[],
    filter: ClaimFilter,
    lostQuotes: ReadonlySet<string>,
  ): boolean {
    const before = this.filter
    const comparable =
      before !== null &&
      sameBesidesSearch(before, filter) &&
      (lostQuotes === this.lostQuotes || !filter.lostQuoteOnly)
    if (comparable && before.query === filter.query && claims === this.claims) return false
    const matches = claimMatcher(filter, lostQuotes)
    if (comparable && before.query === filter.query && claims.length === this.claims.length) {
      const answer = this.retestChanged(claims, matches)
      if (answer !== null) return answer
    }
    const kept = new Uint8Array(claims.length)
    const keptAt: number[] = []
    const test = (at: number) => {
      if (matches(claims[at]!)) {
        kept[at] = 1
        keptAt.push(at)
      }
    }
    let changed = true
    let named: number[] | null = null
    if (comparable && before.query === filter.query) {
      // Claims changed: an unchanged view object keeps its answer.
      changed = claims.length !== this.claims.length
      for (let at = 0; at < claims.length; at++) {
        if (claims[at] !== this.claims[at]) {
          test(at)
          changed ||= kept[at] === 1 || this.kept[at] === 1
        } else if (this.kept[at] === 1) {
          kept[at] = 1
          keptAt.push(at)
        }
      }
    } else if (
      comparable &&
      claims === this.claims &&
      (named = narrowsBut(before.query, filter.query)) !== null &&
      named.every((number) => claims[number - 1]?.index === number - 1)
    ) {
      // Only what the shorter search kept can pass the longer one, and a claim a grown number
      // now names ("3" → "37": claim 37), tested in its place in the order.
      const extra = named.map((number) => number - 1).filter((at) => this.kept[at] !== 1)
      for (const at of mergeSorted(this.keptAt, extra)) test(at)
      changed = keptAt.length !== this.keptAt.length || extra.some((at) => kept[at] === 1)
    } else {
      for (let at = 0; at < claims.length; at++) test(at)
    }
    this.kept = kept
    this.keptAt = keptAt
    return changed
  }

  /**
   * The common case of a burst of remote changes: the same claims in the same places, a few
   * with new views. When none of them enters or leaves the list, `kept` and `keptAt` stay as they
   * are (no copy of 10,000 answers a frame); whether a listed claim changed; null when one
   * entered or left (the caller works the list out again).
   */
  private retestChanged(
    claims: readonly ClaimView[],
    matches: (claim: ClaimView) => boolean,
  ): boolean | null {
    let listedChanged = false
    for (let at = 0; at < claims.length; at++) {
      if (claims[at] === this.claims[at]) continue
      const now = matches(claims[at]!) ? 1 : 0
      if (now !== this.kept[at]) return null
      if (now === 1) listedChanged = true
    }
    return listedChanged
  }
}

const NO_LOST_QUOTES: ReadonlySet<string> = new Set()

/** `sorted` with `extra` (positions, any order) put in their places, without duplicates. */
const mergeSorted = (sorted: readonly number[], extra: readonly number[]): readonly number[] =>
  extra.length === 0 ? sorted : [...new Set([...sorted, ...extra])].sort((a, b) => a - b)

/** Everything but the search words and the order (which does not change what is listed). */
const sameBesidesSearch = (a: ClaimFilter, b: ClaimFilter): boolean =>
  JSON.stringify({ ...a, query: '', sort: '' }) === JSON.stringify({ ...b, query: '', sort: '' })

const wordOf = (term: string): string => term.replace(/^#/, '')

/**
 * Whether every claim `after` finds is also found by `before`: each earlier term is still there,
 * or has grown into a longer word ("harb" → "harbour"). Numbers only if unchanged: "12" finds
 * claim 12 by its number, which "123" does not.
 */
export const narrows = (before: string, after: string): boolean =>
  narrowsBut(before, after)?.length === 0

/**
 * Like `narrows`, but a number that grew ("3" → "37", "#3" → "#37") still narrows except for the
 * claim it now names: text holding 37 holds 3, so only claim 37 itself can be new. Returns the
 * claim numbers to test besides what `before` found, or null when `after` does not narrow.
 */
export const narrowsBut = (before: string, after: string): number[] | null => {
  const later = searchTerms(after)
  const named: number[] = []
  for (const term of searchTerms(before)) {
    if (later.includes(term)) continue
    const grown = later.find((next) => grewFrom(term, next))
    if (grown === undefined) return null
    const number = NUMBER_TERM.exec(grown)
    if (number !== null) named.push(Number(number[2]))
  }
  return named
}

const grewFrom = (term: string, next: string): boolean => {
  const was = NUMBER_TERM.exec(term)
  const now = NUMBER_TERM.exec(next)
  if (was === null || now === null)
    return was === null && now === null && wordOf(next).includes(wordOf(term))
  return was[1] === now[1] && now[2]!.startsWith(was[2]!)
}
