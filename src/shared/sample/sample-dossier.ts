import * as Y from 'yjs'
import { Dossier } from '../dossier'
import type { Signer } from '../identity'
import { ingestStory } from '../ingest'
import { SAMPLE_ARTICLE } from './sample-article'

export interface SampleSigners {
  readonly editor: Signer
  readonly colleague: Signer
}

export interface SampleOptions {
  /** A fixed clock for tests; by default the desk's work is spread over the last few hours. */
  readonly now?: () => string
}

/**
 * A clock that walks through the sample's history a few minutes per step, then, once the sample
 * is built, tells the real time, so the returned dossier's own later entries are dated right.
 */
const scriptedClock = (fixed: (() => string) | undefined) => {
  let at = Date.now() - 5 * 60 * 60 * 1000
  let live = false
  return {
    now: (): string => fixed?.() ?? (live ? new Date() : new Date(at)).toISOString(),
    pass: (minutes: number): void => {
      at += minutes * 60 * 1000
    },
    goLive: (): void => {
      live = true
    },
  }
}

/**
 * The built-in sample: the invented Tamsk dam story, ingested, then worked on by two editors —
 * evidence, comments, decisions by both, and one claim they judged differently while apart, so
 * the app has a conflict to show.
 */
export const createSampleDossier = (
  doc: Y.Doc,
  signers: SampleSigners,
  options: SampleOptions = {},
): Dossier => {
  const { editor, colleague } = signers
  const clock = scriptedClock(options.now)
  const { dossier, claimIds, candidates } = ingestStory(
    doc,
    { text: SAMPLE_ARTICLE, format: 'text', language: 'en', story: 'Tamsk dam collapse' },
    editor,
    { now: clock.now },
  )
  /** The claim made from the sentence containing `words` (the sample's text is fixed). */
  const claim = (words: string): string => {
    const index = candidates.findIndex((candidate) => candidate.text.includes(words))
    if (index < 0) throw new Error(`the sample has no claim with "${words}"`)
    return claimIds[index]!
  }
  const firstToll = claim('At least 23 people were killed')
  const raisedToll = claim('raised the toll to 31')
  const finalToll = claim('revised the death toll down to 27')
  const inspection = claim('inspected in January and declared sound')
  const denial = claim('Our nearest unit was 40 kilometres')
  const missing = claim('12 people were still missing')
  const missingLowered = claim('seven people were still missing')
  const displaced = claim('about 9,000 people had been displaced')
  const imagery = claim('96 percent of capacity')
  const warnings = claim('warned Kestria about cracks')

  clock.pass(25)
  dossier.addEvidence(
    firstToll,
    {
      url: 'https://example.org/norpress/2024/03/12/tamsk-dam',
      title: 'Norpress dispatch, Tuesday 06:40',
      note: 'Archived copy of the first dispatch, which gives 23 dead.',
      stance: 'context',
    },
    editor,
  )
  clock.pass(9)
  dossier.decide(
    firstToll,
    {
      status: 'retracted',
      rationale:
        'Norpress itself raised the toll to 31 the same day; the first figure no longer stands.',
    },
    editor,
  )
  clock.pass(14)
  const hospital = dossier.addEvidence(
    raisedToll,
    {
      url: 'https://example.com/vell-regional-hospital/press/2024-03-13',
      title: 'Vell regional hospital: statement on flood victims',
      note: 'Lists 31 deaths confirmed by the hospital and 140 patients admitted.',
      stance: 'supports',
    },
    colleague,
  )
  clock.pass(6)
  dossier.decide(
    raisedToll,
    {
      status: 'confirmed',
      rationale: 'The hospital statement gives the same figure.',
      evidenceIds: [hospital],
    },
    colleague,
  )
  clock.pass(95)
  const register = dossier.addEvidence(
    finalToll,
    {
      url: 'https://example.org/vell-morgue/register-2024-03-15',
      title: 'Vell morgue register (copy obtained by the desk)',
      note: '27 names; four entries from the hospital list appear twice under different spellings.',
      stance: 'supports',
    },
    editor,
  )
  clock.pass(4)
  dossier.decide(
    finalToll,
    { status: 'confirmed', rationale: 'The register has 27 names.', evidenceIds: [register] },
    editor,
  )
  clock.pass(3)
  dossier.decide(
    raisedToll,
    {
      status: 'retracted',
      rationale: 'Superseded: four victims were counted twice; Norpress now gives 27.',
    },
    editor,
  )

  clock.pass(11)
  const letter = dossier.addEvidence(
    inspection,
    {
      url: 'https://example.org/sorvania-foreign-ministry/letters/2023-09-dam-safety',
      title: 'Sorvanian engineers’ letter on cracks in the Tamsk dam wall (2023)',
      note: 'Addressed to the Kestrian water authority; Kestria says it never received it.',
      stance: 'refutes',
    },
    colleague,
  )
  clock.pass(7)
  dossier.decide(
    inspection,
    {
      status: 'disputed',
      rationale: 'No inspection report has been published, and the 2023 letter describes cracks.',
      evidenceIds: [letter],
    },
    editor,
  )
  dossier.addComment(inspection, 'Asked the ministry for the January inspection report.', editor)
  clock.pass(2)
  dossier.addEvidence(
    warnings,
    {
      url: 'https://example.org/sorvania-foreign-ministry/letters/2023-09-dam-safety',
      title: 'Sorvanian engineers’ letter (2023)',
      stance: 'supports',
    },
    colleague,
  )

  clock.pass(18)
  dossier.decide(
    missingLowered,
    {
      status: 'confirmed',
      rationale: 'The governor’s office list names seven people; the two families were found.',
    },
    colleague,
  )
  clock.pass(2)
  dossier.decide(
    missing,
    { status: 'retracted', rationale: 'The governor lowered it to seven the same day.' },
    colleague,
  )

  clock.pass(12)
  const satellite = dossier.addEvidence(
    imagery,
    {
      url: 'https://example.com/imagery/orlova-reservoir/2024-02-20',
      title: 'Satellite image of the Orlova reservoir, 20 February',
      capturedAt: new Date(Date.UTC(2024, 1, 20, 9, 12)).toISOString(),
      note: 'Spillway gates visibly closed; the water line is close to the crest.',
      stance: 'supports',
    },
    colleague,
  )
  clock.pass(5)
  dossier.decide(
    imagery,
    {
      status: 'confirmed',
      rationale: 'The image shows the gates closed and the reservoir nearly full.',
      evidenceIds: [satellite],
    },
    colleague,
  )
  clock.pass(4)
  const question = dossier.addComment(
    imagery,
    'Can we get a second provider for the same date before we publish the 96 percent?',
    editor,
  )
  clock.pass(6)
  dossier.addComment(
    imagery,
    'Requested one; the gates are clear either way, the exact level is Riverwatch’s estimate.',
    colleague,
    question,
  )

  clock.pass(9)
  dossier.addComment(
    displaced,
    'The ministry’s own statement says 4,500 displaced. Asking OCHA how they counted.',
    editor,
  )
  dossier.editClaim(displaced, { assignee: colleague.name }, editor)

  // The two editors judge the movement's denial apart, each on their own replica, and only then
  // sync: neither decision supersedes the other, so the claim shows a conflict.
  clock.pass(20)
  const replica = new Y.Doc()
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc))
  const colleagueView = Dossier.open(replica, { now: clock.now })
  dossier.decide(
    denial,
    {
      status: 'disputed',
      rationale: 'Residents of Lower Tamsk describe fighters in the village, 12 km from the dam.',
    },
    editor,
  )
  clock.pass(1)
  colleagueView.decide(
    denial,
    {
      status: 'confirmed',
      rationale:
        'A geolocated video from Tuesday puts the movement’s unit at the Sary pass, 41 km away.',
    },
    colleague,
  )
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(replica, Y.encodeStateVector(doc)))
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(replica)))
  colleagueView.destroy()
  replica.destroy()

  clock.goLive()
  return dossier
}
