import type { Rates } from './evaluate'

/**
 * The floors `npm run eval:ingest` and corpus-eval.test.ts hold the extractor to, set at what it
 * measured (docs/ingest.md, Measured), never above. Held-out stories were written before the
 * rule changes of their round and never tuned on, so their floor is the one that shows
 * generalisation; stories held out in an earlier round (`formerlyHeldOut`) are development now.
 */
export const THRESHOLDS: { readonly development: Rates; readonly heldOut: Rates } = {
  // Round 7: 42 stories (the 37 of round 6 and the r.. held out in round 6), 513/548 claims
  // (93.6 %), 493/548 speakers (90.0 %), 36/41 chains (87.8 %), 513/665 precision (77.1 %).
  // Before round 7's changes the 42 measured 513/548, 470/548, 32/41, 513/679; the 37 of round
  // 6 lost nothing (419/444, 410/444, 30/34; precision 419/534 → 419/525).
  development: { recall: 0.93, speakers: 0.89, chains: 0.87, precision: 0.77 },
  // Round 7's held-out stories (s.., written blind by someone who never saw the rules, before
  // round 7's rule changes, never tuned on), after round 7: 71/88 claims (80.7 %), 41/88
  // speakers (46.6 %), 0/7 chains, 71/104 precision (68.3 %). Before round 7's changes they
  // measured 71/88, 41/88, 0/7, 71/107: the round moved them by nothing but three extras.
  heldOut: { recall: 0.8, speakers: 0.46, chains: 0, precision: 0.68 },
}
