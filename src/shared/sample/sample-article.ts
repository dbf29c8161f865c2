/**
 * The app's built-in sample story. Invented from start to finish: the country, the places, the
 * people, the agencies and the figures do not exist. It has what real stories of this kind have:
 * many parties, a toll revised up and then down, denials and counter-accusations.
 */
export const SAMPLE_ARTICLE = `Tamsk dam burst: toll disputed as government and rebels trade blame

Published 14 March 2024

At least 23 people were killed when the Tamsk dam gave way before dawn on Tuesday, sending a wall of water through four villages in the Orlova valley, the state news agency Norpress reported.

Norpress later raised the toll to 31, citing doctors at the regional hospital in Vell, where 140 people were being treated for injuries and hypothermia.

"The dam was inspected in January and declared sound. What happened on Tuesday was no accident," Interior Ministry spokeswoman Mira Castell told reporters in Vell.

Castell said the ministry held the Free Highlands Movement, an armed group based in the hills above the reservoir, responsible for two explosions heard shortly before the breach.

The movement denied any role. "Our nearest unit was 40 kilometres from the dam. The government let the structure decay for a decade and now wants someone else to blame," it said in a statement posted on Telegram.

Vell's governor, Anton Reyes, said on Wednesday that 12 people were still missing, later lowering the figure to seven after two families were found sheltering in a school.

The government of neighbouring Sorvania, which shares the river downstream, said its engineers had warned Kestria about cracks in the dam wall in 2021 and again in 2023.

Kestria's Foreign Ministry dismissed the claim as "political theatre" and said no warning had ever been received.

The UN Office for the Coordination of Humanitarian Affairs said on Thursday that about 9,000 people had been displaced and that roads into three of the four flooded villages remained cut.

Riverwatch, a Vell-based group that monitors water infrastructure, said satellite images from February showed the spillway gates closed while the reservoir stood at 96 percent of capacity.

The Interior Ministry called the images "fabricated" and accused Riverwatch of working for Sorvanian intelligence.

On Friday Norpress revised the death toll down to 27, saying four bodies had been counted twice.
`
