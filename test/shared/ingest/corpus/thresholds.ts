import type { Rates } from './evaluate'

/**
 * The floors `npm run eval:ingest` and corpus-eval.test.ts hold the extractor to, set at what it
 * measured (docs/ingest.md, Measured), never above. Held-out stories were written before the
 * rule changes of their round and never tuned on, so their floor is the one that shows
 * generalisation; stories held out in an earlier round (`formerlyHeldOut`) are development now.
 */
export const THRESHOLDS: { readonly development: Rates; readonly heldOut: Rates } = {
  // Round 9: 52 stories (the 47 of round 8 and the t.. held out in round 8), 678/740 claims
  // (91.6 %), 599/740 speakers (80.9 %), 38/55 chains (69.1 %), 678/902 precision (75.2 %).
  // Before round 9's changes the 52 measured 668/740, 590/740, 38/55, 668/887; no story lost a
  // claim, a speaker or a chain (the 47 of round 8: 589 → 593 of 636 claims, 543 → 547 speakers,
  // 36/48 chains, precision 589/770 → 593/779; the t..: 79 → 85 of 104 claims, 47 → 52
  // speakers, 2/7 chains, precision 79/117 → 85/123). Round 8's floors were 92 % claims, 85 %
  // speakers, 75 % chains, 76 % precision; the t.. lower the totals of round 9.
  // After round 10 was set aside, a correction linked to the claim that names what it corrects
  // ("the corrected rate for Hallowmere"), found reading s02 in the app: chains 38 → 40 of 55
  // (72.7 %), nothing else moved, no story lost a chain; the held-out stories did not move.
  //
  // Round 11 moved the u.. and v.. (held out until now) into development: 62 stories, 859/955
  // claims (89.9 %), 722/955 speakers (75.6 %), 43/68 chains (63.2 %), 859/1169 precision
  // (73.5 %) before round 11's changes; after them 733/955 speakers (76.8 %), nothing else
  // moved, no story lost anything.
  //
  // Round 12 moved the w.. (held out for round 11) into development: 67 stories, 946/1059 claims
  // (89.3 %), 794/1059 speakers (75.0 %), 43/73 chains (58.9 %), 946/1307 precision (72.4 %),
  // before round 12's changes; after them 795/1059 speakers, 49/73 chains (67.1 %), nothing else
  // moved, no story lost anything, no link added that no chain names.
  //
  // Round 13 moved the x.. (held out for round 12) into development: 72 stories, 1034/1159
  // claims (89.2 %), 856/1159 speakers (73.9 %), 52/83 chains (62.7 %), 1034/1422 precision
  // (72.7 %), before round 13's changes; after them 1046/1159 claims (90.3 %), 867/1159
  // speakers (74.8 %), 52/83 chains, 1046/1418 precision (73.8 %), no story lost anything.
  //
  // Round 14 moved the y.. (held out for round 13) into development: 77 stories, 1121/1263
  // claims (88.8 %), 919/1263 speakers (72.8 %), 53/87 chains (60.9 %), 1121/1522 precision
  // (73.7 %), before round 14's changes; after them 935/1263 speakers (74.0 %), nothing else
  // moved, no story lost anything.
  //
  // Round 15 moved the z.. (held out for round 14) into development: 82 stories, 1215/1372
  // claims (88.6 %), 1012/1372 speakers (73.8 %), 55/95 chains (57.9 %), 1215/1624 precision
  // (74.8 %), before round 15's changes; after them 60/95 chains (63.2 %), nothing else moved,
  // no story lost anything.
  //
  // Round 16 moved the ab.. (held out for round 15) into development: 87 stories, 1302/1479
  // claims (88.0 %), 1080/1479 speakers (73.0 %), 65/110 chains (59.1 %), 1302/1727 precision
  // (75.4 %), before round 16's changes; after them 1087/1479 speakers (73.5 %), nothing else
  // moved, no story lost anything.
  //
  // Round 17 moved the ac.. (held out for round 16) into development: 92 stories, 1389/1585
  // claims (87.6 %), 1141/1585 speakers (72.0 %), 69/118 chains (58.5 %), 1389/1845 precision
  // (75.3 %), before round 17's changes; after them 1150/1585 speakers (72.6 %), nothing else
  // moved, no story lost anything.
  //
  // Round 18 moved the ad.. (held out for round 17) into development: 97 stories, 1477/1686
  // claims (87.6 %), 1215/1686 speakers (72.1 %), 71/131 chains (54.2 %), 1477/1956 precision
  // (75.5 %), before round 18's changes; after them 80/131 chains (61.1 %), nothing else moved,
  // no story lost anything, every link added or moved inside a labelled chain.
  //
  // Round 19 moved the ae.. (held out for round 18) into development: 102 stories, 1568/1790
  // claims (87.6 %), 1290/1790 speakers (72.1 %), 86/143 chains (60.1 %), 1568/2083 precision
  // (75.3 %), before round 19's changes; after them 1307/1790 speakers (73.0 %), nothing else
  // moved, no story lost anything, every link as before.
  //
  // Round 20 moved the af.. (held out for round 19) into development: 107 stories, 1652/1888
  // claims (87.5 %), 1371/1888 speakers (72.6 %), 87/157 chains (55.4 %), 1652/2203 precision
  // (74.99 %), before round 20's changes; after them 91/157 chains (58.0 %), nothing else
  // moved, no story lost anything, every link added inside a labelled chain.
  //
  // Round 21 moved the ag.. (held out for round 20) into development: 112 stories, 1746/1993
  // claims (87.6 %), 1435/1993 speakers (72.0 %), 91/171 chains (53.2 %), 1746/2326 precision
  // (75.1 %), before round 21's changes; after the measure by reference 97/171 chains (56.7 %),
  // nothing else moved, no story lost anything; 5 links added and 2 wrong ones (no chain's)
  // moved into their chains. After the decimal comma ("58,4 %") and a verb's revision that
  // names the figure it corrects: 1748/1993 claims (87.7 %), 100/171 chains (58.5 %),
  // 1748/2328 precision (75.1 %); one more wrong link moved into its chain, and one added
  // from the correction of `ad03` to the claim that holds the figures it corrects (its chain's
  // middle claim is no candidate of its own).
  //
  // Round 22 moved the ah.. (held out for round 21) into development: 117 stories, 1829/2099
  // claims (87.1 %), 1498/2099 speakers (71.4 %), 103/184 chains (56.0 %), 1829/2442 precision
  // (74.9 %), before round 22's changes; after them (a spokesperson's claim is the organisation's)
  // 1515/2099 speakers (72.2 %), nothing else moved, no story lost anything, every link as before.
  //
  // Round 23 moved the ai.. (held out for round 22) into development: 122 stories, 1910/2198
  // claims (86.9 %), 1577/2198 speakers (71.7 %), 104/198 chains (52.5 %), 1910/2549 precision
  // (74.9 %), before round 23's changes; after them (a press release, or a publication whose
  // "About us" names its publisher, speaks for its issuer; a quotation introduced by "X said:"
  // is X's, and the introducer no claim; a subject after "In the evening"; a company's name; a
  // public authority's estimate) 1911/2198 claims, 1608/2198 speakers (73.2 %), 104/198
  // chains, 1911/2546 precision (75.1 %); no story lost anything, every link as before.
  //
  // Round 24 moved the aj.. (held out for round 23) into development: 127 stories, 1995/2289
  // claims (87.2 %), 1670/2289 speakers (73.0 %), 111/215 chains (51.6 %), 1995/2666 precision
  // (74.8 %), before round 24's changes; after them (a plan moved to a weekday, a month or a time
  // of day; a cordon widened; "higher than first reported"; roles without an article; "the
  // council" no document about it; estimates without an article; a bracketed short name;
  // "reckons", "points out"; more company-name words; "do" in a name; "the company" a few
  // sentences on; a single "record" no document; "she" not whoever was "he") 1996/2289 claims,
  // 1705/2289 speakers (74.5 %), 121/215 chains (56.3 %),
  // 1996/2667 precision (74.8 %); no story lost anything, every link added or moved inside a
  // labelled chain.
  //
  // Round 25 moved the ak.. (held out for round 24) into development: 132 stories, 2082/2387
  // claims (87.2 %), 1775/2387 speakers (74.4 %), 127/238 chains (53.4 %), 2082/2785 precision
  // (74.8 %), before round 25's changes; after them (a word of time after a figure is not its
  // unit; a chain told in one sentence after the newest figure; « au », "put back", "trimmed",
  // "that forecast", "the true figure"; a participle that opens a sentence gives the first
  // figure; ", the coastguard said" after a comma; a statement a document its holder speaks;
  // who reported "once" after a revision; an organisation that has done something; "a teaching
  // assistant said"; a release's lede further down; "gave a figure of"; a finding reported after
  // a comma; a figure after a colon once revised; a reader who emails; a quotation after one
  // person named) 2094/2387 claims (87.7 %), 1819/2387 speakers (76.2 %), 141/238 chains
  // (59.2 %), 2094/2801 precision (74.8 %); no story lost a
  // claim or a speaker, no chain lost.
  //
  // Round 26 moved the al.. (held out for round 25) into development: 137 stories, 2177/2492
  // claims (87.4 %), 1880/2492 speakers (75.4 %), 143/250 chains (57.2 %), 2177/2908 precision
  // (74.9 %), before round 26's changes; after them (an officer "of … Fire and Rescue"; a figure
  // given after a colon; a live blog's label, its clock time with no dash, its source after
  // "from"; a spokesperson for an organisation only described; "Shortly before 9 p.m."; a
  // company of capitalised parts; "…, a nurse said"; who counted a figure; a figure restated
  // now, counted by another word; « à 15 heures »; « la chambre d'agriculture »; who revised,
  // named before the description) 2177/2492 claims, 1900/2492 speakers (76.2 %), 143/250 chains,
  // 2177/2910 precision (74.8 %); no story lost anything, every link added or moved inside a
  // labelled chain but one that was wrong before and after (x03, a figure of homes without
  // power now linked to the same speaker's first count of homes, not a council leader's).
  //
  // Round 27 moved the am.. (held out for round 26) into development: 142 stories, 2267/2597
  // claims (87.3 %), 1962/2597 speakers (75.5 %), 149/260 chains (57.3 %), 2267/3039 precision
  // (74.6 %), before round 27's changes; after them (a dataset's publisher; a document by a body
  // named in plain words; figures the subject published; an organisation named with its place;
  // "the institute" for a name ending in "Research"; estimates marked down or nudged) 1968/2597
  // speakers (75.8 %), nothing else moved, no story lost anything, one link moved inside its
  // labelled chain.
  //
  // Round 28 moved the an.. (held out for round 27) into development: 147 stories, 2342/2683
  // claims (87.3 %), 2014/2683 speakers (75.1 %), 151/270 chains (55.9 %), 2342/3151 precision
  // (74.3 %), before round 28's changes; after them (a description and a name after the claim;
  // "according to" a description, then a name; a name with an age before an aside; a plain
  // title inside an aside; "Group manager"; « a admis »; "according to" someone unnamed)
  // 2344/2683 claims (87.4 %), 2029/2683 speakers (75.6 %), 151/270 chains, 2344/3155 precision
  // (74.3 %); no story lost anything, every link as before.
  //
  // Round 29 moved the ao.. (held out for round 28) into development: 152 stories, 2423/2782
  // claims (87.1 %), 2076/2782 speakers (74.6 %), 152/278 chains (54.7 %), 2423/3273 precision
  // (74.0 %), before round 29's changes; after them (a lowercase description for the one
  // organisation the story names in full) 2080/2782 speakers (74.8 %), nothing else moved, no
  // story lost anything, every link as before.
  //
  // Round 30 moved the ap.. (held out for round 29) into development: 157 stories, 2512/2882
  // claims (87.2 %), 2139/2882 speakers (74.2 %), 154/285 chains (54.0 %), 2512/3391 precision
  // (74.1 %), before round 30's changes; after them (a document named with who published it
  // speaks for them; "…, the audit found."; "the Authority" for the body in full; a release's
  // marker no issuer; bodies by their common noun; « revendique »; more titles) 2513/2882 claims,
  // 2174/2882 speakers (75.4 %), 154/285 chains, 2513/3392 precision (74.1 %); one story lost a
  // speaker (q05, whose label wants "appraisal commissioned by the council" where ac04's wants
  // the council for "a consultation document published by the council"), every link as before.
  //
  // Round 31 moved the aq.. (held out for round 30) into development: 162 stories, 2588/2968
  // claims (87.2 %), 2223/2968 speakers (74.9 %), 155/293 chains (52.9 %), 2588/3513 precision
  // (73.7 %), before round 31's changes; after them ("the correct figure" with no unit; a
  // sentence's own chain whose first figure revises one told before; "push that deadline";
  // "now expects"; a body named in full from "the sheriff's office", "the forestry department",
  // "the state Department of …"; a page's "Updated" line, a French byline and a note's number
  // alone no claims) 2226/2968 speakers (75.0 %), 160/293 chains (54.6 %), 2588/3493 precision
  // (74.1 %), claims as they were; no story lost anything, every link added inside a labelled
  // chain but one (r03, a correction to the figure it corrects, which no chain lists).
  //
  // Round 32 moved the ar.. (held out for round 31) into development: 167 stories, 2674/3066
  // claims (87.2 %), 2285/3066 speakers (74.5 %), 161/302 chains (53.3 %), 2674/3616 precision
  // (73.9 %), before round 32's changes; after them (a release's letterhead; an acronym for the
  // name it was introduced with; "until at least"; "Last modified", a registration and a
  // contact line no claims) 2290/3066 speakers (74.7 %), 162/302 chains (53.6 %), 2674/3610
  // precision (74.1 %), claims as they were; no story lost anything, every link added inside a
  // labelled chain.
  //
  // Round 33 moved the as.. (held out for round 32) into development: 172 stories, 2756/3160
  // claims (87.2 %), 2350/3160 speakers (74.4 %), 164/312 chains (52.6 %), 2756/3734 precision
  // (73.8 %), before round 33's changes; after them ("the official" named nowhere an unnamed
  // speaker; "&" in a name; an acronym from a name's initials; a month no publisher; "not the"
  // before a wrong figure) 2356/3160 speakers (74.6 %), 165/312 chains (52.9 %), nothing else
  // moved; no story lost anything, every link added inside a labelled chain.
  development: { recall: 0.87, speakers: 0.74, chains: 0.52, precision: 0.73 },
  // Round 8: 47 stories (the 42 of round 7 and the s.. held out in round 7), 589/636 claims
  // (92.6 %), 543/636 speakers (85.4 %), 36/48 chains (75.0 %), 589/770 precision (76.5 %).
  // Before round 8's changes the 47 measured 586/636, 537/636, 36/48, 586/772; no story lost
  // anything (the 42 of round 7: 513/548 → 514/548 claims, 493 → 494 speakers, 36/41 chains,
  // precision 513/665 → 514/664; the s..: 73 → 75 of 88 claims, 44 → 49 speakers, 0/7 chains).
  // Its floors were 92 % claims, 85 % speakers, 75 % chains, 76 % precision.
  //
  // Round 7: 42 stories (the 37 of round 6 and the r.. held out in round 6), 513/548 claims
  // (93.6 %), 493/548 speakers (90.0 %), 36/41 chains (87.8 %), 513/665 precision (77.1 %).
  // Before round 7's changes the 42 measured 513/548, 470/548, 32/41, 513/679; the 37 of round
  // 6 lost nothing (419/444, 410/444, 30/34; precision 419/534 → 419/525). Its floors were
  // 93 % claims, 89 % speakers, 87 % chains, 77 % precision; the s.. lower the totals of round 8.
  //
  // Held out from the rules in this tree (round 33's): the at.., written blind for round 33.
  // Five stories, before and after round 33: 82/90 claims (91.1 %), 63/90 speakers (70 %), 2/7
  // chains (28.6 %), precision 82/128 (64.1 %). Earlier rounds' floors: round 32 on the as..
  // (87 %, 63 %, 20 %, 66 %), round 31 on the ar..
  // (87 %, 60 %, 11 %, 69 %), round 30 on the aq.. (87 %, 56 %, 12 %, 61 %), round 29 on the ap..
  // (89 %, 59 %, 28 %, 75 %), round 28 on the ao..
  // (79 %, 47 %, 12 %, 66 %), round 27 on the an..
  // (87 %, 53 %, 20 %, 66 %), round 26 on the am..
  // (85 %, 59 %, 60 %, 69 %), round 25 on the al..
  // (79 %, 58 %, 16 %, 77 %), round 24 on the
  // ak.. (87 %, 71 %, 26 %, 72 %), round 23 on the aj.. (92 %,
  // 68 %, 41 %, 70 %), round 22 on the ai..
  // (81 %, 62 %, 7 %, 75 %), round 21 on the ah..
  // (76 %, 59 %, 23 %, 71 %), round 20 on the ag..
  // (89 %, 60 %, no chain, 76 %), round 19 on the af.. (85 %, 65 %, 7 %, 70 %), round 18 on the
  // ae.. (87 %, 72 %, 50 %, 71 %), round 17 on the ad.. (87 %, 64 %, 15 %, 79 %), round 16 on the
  // ac.. (82 %, 50 %, 50 %, 73 %), round 15 on the ab.. (81 %, 63 %, 33 %, 84 %), round 14 on the
  // z.. (86 %, 70 %, 25 %, 92 %), round 13 on the y.. (72 %, 50 %, 25 %, 72 %), round 12 on the
  // x.. (88 %, 61 %, 30 %, 76 %), round 11 on the w.. (83 %, 58 %, 0 chains, 63 %), round 10 on
  // the u.. and v.. (84 %, 57 %, 23 %, 67 %): each blind set is harder or easier than the last.
  heldOut: { recall: 0.91, speakers: 0.7, chains: 0.28, precision: 0.64 },
}
