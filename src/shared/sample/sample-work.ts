import * as Y from 'yjs'
import { Dossier } from '../dossier'
import type { SampleClaims } from './sample-claims'
import type { SampleClock } from './sample-clock'
import type { SampleSigners } from './sample-signers'

/** Invented file hashes: what the desk records of the copies it keeps. */
const HASH = {
  admissions: 'sha256:741795be82703ccd7e4e799ba7d744a55b05f8d44b28ecc1e7c915b501a2b5d0',
  inspection: 'sha256:7a34addb7396b980ba3779e0f1f910c92d52d18fd593e186056ae65f5a8f76dd',
  doorPhoto: 'sha256:41f87997d8f79414232f99f0838d43566576d9f15dea92338556c96562f93285',
  pressureTest: 'sha256:b4df73cf1179897a270240b0395eacc352abf558f4dfb9aca944925ee35d5986',
}

/** Saturday night to Sunday evening: the first counts, the documents, the first decisions. */
export const firstNight = (
  dossier: Dossier,
  claims: SampleClaims,
  { editor, colleague }: SampleSigners,
  clock: SampleClock,
): void => {
  clock.pass(20)
  dossier.addEvidence(
    claims.firstCount,
    {
      url: 'https://example.org/harland-fire-rescue/incidents/2025-10-11-brennock',
      title: 'Harland Fire and Rescue incident page, Saturday 23:40',
      note: 'Archived copy of the first bulletin, which gives eleven taken to hospital.',
      stance: 'context',
    },
    editor,
  )
  clock.pass(8)
  dossier.decide(
    claims.firstCount,
    {
      status: 'retracted',
      rationale: 'Harland Fire and Rescue raised its own count to 19 the same night.',
    },
    editor,
  )
  clock.pass(15)
  const hospitalLine = dossier.addEvidence(
    claims.raisedCount,
    {
      url: 'https://example.com/brennock-general/press/2025-10-12',
      title: 'Brennock General Hospital: statement on the market fire',
      note: 'Gives 19 patients admitted from the fire, none in a critical condition.',
      stance: 'supports',
    },
    colleague,
  )
  clock.pass(6)
  dossier.decide(
    claims.raisedCount,
    {
      status: 'confirmed',
      rationale: 'The hospital statement gives the same figure.',
      evidenceIds: [hospitalLine],
    },
    colleague,
  )

  clock.pass(25)
  const report = dossier.addEvidence(
    claims.inspection,
    {
      url: 'https://example.org/brennock-courier/documents/cold-store-inspection-2023',
      title: 'Cold store safety inspection, Harland County, May 2023',
      fileHash: HASH.inspection,
      note: 'The Courier’s copy, page 4: “sprinklers out of service, awaiting parts”.',
      stance: 'supports',
    },
    colleague,
  )
  clock.pass(5)
  dossier.decide(
    claims.inspection,
    {
      status: 'confirmed',
      rationale: 'The report’s page 4 has the quoted words; the county confirmed it is theirs.',
      evidenceIds: [report],
    },
    colleague,
  )
  clock.pass(3)
  // Who made this claim is a document, which ingest could not name: the editor says so.
  dossier.editClaim(
    claims.inspection,
    {
      attribution: {
        who: 'Harland County safety inspection report',
        role: 'document obtained by the Brennock Courier',
        where: 'Brennock fish market cold store',
        when: 'May 2023',
      },
      tags: ['candidate', 'documents', 'sprinklers'],
    },
    editor,
  )

  clock.pass(18)
  const doorPhoto = dossier.addEvidence(
    claims.spokesman,
    {
      url: 'https://example.org/quayside-workers-union/photos/2025-10-11-door',
      title: 'Union photo of a chained fire door, Saturday 22:15',
      capturedAt: new Date(Date.UTC(2025, 9, 11, 21, 15)).toISOString(),
      fileHash: HASH.doorPhoto,
      note: 'Timestamped before the fire was reported; the shed number is painted on the door.',
      stance: 'refutes',
    },
    editor,
  )
  clock.pass(4)
  dossier.decide(
    claims.spokesman,
    {
      status: 'disputed',
      rationale: 'A union photo taken before the fire shows a chained door.',
      evidenceIds: [doorPhoto],
    },
    editor,
  )
  dossier.link(claims.spokesman, claims.chainedDoors, 'contradicts', editor)
  dossier.link(claims.companyDenial, claims.spokesman, 'same-as', editor, 'The same denial')
  clock.pass(2)
  dossier.editClaim(
    claims.chainedDoors,
    { tags: ['candidate', 'fire-doors'], assignee: colleague.name },
    editor,
  )
  dossier.addComment(
    claims.chainedDoors,
    'Asked Harland Fire and Rescue for the crew’s notes on the doors.',
    colleague,
  )
}

