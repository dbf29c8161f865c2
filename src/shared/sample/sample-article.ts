/**
 * The app's built-in sample story. Invented from start to finish: the town, the port, the
 * people, the agencies, the union and the figures do not exist. It has what local stories of
 * this kind have: an agency's count revised twice, named speakers who contradict each other, a
 * document obtained by a newspaper, and a paragraph the newspaper later withdrew.
 */
export const SAMPLE_TITLE =
  'Brennock fish market fire: injury count revised twice as port and union trade blame'

export const SAMPLE_DATELINE = 'Published 12 October 2025'

/** The story's text as the desk keeps it (the source): paragraphs separated by blank lines. */
export const SAMPLE_SOURCE = `Eleven people were taken to hospital after fire swept through the cold store at Brennock fish market late on Saturday, Harland Fire and Rescue said.

Harland Fire and Rescue later raised the number to 19, saying eight porters treated for smoke inhalation on the quay had also been admitted.

Station commander Ruth Okoye said the fire started in Shed 4, where contractors had been servicing the ammonia refrigeration plant that afternoon.

"Our crews found two fire doors chained shut. That is now a matter for the police," Okoye said on Sunday morning.

The Brennock Harbour Company, which runs the market, denied that any exit had been locked. "Every door was checked and open at the start of the night shift," said Declan Moyes, the company's spokesman.

A 2023 safety inspection report, obtained by the Brennock Courier, says the cold store's sprinklers were "out of service, awaiting parts".

Moyes said the sprinklers had been repaired in March and passed a pressure test in August.

The Quayside Workers Union said its members had complained about blocked exits at least four times this year.

Pieter Lund, a trader at the market, told the Courier that one of the injured porters had died in hospital overnight.

Mayor Ilse Brandt said on Sunday that 40 traders had lost their entire stock and that the council would open an emergency fund.

Okoye said the ammonia tanks had not leaked and that air quality readings around the market were normal by Sunday afternoon.

On Monday Harland Fire and Rescue revised the number to 17, saying two patients had been counted twice by ambulance crews.

Harland County Police said they had opened an investigation and that no arrests had been made.`

/** The article as it was published and imported: headline, date line, then the text. */
export const SAMPLE_ARTICLE = `${SAMPLE_TITLE}\n\n${SAMPLE_DATELINE}\n\n${SAMPLE_SOURCE}\n`
