import type { Rates } from './evaluate'

/**
 * The floors `npm run eval:ingest` and corpus-eval.test.ts hold the extractor to, set at what it
 * measured (docs/ingest.md, Measured), never above. Held-out stories were written before the
 * rule changes of their round and never tuned on, so their floor is the one that shows
 * generalisation; stories held out in an earlier round (`formerlyHeldOut`) are development now.
 */
export const THRESHOLDS: { readonly development: Rates; readonly heldOut: Rates } = {
  // Round 6: 37 stories (the 32 of round 5 and the q.. held out in round 5), 419/444 claims
  // (94.4 %), 410/444 speakers (92.3 %), 30/34 chains (88.2 %), 419/534 precision (78.5 %).
  // The 32 before the q.. are unchanged by round 6: 323/336, 317/336, 23/27, 323/393 (82.2 %).
  development: { recall: 0.94, speakers: 0.92, chains: 0.88, precision: 0.78 },
  // Round 6's held-out stories (r.., written blind by someone who never saw the rules, before
  // round 6's rule changes, never tuned on), after round 6: 94/104 claims (90.4 %), 60/104
  // speakers (57.7 %), 2/7 chains (28.6 %), 94/145 precision (64.8 %). Before round 6's
  // changes they measured 94/104, 56/104, 2/7, 94/145.
  heldOut: { recall: 0.9, speakers: 0.57, chains: 0.28, precision: 0.64 },
}
