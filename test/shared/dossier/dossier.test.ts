import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  Dossier,
  DossierInputError,
  NotADossierError,
  SCHEMA_VERSION,
  findClaim,
} from '../../../src/shared/dossier'
import {
  SOURCE,
  alice,
  bob,
  carol,
  newDossier,
  replicaOf,
  span,
  syncBoth,
} from '../../support/dossier-fixtures'

const claimOf = (dossier: Dossier, text = '23 people missing') =>
  dossier.addClaim(
    {
      text,
      quote: span(SOURCE, '23 people were missing'),
      attribution: { who: 'River authority', role: 'operator' },
      kind: 'figure',
      figures: [{ value: 23, raw: '23 people' }],
    },
    alice,
  )

describe('Dossier', () => {
  it('creates a dossier with metadata, source text and schema version', () => {
    const dossier = newDossier()
    expect(dossier.meta()).toMatchObject({
      title: 'Dam failure',
      story: 'Upper valley',
      language: 'en',
      direction: 'ltr',
      schema: SCHEMA_VERSION,
    })
    expect(dossier.sourceText()).toBe(SOURCE)
    expect(dossier.id).toMatch(/^m_/)
  })

  it('sets right-to-left direction from the language', () => {
    const dossier = Dossier.create(new Y.Doc(), { title: 'x', language: 'ar', sourceText: 'نص' })
    expect(dossier.meta().direction).toBe('rtl')
  })

  it('refuses to open a document that is not a dossier', () => {
    expect(() => Dossier.open(new Y.Doc())).toThrow(NotADossierError)
  })

  it('opens a dossier whose schema is past this app’s, unmigrated, and says so', () => {
    const doc = new Y.Doc()
    doc.getMap('meta').set('schema', SCHEMA_VERSION + 1)
    const dossier = Dossier.open(doc)
    expect(doc.getMap('meta').get('schema')).toBe(SCHEMA_VERSION + 1)
    expect(dossier.integrity()).toContainEqual(
      expect.objectContaining({ collection: 'meta', id: 'schema' }),
    )
  })

  it('migrates a schema 1 dossier by deriving its text direction', () => {
    const doc = new Y.Doc()
    const meta = doc.getMap('meta')
    meta.set('schema', 1)
    meta.set('id', 'm_old0000001')
    meta.set('title', 'Old')
    meta.set('language', 'he')
    meta.set('created', '2025-01-01T00:00:00.000Z')
    const dossier = Dossier.open(doc)
    expect(dossier.meta()).toMatchObject({ schema: SCHEMA_VERSION, direction: 'rtl', title: 'Old' })
    // Migrating again (another replica doing the same concurrently) changes nothing.
    const again = new Y.Doc()
    Y.applyUpdate(again, Y.encodeStateAsUpdate(doc))
    expect(Dossier.open(again).meta()).toEqual(dossier.meta())
  })

  it('adds claims with attribution, figures and an anchored quote', () => {
    const dossier = newDossier()
    const id = claimOf(dossier)
    const claim = dossier.claim(id)!
    expect(claim).toMatchObject({
      index: 0,
      text: '23 people missing',
      kind: 'figure',
      label: 'unverified',
      attribution: { who: 'River authority' },
      createdBy: alice.publicKey,
    })
    expect(dossier.quote(id)).toMatchObject({ state: 'intact', current: '23 people were missing' })
    expect(dossier.counts()).toMatchObject({ unverified: 1, conflict: 0 })
  })

  it('rejects invalid input with a message an editor can act on', () => {
    const dossier = newDossier()
    expect(() =>
      dossier.addClaim({ text: '', attribution: { who: '' }, kind: 'figure' }, alice),
    ).toThrow(DossierInputError)
    expect(() =>
      dossier.decide('c_nosuchclaim', { status: 'confirmed', rationale: '' }, alice),
    ).toThrow(/no claim c_nosuchclaim/)
    const id = claimOf(dossier)
    expect(() => dossier.decide(id, { status: 'true' as never, rationale: '' }, alice)).toThrow(
      /unknown status "true"/,
    )
    expect(() =>
      dossier.decide(
        id,
        { status: 'confirmed', rationale: '', evidenceIds: ['e_unknown0001'] },
        alice,
      ),
    ).toThrow(/does not belong/)
    expect(() => dossier.link(id, id, 'revises', alice)).toThrow(/itself/)
    expect(() => dossier.editSource(0, SOURCE.length + 1)).toThrow(/outside the source text/)
    expect(() => dossier.editClaim(id, { kind: 'gossip' as never }, alice)).toThrow(/invalid kind/)
  })

  it('edits claim fields last-writer-wins, leaving the original record intact', () => {
    const dossier = newDossier()
    const id = claimOf(dossier)
    dossier.editClaim(
      id,
      { text: '23 residents missing', assignee: 'Bob', tags: ['casualties'] },
      alice,
    )
    expect(dossier.claim(id)).toMatchObject({
      text: '23 residents missing',
      assignee: 'Bob',
      tags: ['casualties'],
    })
    expect(dossier.claimRecord(id)!.text).toBe('23 people missing')
    dossier.editClaim(id, { removed: true }, alice)
    expect(dossier.activeClaims()).toHaveLength(0)
    expect(dossier.counts().unverified).toBe(0)
  })

  it('records decisions as a signed log and derives the status from its heads', () => {
    const dossier = newDossier()
    const id = claimOf(dossier)
    const evidence = dossier.addEvidence(
      id,
      { title: 'Authority bulletin', url: 'https://example.org/bulletin', stance: 'supports' },
      alice,
    )
    const first = dossier.decide(id, { status: 'disputed', rationale: 'Only one source' }, alice)
    const second = dossier.decide(
      id,
      { status: 'confirmed', rationale: 'Bulletin confirms', evidenceIds: [evidence] },
      bob,
    )
    expect(second.supersedes).toEqual([first.id])
    expect(dossier.claim(id)).toMatchObject({
      label: 'confirmed',
      decisionCount: 2,
      evidenceCount: 1,
    })
    expect(dossier.decisions(id).map((d) => d.status)).toEqual(['disputed', 'confirmed'])
    expect(dossier.decisions(id).map((d) => dossier.verification(d))).toEqual(['signed', 'signed'])
    expect(dossier.authorName(bob.publicKey)).toBe('Bob Okafor')
  })

  it('shows a conflict naming both decisions made offline, until one supersedes both', () => {
    const a = newDossier()
    const id = claimOf(a)
    const b = replicaOf(a)
    const fromA = a.decide(id, { status: 'confirmed', rationale: 'Two hospitals confirm' }, alice)
    const fromB = b.decide(
      id,
      { status: 'disputed', rationale: 'Monitor gives a lower figure' },
      bob,
    )
    syncBoth(a, b)
    for (const replica of [a, b]) {
      const claim = replica.claim(id)!
      expect(claim.label).toBe('conflict')
      expect(claim.state.heads.map((head) => head.id).sort()).toEqual([fromA.id, fromB.id].sort())
      expect(replica.conflicts().map((c) => c.id)).toEqual([id])
      expect(replica.counts().conflict).toBe(1)
    }
    const resolution = b.decide(id, { status: 'disputed', rationale: 'Agreed after call' }, carol)
    expect([...resolution.supersedes].sort()).toEqual([fromA.id, fromB.id].sort())
    syncBoth(a, b)
    expect(a.claim(id)!.label).toBe('disputed')
    expect(a.decisions(id)).toHaveLength(3)
  })

  it('marks a tampered decision and an unsigned one', () => {
    const dossier = newDossier()
    const id = claimOf(dossier)
    const honest = dossier.decide(id, { status: 'disputed', rationale: 'Unclear' }, alice)
    const decisions = dossier.doc.getArray('decisions')
    decisions.push([{ ...honest, id: 'd_tampered0001', status: 'confirmed' }])
    const { sig: _sig, ...unsigned } = honest
    decisions.push([{ ...unsigned, id: 'd_unsigned0001' }])
    const byId = new Map(
      dossier
        .timeline(id)
        .flatMap((item) =>
          item.kind === 'decision' ? [[item.decision.id, item.verification]] : [],
        ),
    )
    expect(byId.get(honest.id)).toBe('signed')
    expect(byId.get('d_tampered0001')).toBe('tampered')
    expect(byId.get('d_unsigned0001')).toBe('unsigned')
  })

  it('keeps evidence, comments and links on the claim timeline in time order', () => {
    const dossier = newDossier()
    const first = claimOf(dossier)
    const revised = dossier.addClaim(
      {
        text: '31 missing',
        quote: span(SOURCE, 'raised the figure to 31'),
        attribution: { who: 'provincial official' },
        kind: 'figure',
      },
      bob,
    )
    dossier.link(revised, first, 'revises', bob, 'raised from 23')
    dossier.addComment(first, 'Check the hospital lists', alice)
    dossier.addEvidence(
      first,
      { title: 'Photo', fileHash: `sha256:${'0'.repeat(64)}`, stance: 'context' },
      bob,
    )
    expect(dossier.timeline(first).map((item) => item.kind)).toEqual([
      'created',
      'link',
      'comment',
      'evidence',
    ])
    expect(dossier.claim(first)!.links).toEqual([
      expect.objectContaining({ type: 'revises', direction: 'in', other: revised }),
    ])
    expect(dossier.claim(revised)!.links).toEqual([
      expect.objectContaining({
        type: 'revises',
        direction: 'out',
        other: first,
        note: 'raised from 23',
      }),
    ])
  })
})

