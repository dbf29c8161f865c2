import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Dossier, SCHEMA_VERSION, guardUpdate } from '../../../src/shared/dossier'
import type { Dossier as DossierType } from '../../../src/shared/dossier'
import {
  SOURCE,
  alice,
  bob,
  newDossier,
  replicaOf,
  span,
  tickingClock,
} from '../../support/dossier-fixtures'

/** What `change` does to a replica of `dossier`, as the update that replica would send. */
const updateFrom = (from: DossierType | Y.Doc, change: (doc: Y.Doc) => void): Uint8Array => {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(from instanceof Y.Doc ? from : from.doc))
  const before = Y.encodeStateVector(doc)
  change(doc)
  return Y.encodeStateAsUpdate(doc, before)
}

const decided = (): { dossier: DossierType; claimId: string } => {
  const dossier = newDossier()
  const claimId = dossier.addClaim(
    {
      text: '23 people missing',
      quote: span(SOURCE, '23 people were missing'),
      attribution: { who: 'River authority' },
      kind: 'figure',
    },
    alice,
  )
  dossier.decide(claimId, { status: 'confirmed', rationale: 'Checked with the authority' }, alice)
  dossier.addEvidence(claimId, { title: 'Statement', stance: 'supports' }, alice)
  dossier.addComment(claimId, 'Call them again tomorrow', bob)
  return { dossier, claimId }
}

describe('guardUpdate: what our own API writes passes', () => {
  it('passes every honest change made through the Dossier API', () => {
    const { dossier, claimId } = decided()
    const other = replicaOf(dossier, { now: tickingClock(Date.UTC(2026, 10, 2)) })
    const before = Y.encodeStateVector(other.doc)
    other.decide(claimId, { status: 'disputed', rationale: 'A second source disagrees' }, bob)
    other.editClaim(claimId, { text: '31 people missing', assignee: 'Bob' }, bob)
    other.editClaim(claimId, { text: '30 people missing' }, bob)
    other.editSource(0, 3, 'A')
    other.setTitle('Dam failure, day two', 'Upper valley')
    const second = other.addClaim(
      { text: 'Operator denied', attribution: { who: 'Operator' }, kind: 'denial' },
      bob,
    )
    other.link(second, claimId, 'contradicts', bob)
    const update = Y.encodeStateAsUpdate(other.doc, before)
    expect(guardUpdate(dossier.doc, update)).toEqual({ ok: true })
  })

  it('passes a whole dossier sent to an empty document, and a resync of what is already there', () => {
    const { dossier } = decided()
    const full = Y.encodeStateAsUpdate(dossier.doc)
    expect(guardUpdate(new Y.Doc(), full)).toEqual({ ok: true })
    expect(guardUpdate(dossier.doc, full)).toEqual({ ok: true })
  })

  it('passes a migration from an older schema, and two replicas migrating at once', () => {
    const old = new Y.Doc()
    const meta = old.getMap('meta')
    old.transact(() => {
      meta.set('id', 'm_0123456789')
      meta.set('language', 'ar')
      meta.set('schema', 1)
    })
    const migrated = (): Uint8Array => updateFrom(old, (doc) => Dossier.open(doc).destroy())
    const a = migrated()
    const b = migrated()
    expect(guardUpdate(old, a)).toEqual({ ok: true })
    Y.applyUpdate(old, a)
    expect(guardUpdate(old, b)).toEqual({ ok: true })
  })
})

describe('guardUpdate: the red-team attacks are refused', () => {
  const refused = (doc: Y.Doc, update: Uint8Array, reason: RegExp): void => {
    const verdict = guardUpdate(doc, update)
    expect(verdict.ok).toBe(false)
    if (!verdict.ok) expect(verdict.reason).toMatch(reason)
  }

  it.each(['decisions', 'evidence', 'comments', 'claims', 'authors'] as const)(
    'refuses deleting %s entries',
    (collection) => {
      const { dossier } = decided()
      const update = updateFrom(dossier, (doc) => doc.getArray(collection).delete(0, 1))
      refused(dossier.doc, update, new RegExp(`deletes ${collection}`))
    },
  )

  it('refuses a delete hidden in an otherwise honest change', () => {
    const { dossier, claimId } = decided()
    const update = updateFrom(dossier, (doc) => {
      const other = Dossier.open(doc, { now: tickingClock(Date.UTC(2026, 10, 3)) })
      doc.transact(() => {
        other.decide(claimId, { status: 'retracted', rationale: 'Wrong' }, bob)
        doc.getArray('decisions').delete(0, 1)
      })
    })
    refused(dossier.doc, update, /deletes decisions/)
  })

  it('refuses a schema version no migration of this app makes', () => {
    const { dossier } = decided()
    const update = updateFrom(dossier, (doc) =>
      doc.getMap('meta').set('schema', SCHEMA_VERSION + 1),
    )
    refused(dossier.doc, update, /schema version to 3/)
  })

  it('refuses lowering the schema version', () => {
    const { dossier } = decided()
    const update = updateFrom(dossier, (doc) => doc.getMap('meta').set('schema', 1))
    refused(dossier.doc, update, /lowers the schema version/)
  })

  it.each([
    ['an invalid id', 'id', '../../etc'],
    ["another dossier's id", 'id', 'm_another0001'],
    ['the creation time', 'created', '2020-01-01T00:00:00.000Z'],
  ])('refuses changing %s', (_what, key, value) => {
    const { dossier } = decided()
    const update = updateFrom(dossier, (doc) => doc.getMap('meta').set(key, value))
    refused(dossier.doc, update, new RegExp(`changes the dossier's ${key}`))
  })

  it('refuses removing the id, and unknown fields in meta or unknown parts of the document', () => {
    const { dossier } = decided()
    refused(
      dossier.doc,
      updateFrom(dossier, (doc) => doc.getMap('meta').delete('id')),
      /removes the dossier's id/,
    )
    refused(
      dossier.doc,
      updateFrom(dossier, (doc) => doc.getMap('meta').set('owner', 'mallory')),
      /unknown dossier field/,
    )
    refused(
      dossier.doc,
      updateFrom(dossier, (doc) => doc.getArray('elsewhere').insert(0, [1])),
      /unknown part/,
    )
  })

  it('refuses shared types where entries belong', () => {
    const { dossier } = decided()
    const update = updateFrom(dossier, (doc) => doc.getArray('decisions').insert(1, [new Y.Map()]))
    refused(dossier.doc, update, /other than entries/)
  })

  it('refuses a delete whose target arrives in the same update as an insert next to it', () => {
    const { dossier } = decided()
    // Insert after the comment and delete the comment: the new item's place comes from its origin.
    const update = updateFrom(dossier, (doc) => {
      doc.transact(() => {
        doc.getArray('comments').insert(1, [{ spam: true }])
        doc.getArray('comments').delete(0, 1)
      })
    })
    refused(dossier.doc, update, /deletes comments/)
  })

  it("finds a new item's place through an origin that is itself new in the same update", () => {
    const { dossier } = decided()
    const update = updateFrom(dossier, (doc) => {
      doc.transact(() => {
        const decisions = doc.getArray('decisions')
        decisions.insert(decisions.length, [{ looks: 'harmless' }])
        decisions.insert(decisions.length, [new Y.Text('then a shared type')])
      })
    })
    refused(dossier.doc, update, /other than entries into decisions/)
  })
})
