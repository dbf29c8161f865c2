import type { Rates } from './evaluate'

/**
 * The floors `npm run eval:ingest` and corpus-eval.test.ts hold the extractor to, set at what it
 * measured (docs/ingest.md, Measured), never above. Held-out stories were written before the
 * rule changes of their round and never tuned on, so their floor is the one that shows
 * generalisation; stories held out in an earlier round (`formerlyHeldOut`) are development now.
 */
export const THRESHOLDS: { readonly development: Rates; readonly heldOut: Rates } = {
  // Round 5: 32 stories (the d.., h.., n.., m.. and the p.. held out in round 4), 323/336
  // claims (96.1 %), 317/336 speakers (94.3 %), 23/27 chains (85.2 %), 323/393 precision
  // (82.2 %). The 27 stories before the p..: 238/239, 235/239, 20/20, 238/277 (85.9 %).
  development: { recall: 0.96, speakers: 0.94, chains: 0.85, precision: 0.82 },
  // Round 5's held-out stories (q.., written blind by someone who never saw the rules, before
  // round 5's rule changes, never tuned on), after round 5: 85/108 claims (78.7 %), 67/108
  // speakers (62.0 %), 2/7 chains (28.6 %), 85/129 precision (65.9 %). Before round 5's
  // changes they measured 85/108, 57/108, 1/7, 85/126.
  heldOut: { recall: 0.78, speakers: 0.62, chains: 0.28, precision: 0.65 },
}
