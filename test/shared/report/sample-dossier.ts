import * as Y from 'yjs'
import { Dossier } from '../../../src/shared/dossier'
import type { Decision } from '../../../src/shared/dossier'
import { createDeviceKey, signerFromKey } from '../../../src/shared/identity'

/**
 * A made-up story with every case a report must handle: a revised figure, a conflict made on two
 * replicas, a denial, an unverified claim, an edited and a lost quote, a removed claim, hostile
 * text everywhere a user can type, and a decision tampered with on a third replica.
 */
export const HOSTILE = {
  claim: '<script>alert(1)</script> [click](javascript:alert(1)) "onerror=alert(2) & **bold**',
  rationale: 'Looks fine <img src=x onerror=alert(3)> </script>',
  evidenceTitle: '<img src=x onerror=alert(4)>',
  evidenceUrl: 'javascript:alert(document.cookie)',
  quotedUrl: 'https://evidence.example/"onerror=alert(5)',
} as const

export const FORMULA_CLAIM = '=HYPERLINK("http://evil.example","click"), then\n"more"'

const SOURCE = [
  'Port Veyra, Saturday. At least 23 people were killed when shells struck the Kessel market, the interior ministry said.',
  'Its spokesperson, Col. Mara Voss, later told state television that the toll had risen to 31.',
  'The ministry blamed the Northern Alliance for the shelling.',
  'The Northern Alliance said its units had left the district a week earlier.',
  'Harbour Hospital said it had treated 58 wounded.',
  'A witness said the market had been closed since noon.',
].join(' ')

const span = (text: string): { start: number; end: number } => {
  const start = SOURCE.indexOf(text)
  if (start < 0) throw new Error(`sample source has no "${text}"`)
  return { start, end: start + text.length }
}

/** A clock that moves one minute per reading, shared by every replica so order is stable. */
const clock = (): (() => string) => {
  let minute = 0
  return () => new Date(Date.UTC(2025, 2, 3, 8, minute++)).toISOString()
}

export interface SampleDossier {
  /** The third replica, which holds the tampered decision: the one reports are made from. */
  readonly dossier: Dossier
  readonly ana: { name: string; key: string }
  readonly ben: { name: string; key: string }
  readonly ids: Readonly<Record<ClaimName, string>>
  readonly tampered: Decision
}

type ClaimName =
  | 'firstToll'
  | 'revisedToll'
  | 'blame'
  | 'denial'
  | 'wounded'
  | 'closed'
  | 'hostile'
  | 'formula'
  | 'removed'