describe('views', () => {
  it('update incrementally: an untouched claim keeps its view object', () => {
    const dossier = newDossier()
    const a = claimOf(dossier, 'first')
    const b = claimOf(dossier, 'second')
    const before = dossier.claim(a)
    const changes: string[][] = []
    dossier.onChange((change) => changes.push([...change.claims]))
    dossier.decide(b, { status: 'confirmed', rationale: 'ok' }, alice)
    expect(dossier.claim(a)).toBe(before)
    expect(dossier.claim(b)!.label).toBe('confirmed')
    expect(changes).toEqual([[b]])
  })

  it('count a listing without the views as the views count: conflicts in, removed claims out', () => {
    const a = newDossier()
    const ids = ['a', 'b', 'c', 'd'].map((text) => claimOf(a, text))
    const b = replicaOf(a)
    a.decide(ids[0]!, { status: 'confirmed', rationale: 'x' }, alice)
    b.decide(ids[0]!, { status: 'disputed', rationale: 'y' }, bob)
    a.decide(ids[1]!, { status: 'retracted', rationale: 'x' }, alice)
    a.editClaim(ids[2]!, { removed: true }, alice)
    syncBoth(a, b)
    const listing = replicaOf(a)
    expect(listing.countsWithoutViews()).toEqual({
      unverified: 1,
      confirmed: 0,
      disputed: 0,
      retracted: 1,
      conflict: 1,
    })
    expect(listing.countsWithoutViews()).toEqual(a.counts())
  })

  it('keep counts right change by change, as a fresh derivation would', () => {
    const dossier = newDossier()
    const ids = ['a', 'b', 'c'].map((text) => claimOf(dossier, text))
    expect(dossier.counts()).toMatchObject({ unverified: 3 })
    dossier.decide(ids[0]!, { status: 'confirmed', rationale: 'x' }, alice)
    dossier.decide(ids[1]!, { status: 'disputed', rationale: 'x' }, alice)
    dossier.editClaim(ids[2]!, { removed: true }, alice)
    dossier.decide(ids[0]!, { status: 'retracted', rationale: 'x' }, bob)
    const list = dossier.claims()
    expect(dossier.counts()).toEqual({
      unverified: 0,
      confirmed: 0,
      disputed: 1,
      retracted: 1,
      conflict: 0,
    })
    dossier.editClaim(ids[2]!, { removed: false }, alice)
    expect(dossier.counts()).toEqual({
      unverified: 1,
      confirmed: 0,
      disputed: 1,
      retracted: 1,
      conflict: 0,
    })
    expect(dossier.claims()).not.toBe(list)
    expect(dossier.claims()[1]).toBe(list[1])
    expect(replicaOf(dossier).counts()).toEqual(dossier.counts())
  })

  it('report changes that arrive from another replica', () => {
    const a = newDossier()
    const id = claimOf(a)
    const b = replicaOf(a)
    const seen: string[] = []
    b.onChange((change) => seen.push(...change.claims))
    a.decide(id, { status: 'retracted', rationale: 'Authority withdrew it' }, alice)
    syncBoth(a, b)
    expect(seen).toEqual([id])
    expect(b.claim(id)!.label).toBe('retracted')
  })
})

