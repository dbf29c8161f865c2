import type { Draft } from './draft'

/**
 * The claims of sentences before `sentence`, at most `lookback` sentences back, newest first,
 * with their index: how a later sentence looks back for the claim whose figure it revises.
 */
export function* draftsInReach(
  earlier: readonly Draft[],
  sentence: number,
  lookback: number,
): Generator<readonly [number, Draft]> {
  for (let index = earlier.length - 1; index >= 0; index -= 1) {
    const draft = earlier[index]!
    if (draft.sentence >= sentence) continue
    if (draft.sentence < sentence - lookback) return
    yield [index, draft]
  }
}
