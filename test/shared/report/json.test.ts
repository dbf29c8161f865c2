import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  DossierFileError,
  fromJson,
  parseDossierJson,
  toJson,
  toJsonObject,
} from '../../../src/shared/report/json'
import {
  SOURCE,
  alice,
  bob,
  newDossier,
  replicaOf,
  span,
  syncBoth,
} from '../../support/dossier-fixtures'

const richDossier = () => {
  const dossier = newDossier()
  const first = dossier.addClaim(
    {
      text: '23 missing',
      quote: span(SOURCE, '23 people were missing'),
      attribution: { who: 'River authority', when: 'Tuesday' },
      kind: 'figure',
      figures: [{ value: 23, raw: '23' }],
      tags: ['toll'],
    },
    alice,
  )
  const second = dossier.addClaim(
    {
      text: '31 missing',
      quote: span(SOURCE, 'raised the figure to 31'),
      attribution: { who: 'Provincial official' },
      kind: 'figure',
    },
    alice,
  )
  const third = dossier.addClaim(
    {
      text: 'Operator denies fault',
      quote: span(SOURCE, 'The operator denied any fault'),
      attribution: { who: 'Operator' },
      kind: 'denial',
    },
    bob,
  )
  dossier.link(second, first, 'revises', alice)
  const evidence = dossier.addEvidence(
    first,
    { title: 'Bulletin', url: 'https://example.org/b', stance: 'supports', note: 'p. 2' },
    bob,
  )
  dossier.decide(
    first,
    { status: 'confirmed', rationale: 'Bulletin', evidenceIds: [evidence] },
    alice,
  )
  dossier.addComment(second, 'Waiting for the morgue list', bob)
  dossier.editClaim(third, { assignee: 'Bob' }, alice)
  const other = replicaOf(dossier)
  dossier.decide(second, { status: 'confirmed', rationale: 'a' }, alice)
  other.decide(second, { status: 'disputed', rationale: 'b' }, bob)
  syncBoth(dossier, other)
  // Lose the third claim's quote: its words are deleted from the source.
  const at = dossier.sourceText().indexOf('The operator denied any fault')
  dossier.editSource(at, 'The operator denied any fault'.length)
  return { dossier, first, second, third }
}

describe('JSON export', () => {
  it('re-imports losslessly: same entries, same derived state, signatures still valid', () => {
    const { dossier, first, second, third } = richDossier()
    const text = toJson(dossier)
    const copy = fromJson(new Y.Doc(), parseDossierJson(text))
    const normalise = (json: ReturnType<typeof toJsonObject>) => ({ ...json, exportedAt: '' })
    expect(normalise(toJsonObject(copy))).toEqual(normalise(toJsonObject(dossier)))
    expect(copy.claim(second)!.label).toBe('conflict')
    expect(copy.claim(first)!.label).toBe('confirmed')
    expect(copy.claim(third)!.assignee).toBe('Bob')
    expect(copy.quote(first)).toEqual(dossier.quote(first))
    expect(copy.quote(third).state).toBe('lost')
    expect(copy.decisions(first).map((d) => copy.verification(d))).toEqual(['signed'])
    expect(copy.authorName(bob.publicKey)).toBe('Bob Okafor')
    expect(copy.claim(second)!.links).toEqual(dossier.claim(second)!.links)
  })

  it('can give the copy a new id', () => {
    const { dossier } = richDossier()
    const copy = fromJson(new Y.Doc(), parseDossierJson(toJson(dossier)), { id: 'm_copy00000001' })
    expect(copy.id).toBe('m_copy00000001')
  })

  it.each([
    ['not JSON', '{oops', /not JSON/],
    ['another kind of JSON', '{"hello": 1}', /not a Verification Desk dossier export/],
    [
      'a newer export',
      '{"format": "verification-desk.dossier+json", "version": 9}',
      /newer Verification Desk/,
    ],
    [
      'a damaged export',
      '{"format": "verification-desk.dossier+json", "version": 1, "claims": 3}',
      /damaged dossier export/,
    ],
  ])('rejects %s with a clear error', (_name, text, message) => {
    expect(() => parseDossierJson(text)).toThrow(DossierFileError)
    expect(() => parseDossierJson(text)).toThrow(message)
  })

  it('rejects an entry that breaks the schema', () => {
    const { dossier } = richDossier()
    const json = toJsonObject(dossier)
    const broken = { ...json, decisions: [{ ...json.decisions[0], status: 'true' }] }
    expect(() => parseDossierJson(JSON.stringify(broken))).toThrow(/decisions.0.status/)
  })

  it('rejects a quote outside the source text', () => {
    const { dossier } = richDossier()
    const json = toJsonObject(dossier)
    const claims = json.claims.map((claim, i) =>
      i === 0 ? { ...claim, quote: { text: 'x', start: 0, end: 99999 } } : claim,
    )
    expect(() =>
      fromJson(new Y.Doc(), parseDossierJson(JSON.stringify({ ...json, claims }))),
    ).toThrow(/outside the source text/)
  })
})