/** Monday: the third count, a correction and a withdrawal in the source, the conflict. */
export const nextDay = (
  dossier: Dossier,
  claims: SampleClaims,
  signers: SampleSigners,
  clock: SampleClock,
): void => {
  const { editor, colleague } = signers
  clock.pass(60)
  const admissions = dossier.addEvidence(
    claims.finalCount,
    {
      url: 'https://example.com/brennock-general/admissions/2025-10-13',
      title: 'Brennock General admissions list (copy obtained by the desk)',
      fileHash: HASH.admissions,
      note: '17 names; two appear twice, once from each ambulance crew.',
      stance: 'supports',
    },
    editor,
  )
  clock.pass(4)
  dossier.decide(
    claims.finalCount,
    { status: 'confirmed', rationale: 'The list has 17 names.', evidenceIds: [admissions] },
    editor,
  )
  clock.pass(3)
  dossier.decide(
    claims.raisedCount,
    {
      status: 'retracted',
      rationale: 'Superseded: two patients were counted twice; the service now gives 17.',
    },
    editor,
  )
  for (const id of [claims.firstCount, claims.raisedCount, claims.finalCount, claims.death])
    dossier.editClaim(id, { tags: ['candidate', 'casualties'] }, editor)

  // The fire service corrected the shed's number; the editor corrects the source to match.
  clock.pass(12)
  const shed = dossier.sourceText().indexOf('in Shed 4,') + 'in Shed '.length
  dossier.editSource(shed, 1, '6')
  dossier.addEvidence(
    claims.shed,
    {
      url: 'https://example.org/harland-fire-rescue/incidents/2025-10-11-brennock#update-2',
      title: 'Harland Fire and Rescue correction, Monday 09:10',
      note: 'The fire started in Shed 6, not Shed 4; the source is corrected to match.',
      stance: 'context',
    },
    editor,
  )
  dossier.editClaim(claims.shed, { assignee: editor.name }, editor)

  // The Courier withdrew Pieter Lund's paragraph: the editor deletes it from the source.
  clock.pass(9)
  const hospitalNote = dossier.addEvidence(
    claims.death,
    {
      url: 'https://example.com/brennock-general/press/2025-10-12#update',
      title: 'Brennock General Hospital: all patients alive',
      note: 'Sunday 10:00: no patient from the fire has died.',
      stance: 'refutes',
    },
    colleague,
  )
  clock.pass(3)
  dossier.decide(
    claims.death,
    {
      status: 'retracted',
      rationale: 'The Courier withdrew the paragraph; the hospital says no patient has died.',
      evidenceIds: [hospitalNote],
    },
    colleague,
  )
  const text = dossier.sourceText()
  const withdrawn = text.indexOf('Pieter Lund, a trader')
  dossier.editSource(withdrawn, text.indexOf('\n\n', withdrawn) + 2 - withdrawn)

  clock.pass(14)
  dossier.link(claims.union, claims.chainedDoors, 'supports', colleague)
  dossier.editClaim(
    claims.union,
    { tags: ['candidate', 'fire-doors'], assignee: colleague.name },
    editor,
  )
  clock.pass(3)
  const question = dossier.addComment(
    claims.union,
    'Do we have the four complaints in writing, or only the union’s word?',
    editor,
  )
  clock.pass(7)
  dossier.addComment(
    claims.union,
    'Two are emails to the harbour company; the union is looking for the other two.',
    colleague,
    question,
  )

  // The mayor's sentence holds two claims: the desk words one and quotes the other.
  clock.pass(10)
  dossier.editClaim(
    claims.traders,
    {
      text: 'Editor’s paraphrase: Mayor Ilse Brandt says 40 traders lost their entire stock.',
      tags: ['candidate', 'traders'],
    },
    editor,
  )
  const fund = 'the council would open an emergency fund'
  const fundAt = dossier.sourceText().indexOf(fund)
  dossier.addClaim(
    {
      text: fund,
      quote: { start: fundAt, end: fundAt + fund.length },
      attribution: { who: 'Ilse Brandt', role: 'Mayor', when: 'Sunday' },
      kind: 'statement',
      tags: ['traders'],
    },
    editor,
  )

  conflictOnRepair(dossier, claims, signers, clock)
}

/**
 * The two editors judge the company's repair claim apart, each on their own replica, and only
 * then sync: neither decision supersedes the other, so the claim shows a conflict.
 */
const conflictOnRepair = (
  dossier: Dossier,
  claims: SampleClaims,
  { editor, colleague }: SampleSigners,
  clock: SampleClock,
): void => {
  const doc = dossier.doc
  clock.pass(16)
  const certificate = dossier.addEvidence(
    claims.repaired,
    {
      url: 'https://example.org/calder-fire-systems/certificates/bfm-2025-08',
      title: 'Calder Fire Systems pressure-test certificate, August 2025',
      fileHash: HASH.pressureTest,
      note: 'Signed and dated 14 August; sent by the harbour company on request.',
      stance: 'supports',
    },
    colleague,
  )
  dossier.editClaim(claims.repaired, { tags: ['candidate', 'sprinklers'] }, editor)
  const replica = new Y.Doc()
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc))
  const colleagueView = Dossier.open(replica, { now: clock.now })
  clock.pass(2)
  dossier.decide(
    claims.repaired,
    {
      status: 'disputed',
      rationale:
        'No invoice for a March repair, and the 2023 report lists the sprinklers out of service.',
    },
    editor,
  )
  clock.pass(1)
  colleagueView.decide(
    claims.repaired,
    {
      status: 'confirmed',
      rationale: 'The August pressure-test certificate is signed and dated by the contractor.',
      evidenceIds: [certificate],
    },
    colleague,
  )
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(replica, Y.encodeStateVector(doc)))
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(replica)))
  colleagueView.destroy()
  replica.destroy()
}