describe('claim order', () => {
  it('is the same on every replica when claims are added concurrently', () => {
    const a = newDossier()
    claimOf(a, 'shared first')
    const b = replicaOf(a)
    const fromA = ['a1', 'a2'].map((text) => claimOf(a, text))
    const fromB = ['b1', 'b2', 'b3'].map((text) => claimOf(b, text))
    syncBoth(a, b)
    const ids = a.claims().map((claim) => claim.id)
    expect(b.claims().map((claim) => claim.id)).toEqual(ids)
    expect(ids).toEqual(expect.arrayContaining([...fromA, ...fromB]))
    for (const [index, id] of ids.entries()) {
      expect(a.claim(id)!.index).toBe(index)
      expect(b.claim(id)!.index).toBe(index)
      expect(findClaim(a, String(index + 1))).toMatchObject({ id })
    }
  })

  it('drops a deleted claim entry and renumbers the rest', () => {
    const a = newDossier()
    const first = claimOf(a, 'first')
    const second = claimOf(a, 'second')
    a.doc.getArray('claims').delete(0, 1)
    expect(a.claims().map((claim) => claim.id)).toEqual([second])
    expect(a.claim(first)).toBeUndefined()
    expect(a.claim(second)!.index).toBe(0)
  })
})

describe('data from other replicas', () => {
  it('is quarantined when it breaks the schema, never shown and never thrown', () => {
    const dossier = newDossier()
    const id = claimOf(dossier)
    dossier.doc
      .getArray('decisions')
      .push([{ id: 'd_bad0000001', claimId: id, status: 'true' }, 42, null, 'text'])
    dossier.doc.getArray('claims').push([{ id: 'c_bad0000001', text: 7 }])
    dossier.doc
      .getMap('claimEdits')
      .set(`${id}/kind`, { value: 'gossip', by: alice.publicKey, at: '2026-11-01T00:00:00.000Z' })
    dossier.doc
      .getMap('claimEdits')
      .set(`${id}/owner`, { value: 'x', by: alice.publicKey, at: '2026-11-01T00:00:00.000Z' })
    dossier.doc.getArray('authors').push([
      {
        key: bob.publicKey,
        name: 'Forged',
        at: '2026-11-01T00:00:00.000Z',
        sig: '0'.repeat(128),
      },
    ])
    dossier.doc.getMap('meta').set('title', { nasty: true })
    expect(dossier.claims().map((claim) => claim.id)).toEqual([id])
    expect(dossier.claim(id)!).toMatchObject({ label: 'unverified', kind: 'figure' })
    expect(dossier.meta().title).toBe('Untitled dossier')
    expect(dossier.authorName(bob.publicKey)).toBeNull()
    const reasons = dossier.quarantine().map((item) => `${item.collection}:${item.id ?? '-'}`)
    expect(reasons).toEqual(
      expect.arrayContaining([
        'decisions:d_bad0000001',
        'decisions:-',
        'claims:c_bad0000001',
        `claimEdits:${id}/kind`,
        `claimEdits:${id}/owner`,
        'authors:-',
      ]),
    )
  })

  it('picks the same entry on every replica when two reuse one id, whatever the arrival order', () => {
    const a = newDossier()
    const id = claimOf(a)
    const b = replicaOf(a)
    const base = a.decide(id, { status: 'confirmed', rationale: 'x' }, alice)
    const rival = { ...base, rationale: 'a different entry under the same id' }
    syncBoth(a, b)
    const c = replicaOf(a)
    b.doc.getArray('decisions').push([rival])
    const d = replicaOf(b)
    // `d` saw both from the start; `c` gets the rival later.
    Y.applyUpdate(c.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(c.doc)))
    expect(c.decisions(id)).toEqual(d.decisions(id))
    expect(c.decisions(id)).toHaveLength(1)
    expect(c.quarantine()).toEqual([
      expect.objectContaining({ collection: 'decisions', id: base.id }),
    ])
  })

  it('counts an entry delivered twice once', () => {
    const a = newDossier()
    const id = claimOf(a)
    const decision = a.decide(id, { status: 'confirmed', rationale: 'x' }, alice)
    a.doc.getArray('decisions').push([decision])
    expect(a.decisions(id)).toHaveLength(1)
    expect(a.quarantine()).toEqual([])
  })

  it('names a decision erased in this copy: its content is gone, the erasure is not hidden', () => {
    const a = newDossier()
    const id = claimOf(a)
    a.decide(id, { status: 'confirmed', rationale: 'x' }, alice)
    // What a replica that predates the update guard may hold; no replica lets this in any more.
    a.doc.getArray('decisions').delete(0, 1)
    expect(a.claim(id)!.label).toBe('unverified')
    expect(a.quarantine()).toEqual([
      expect.objectContaining({
        collection: 'decisions',
        reason: expect.stringMatching(/^1 decisions entry was erased by another copy/),
      }),
    ])
  })
})
