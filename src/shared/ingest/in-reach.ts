import type { Draft } from './draft'

/**
 * The claims of sentences before `sentence`, at most `lookback` sentences back, newest first,
 * with their index: how a later sentence looks back for the claim whose figure it revises.
 * `before`: where in `earlier` to start looking back from, when claims after it are there too.
 */
export function* draftsInReach(
  earlier: readonly Draft[],
  sentence: number,
  lookback: number,
  before = earlier.length,
): Generator<readonly [number, Draft]> {
  for (let index = before - 1; index >= 0; index -= 1) {
    const draft = earlier[index]!
    if (draft.sentence >= sentence) continue
    if (draft.sentence < sentence - lookback) return
    yield [index, draft]
  }
}

/**
 * The newest revision of the claim at `index`: a claim revised since stands for its latest
 * figure ("14 missing", then "19", then "11"), so a chain of three stays in order.
 */
export const newestRevision = (earlier: readonly Draft[], index: number): number => {
  let at = index
  for (let later = index + 1; later < earlier.length; later += 1)
    if (earlier[later]!.revisionOf === at) at = later
  return at
}

/** A revised count stays within this factor of the one it revises: 14 missing, then 19, not 171. */
const MAX_RATIO = 5

/** Two counts of a like size: a revision moves a figure, it does not make 3 into 171. */
export const alike = (a: number, b: number): boolean =>
  a > 0 && b > 0 && Math.max(a, b) <= MAX_RATIO * Math.min(a, b)
