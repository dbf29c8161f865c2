import type { Rates } from './evaluate'

/**
 * The floors `npm run eval:ingest` and corpus-eval.test.ts hold the extractor to, set at what it
 * measured (docs/ingest.md, Measured), never above. Held-out stories were written before the
 * rule changes of their round and never tuned on, so their floor is the one that shows
 * generalisation; stories held out in an earlier round (`formerlyHeldOut`) are development now.
 */
export const THRESHOLDS: { readonly development: Rates; readonly heldOut: Rates } = {
  // Round 8: 47 stories (the 42 of round 7 and the s.. held out in round 7), 589/636 claims
  // (92.6 %), 543/636 speakers (85.4 %), 36/48 chains (75.0 %), 589/770 precision (76.5 %).
  // Before round 8's changes the 47 measured 586/636, 537/636, 36/48, 586/772; no story lost
  // anything (the 42 of round 7: 513/548 → 514/548 claims, 493 → 494 speakers, 36/41 chains,
  // precision 513/665 → 514/664; the s..: 73 → 75 of 88 claims, 44 → 49 speakers, 0/7 chains).
  development: { recall: 0.92, speakers: 0.85, chains: 0.75, precision: 0.76 },
  // Round 7: 42 stories (the 37 of round 6 and the r.. held out in round 6), 513/548 claims
  // (93.6 %), 493/548 speakers (90.0 %), 36/41 chains (87.8 %), 513/665 precision (77.1 %).
  // Before round 7's changes the 42 measured 513/548, 470/548, 32/41, 513/679; the 37 of round
  // 6 lost nothing (419/444, 410/444, 30/34; precision 419/534 → 419/525). Its floors were
  // 93 % claims, 89 % speakers, 87 % chains, 77 % precision; the s.. lower the totals of round 8.
  //
  // Round 8's held-out stories (t.., written blind by someone who never saw the rules, before
  // round 8's rule changes, never tuned on), after round 8: 79/104 claims (76.0 %), 47/104
  // speakers (45.2 %), 2/7 chains (28.6 %), 79/117 precision (67.5 %). Before round 8's changes
  // (with the correction-box and scorer fixes of round 7's measurement) they measured 78/104,
  // 47/104, 2/7, 78/117.
  heldOut: { recall: 0.75, speakers: 0.45, chains: 0.28, precision: 0.67 },
}
