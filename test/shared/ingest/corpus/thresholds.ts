import type { Rates } from './evaluate'

/**
 * The floors `npm run eval:ingest` and corpus-eval.test.ts hold the extractor to, set at what it
 * measured (docs/ingest.md, Measured), never above. Held-out stories were written before the
 * rule changes of their round and never tuned on, so their floor is the one that shows
 * generalisation; stories held out in an earlier round (`formerlyHeldOut`) are development now.
 */
export const THRESHOLDS: { readonly development: Rates; readonly heldOut: Rates } = {
  // Round 3: 22 stories (the d.., h.. and n..), 170/171 claims, 169/171 speakers, 12/12 chains,
  // 170/182 precision (93.4 %).
  development: { recall: 0.99, speakers: 0.98, chains: 1, precision: 0.93 },
  // Round 3's held-out stories (m.., written before the round's rule changes, never tuned on):
  // 66/68 claims, 43/68 speakers, 3/8 chains, 66/105 precision (62.9 %).
  heldOut: { recall: 0.97, speakers: 0.63, chains: 0.37, precision: 0.62 },
}
