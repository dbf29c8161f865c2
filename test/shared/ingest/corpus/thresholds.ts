import type { Rates } from './evaluate'

/**
 * The floors `npm run eval:ingest` and corpus-eval.test.ts hold the extractor to, set at what it
 * measured (docs/ingest.md, Measured), never above. Held-out stories were written before the
 * rule changes of their round and never tuned on, so their floor is the one that shows
 * generalisation; stories held out in an earlier round (`formerlyHeldOut`) are development now.
 */
export const THRESHOLDS: { readonly development: Rates; readonly heldOut: Rates } = {
  // Round 4: 27 stories (the d.., h.., n.. and the m.. held out in round 3), 237/239 claims
  // (99.2 %), 234/239 speakers (97.9 %), 20/20 chains, 237/276 precision (85.9 %).
  development: { recall: 0.99, speakers: 0.97, chains: 1, precision: 0.85 },
  // Round 4's held-out stories (p.., written blind by someone who never saw the rules, before
  // round 4's rule changes, never tuned on): 80/97 claims (82.5 %), 52/97 speakers (53.6 %),
  // 2/7 chains (28.6 %), 80/110 precision (72.7 %).
  heldOut: { recall: 0.82, speakers: 0.53, chains: 0.28, precision: 0.72 },
}
