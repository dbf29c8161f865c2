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
    } else if (comparable && claims === this.claims && narrows(before.query, filter.query)) {
      // Only what the shorter search kept can pass the longer one.
      for (const at of this.keptAt) test(at)
      changed = keptAt.length !== this.keptAt.length
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

/** Everything but the search words and the order (which does not change what is listed). */
const sameBesidesSearch = (a: ClaimFilter, b: ClaimFilter): boolean =>
  JSON.stringify({ ...a, query: '', sort: '' }) === JSON.stringify({ ...b, query: '', sort: '' })

const wordOf = (term: string): string => term.replace(/^#/, '')

/**
 * Whether every claim `after` finds is also found by `before`: each earlier term is still there,
 * or has grown into a longer word ("harb" → "harbour"). Numbers only if unchanged: "12" finds
 * claim 12 by its number, which "123" does not.
 */
export const narrows = (before: string, after: string): boolean => {
  const later = searchTerms(after)
  return searchTerms(before).every((term) =>
    later.some(
      (next) =>
        next === term ||
        (!NUMBER_TERM.test(term) && !NUMBER_TERM.test(next) && wordOf(next).includes(wordOf(term))),
    ),
  )
}
