import type { Attribution, ClaimKind, Figure } from '../dossier'

/**
 * The claims the sample starts with: what importing the sample article finds (each sentence ingest
 * takes as a claim, its speaker, kind and figures), kept here as data so the sample says exactly
 * this whatever later changes to ingest find. Each text is a sentence of SAMPLE_SOURCE, word for
 * word, and is quoted from it. `test/shared/sample/sample-dossier.test.ts` checks that ingest
 * still takes the same sentences.
 */
export interface SampleClaim {
  readonly text: string
  readonly attribution: Attribution
  readonly kind: ClaimKind
  readonly figures: readonly Figure[]
  /** The key of the claim whose figure this one revises (ingest links the two). */
  readonly revises?: string
}

export const SAMPLE_CLAIMS = {
  /** Harland Fire and Rescue's three counts, 11, then 19, then 17: a revision chain. */
  firstCount: {
    text: 'Eleven people were taken to hospital after fire swept through the cold store at Brennock fish market late on Saturday, Harland Fire and Rescue said.',
    attribution: { who: 'Harland Fire and Rescue' },
    kind: 'figure',
    figures: [{ value: 11, unit: 'people', raw: 'Eleven people' }],
  },
  raisedCount: {
    text: 'Harland Fire and Rescue later raised the number to 19, saying eight porters treated for smoke inhalation on the quay had also been admitted.',
    attribution: { who: 'Harland Fire and Rescue' },
    kind: 'figure',
    figures: [
      { value: 19, unit: 'people', raw: '19' },
      { value: 8, unit: 'treated', raw: 'eight porters treated' },
    ],
    revises: 'firstCount',
  },
  /** Quotes "Shed 4", which the fire service later corrected to Shed 6. */
  shed: {
    text: 'Station commander Ruth Okoye said the fire started in Shed 4, where contractors had been servicing the ammonia refrigeration plant that afternoon.',
    attribution: { who: 'Ruth Okoye', role: 'Station commander' },
    kind: 'figure',
    figures: [{ value: 4, raw: '4' }],
  },
  chainedDoors: {
    text: '"Our crews found two fire doors chained shut. That is now a matter for the police," Okoye said on Sunday morning.',
    attribution: { who: 'Ruth Okoye', role: 'Station commander', when: 'Sunday morning' },
    kind: 'quote',
    figures: [],
  },
  companyDenial: {
    text: 'The Brennock Harbour Company, which runs the market, denied that any exit had been locked.',
    attribution: { who: 'Brennock Harbour Company' },
    kind: 'denial',
    figures: [],
  },
  spokesman: {
    text: '"Every door was checked and open at the start of the night shift," said Declan Moyes, the company\'s spokesman.',
    attribution: { who: 'Declan Moyes', role: "company's spokesman" },
    kind: 'quote',
    figures: [],
  },
  /** The document the Brennock Courier obtained. */
  inspection: {
    text: 'A 2023 safety inspection report, obtained by the Brennock Courier, says the cold store\'s sprinklers were "out of service, awaiting parts".',
    attribution: { who: 'inspection report' },
    kind: 'quote',
    figures: [{ value: 2023, unit: 'year', raw: '2023' }],
  },
  /** The claim the two editors judge differently. */
  repaired: {
    text: 'Moyes said the sprinklers had been repaired in March and passed a pressure test in August.',
    attribution: { who: 'Declan Moyes', role: "company's spokesman" },
    kind: 'statement',
    figures: [],
  },
  union: {
    text: 'The Quayside Workers Union said its members had complained about blocked exits at least four times this year.',
    attribution: { who: 'Quayside Workers Union' },
    kind: 'figure',
    figures: [{ value: 4, unit: 'times', raw: 'at least four times' }],
  },
  /** The paragraph the Courier withdrew, which the editor deletes from the source. */
  death: {
    text: 'Pieter Lund, a trader at the market, told the Courier that one of the injured porters had died in hospital overnight.',
    attribution: { who: 'Pieter Lund', role: 'trader at the market', where: 'the Courier' },
    kind: 'statement',
    figures: [],
  },
  traders: {
    text: 'Mayor Ilse Brandt said on Sunday that 40 traders had lost their entire stock and that the council would open an emergency fund.',
    attribution: { who: 'Ilse Brandt', role: 'Mayor', when: 'Sunday' },
    kind: 'figure',
    figures: [{ value: 40, unit: 'traders', raw: '40 traders' }],
  },
  ammonia: {
    text: 'Okoye said the ammonia tanks had not leaked and that air quality readings around the market were normal by Sunday afternoon.',
    attribution: { who: 'Ruth Okoye', role: 'Station commander' },
    kind: 'statement',
    figures: [],
  },
  // An import lists the second report of "said A and that B" on its own as well (docs/ingest.md,
  // Round 9): the sample keeps what an import of its article gives.
  airQuality: {
    text: 'that air quality readings around the market were normal by Sunday afternoon.',
    attribution: { who: 'Ruth Okoye', role: 'Station commander' },
    kind: 'statement',
    figures: [],
  },
  finalCount: {
    text: 'On Monday Harland Fire and Rescue revised the number to 17, saying two patients had been counted twice by ambulance crews.',
    attribution: { who: 'Harland Fire and Rescue', when: 'Monday' },
    kind: 'figure',
    figures: [
      { value: 17, unit: 'people', raw: '17' },
      { value: 2, unit: 'patients', raw: 'two patients' },
      { value: 2, unit: 'times', raw: 'twice' },
    ],
    revises: 'raisedCount',
  },
  police: {
    text: 'Harland County Police said they had opened an investigation and that no arrests had been made.',
    attribution: { who: 'Harland County Police' },
    kind: 'statement',
    figures: [],
  },
} as const satisfies Record<string, SampleClaim>

export type SampleClaimKey = keyof typeof SAMPLE_CLAIMS

/** The sample's claim ids, by what they say. */
export type SampleClaims = Readonly<Record<SampleClaimKey, string>>
