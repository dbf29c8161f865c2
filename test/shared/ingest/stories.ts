/**
 * Invented stories for the ingest tests, in the three input formats. None of the places, people
 * or organisations exists.
 */

/** A flood, as plain text: revised tolls, a governor's denial and tweet, distances, a date line. */
export const FLOOD_TEXT = `Floods in Marren province: officials revise toll as blame flies

Posted June 3, 2025

Heavy rain sent the Dalo river over its banks on Sunday night, and at least 14 people died in the town of Brevik, the provincial health ministry said on Monday.

The ministry later revised the toll to 19, citing rescue crews who reached two cut-off hamlets.

"We warned the province again and again that the levee at Brevik would not hold," said Tomas Varga, head of the aid group Dry Feet.

Governor Elsa Maric rejected the criticism. She told the regional broadcaster RTM that the levee had been reinforced in 2019 and that the water rose 2.4 metres in six hours.

"Nobody in this province has lost a home because of that levee," Maric tweeted on Tuesday.

The national water agency said in a statement that the Dalo peaked at 6.1 metres at the Brevik gauge, 35 kilometres downstream of the Orsa reservoir.

Opposition lawmaker Pavel Ruus accused the governor of ordering the Orsa spillway opened without warning towns downstream.

The reservoir operator, Orsa Hydro, denied that the spillway had been opened before 4 a.m. on Monday.

By Wednesday the toll had risen to 23, and the ministry said 1,200 people were staying in school gyms.

The Red Cross said scores of volunteers had filled 40,000 sandbags since Saturday. It said 300 households in Brevik still had no clean water.

A spokesman for Orsa Hydro, Ivo Dren, later said the company had first reported three injured workers, then lowered that to two.
`

/** An election dispute, as Markdown. */
export const ELECTION_MARKDOWN = `# Recount ordered in Halden mayoral race

*Published 2 May 2025*

The electoral commission said on Friday that turnout in the Halden mayoral election reached 61 percent, up from 48 percent in 2021.

Mayor **Oskar Brandt**, who won by 312 votes, denied claims by the Lind campaign that [ballots were discarded](https://example.org/halden/ballots "photo") in the Norrby district.

The Lind campaign said 1,400 ballots were set aside, a figure it later revised to 900.

Fair Count, a monitoring NGO, tweeted that its observers saw "no irregularities that would change the result".

## What happens next

The commission will recount ballots from 14 polling stations starting on 12 May.

> "This is a fishing expedition and the voters know it," Brandt told reporters.

\`\`\`
raw tally export: 48210 ballots
\`\`\`
`

/** A ferry sinking, as a web page with furniture, scripts, hidden text and entities. */
export const FERRY_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Ferry capsizes off Kalo island | Coastal Times</title>
<style>p { color: red } .x > .y { }</style>
<script>var teaser = "<p>not article text</p>"; if (a < b) { run() }</script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="cookie-banner">We use cookies</div>
<article>
<header><h1>Ferry capsizes off Kalo island</h1><p class="dateline">Posted April 9, 2025</p></header>
<p>The coast guard said 31 passengers were rescued after the ferry <em>Santa Ilse</em> capsized
12 nautical miles off Kalo island early on Tuesday.</p>
<p>Transport Minister Rosa Ekdahl said 8 people had died, a toll that was later raised to 11.</p>
<p>&ldquo;The captain ignored two weather warnings,&rdquo; the ministry&#39;s spokesman, Jon Hale, told the state broadcaster.</p>
<p>The ferry operator Nordlys Lines denied the ship was overloaded &amp; said it carried 212 people, below its limit of 250.</p>
<aside>Related: ferry safety record</aside>
<p hidden>Hidden text: 99 dead</p>
<div class="share-bar">Share on X</div>
<p>Dr. Lena Ost, a doctor with the U.N. refugee agency, said at 10 a.m. on Wednesday that 40 of the 212&nbsp;passengers were children.</p>
<!-- <p>commented out: 500 dead</p> -->
<figure><img src="ferry.jpg" alt="The ferry"><figcaption>Photo: Coastal Times</figcaption></figure>
<p>Survivors told reporters the ship listed for about 20&#x2009;minutes before it sank &#8212; far longer than the operator says.</p>
</article>
<footer>&copy; 2025 Coastal Times</footer>
<script>document.write("<p>injected 500 dead</p>")</script>
</body></html>
`