export const buildSampleDossier = (options: { language?: string } = {}): SampleDossier => {
  const now = clock()
  const ana = signerFromKey(createDeviceKey('Ana Ruiz'))
  const ben = signerFromKey(createDeviceKey('Ben Okafor'))
  const docA = new Y.Doc()
  const a = Dossier.create(
    docA,
    {
      title: 'Shelling of Kessel market, Port Veyra',
      story: 'Casualty figures and blame after the market shelling',
      sourceText: SOURCE,
      ...(options.language === undefined ? {} : { language: options.language }),
    },
    { now },
  )
  const [firstToll, revisedToll, blame, denial, wounded, closed, hostile, formula, removed] =
    a.addClaims(
      [
        {
          text: 'At least 23 people were killed in the shelling of Kessel market',
          quote: span('At least 23 people were killed'),
          attribution: { who: 'Interior Ministry' },
          kind: 'figure',
          figures: [{ value: 23, unit: 'killed', raw: '23 killed' }],
        },
        {
          text: 'The death toll rose to 31',
          quote: span('the toll had risen to 31'),
          attribution: {
            who: 'Col. Mara Voss',
            role: 'interior ministry spokesperson',
            where: 'state television',
            when: '2025-03-01',
          },
          kind: 'figure',
          figures: [{ value: 31, unit: 'killed', raw: '31 killed' }],
        },
        {
          text: 'The Northern Alliance shelled the market',
          quote: span('The ministry blamed the Northern Alliance for the shelling.'),
          attribution: { who: 'Interior Ministry' },
          kind: 'blame',
        },
        {
          text: 'Northern Alliance units had left the district a week earlier',
          quote: span('its units had left the district a week earlier'),
          attribution: { who: 'Northern Alliance', where: 'https://alliance.example/statement' },
          kind: 'denial',
        },
        {
          text: 'Harbour Hospital treated 58 wounded',
          quote: span('treated 58 wounded'),
          attribution: { who: 'Harbour Hospital', when: 'Sunday morning' },
          kind: 'figure',
          figures: [{ value: 58, unit: 'wounded', raw: '58 wounded' }],
        },
        {
          text: 'The market had been closed since noon',
          quote: span('A witness said the market had been closed since noon.'),
          attribution: { who: 'unnamed witness' },
          kind: 'event',
        },
        {
          text: HOSTILE.claim,
          attribution: { who: '<b>Mallory</b>', role: '[admin](javascript:x)' },
          kind: 'statement',
        },
        {
          text: FORMULA_CLAIM,
          attribution: { who: '@channel', role: '+cmd|calc', where: '-2+3' },
          kind: 'figure',
          figures: [{ value: -12, raw: '-12' }],
        },
        { text: 'A claim entered by mistake', attribution: { who: 'nobody' }, kind: 'other' },
      ],
      ana,
    )
  const ids = { firstToll, revisedToll, blame, denial, wounded, closed, hostile, formula, removed }
  for (const [name, id] of Object.entries(ids))
    if (id === undefined) throw new Error(`claim ${name} was not created`)

  a.link(revisedToll!, firstToll!, 'revises', ana, 'ministry update')
  a.link(denial!, blame!, 'contradicts', ana)
  const list = a.addEvidence(
    revisedToll!,
    {
      title: 'Hospital admissions list, 2 March',
      url: 'https://hospital.example/lists/2025-03-02?ward=a&b=c',
      fileHash: `sha256:${'ab'.repeat(32)}`,
      capturedAt: '2025-03-02T18:00:00.000Z',
      note: 'Names of 31 dead, checked against the ministry list',
      stance: 'supports',
    },
    ana,
  )
  a.decide(
    revisedToll!,
    { status: 'confirmed', rationale: 'Matches hospital list', evidenceIds: [list] },
    ana,
  )
  a.decide(firstToll!, { status: 'retracted', rationale: 'Superseded by the revised toll' }, ana)
  a.addEvidence(
    denial!,
    { title: 'Satellite image, 25 February', stance: 'refutes', note: 'Vehicles still in place' },
    ben,
  )
  a.decide(denial!, { status: 'disputed', rationale: 'Imagery shows units there </script>' }, ben)
  a.addEvidence(
    hostile!,
    { title: HOSTILE.evidenceTitle, url: HOSTILE.evidenceUrl, stance: 'context' },
    ben,
  )
  a.addEvidence(hostile!, { title: 'Quoted page', url: HOSTILE.quotedUrl, stance: 'refutes' }, ben)
  const original = a.decide(hostile!, { status: 'disputed', rationale: HOSTILE.rationale }, ben)
  a.editClaim(removed!, { removed: true }, ana)

  // Two editors decide the blame claim differently while apart: a conflict once they sync.
  const docB = new Y.Doc()
  Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA))
  const b = Dossier.open(docB, { now })
  a.decide(blame!, { status: 'confirmed', rationale: 'Ministry showed shell fragments' }, ana)
  b.decide(blame!, { status: 'disputed', rationale: 'Fragments cannot be traced to a unit' }, ben)
  Y.applyUpdate(docA, Y.encodeStateAsUpdate(docB))
  Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA))

  // Source corrections: one inside a quoted passage (edited), one deleting a quote (lost).
  a.editSource(SOURCE.indexOf('58'), 2, '85')
  const lost = span('A witness said the market had been closed since noon.')
  a.editSource(lost.start - 1, lost.end - lost.start + 1)

  // A third replica receives everything, then someone rewrites a decision keeping its signature.
  const docC = new Y.Doc()
  Y.applyUpdate(docC, Y.encodeStateAsUpdate(docA))
  const tampered: Decision = {
    ...original,
    id: 'd_tampered0001',
    status: 'confirmed',
    supersedes: [original.id],
    at: '2025-03-03T09:00:00.000Z',
  }
  docC.getArray('decisions').push([tampered])
  const dossier = Dossier.open(docC)
  return {
    dossier,
    ana: { name: ana.name, key: ana.publicKey },
    ben: { name: ben.name, key: ben.publicKey },
    ids: ids as Record<ClaimName, string>,
    tampered,
  }
}
