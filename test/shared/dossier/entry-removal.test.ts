import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DossierInputError, guardUpdate } from '../../../src/shared/dossier'
import type { Dossier } from '../../../src/shared/dossier'
import { fromJson, parseDossierJson, toJson, toJsonObject } from '../../../src/shared/report/json'
import { buildReport } from '../../../src/shared/report/model'
import { alice, bob, newDossier, replicaOf, syncBoth } from '../../support/dossier-fixtures'

const claimsOf = (dossier: Dossier) => {
  const attribution = { who: 'River authority' }
  const first = dossier.addClaim({ text: '23 missing', attribution, kind: 'figure' }, alice)
  const second = dossier.addClaim({ text: '31 missing', attribution, kind: 'figure' }, alice)
  const third = dossier.addClaim({ text: 'No fault', attribution, kind: 'denial' }, alice)
  return { first, second, third }
}

describe('removing links, evidence and comments', () => {
  it('leaves a removed link out of both claims, their counts and the report, and keeps it in the history', () => {
    const dossier = newDossier()
    const { first, second } = claimsOf(dossier)
    const link = dossier.link(second, first, 'revises', alice)
    dossier.removeEntry('link', link, bob)

    expect(dossier.claim(first)!.links).toEqual([])
    expect(dossier.claim(second)!.links).toEqual([])
    expect(dossier.links(first)).toEqual([])
    expect(dossier.links(first, { includeRemoved: true }).map((l) => l.id)).toEqual([link])
    expect(dossier.removal('link', link)).toMatchObject({ removed: true, by: bob.publicKey })
    const removal = dossier.timeline(first).find((item) => item.kind === 'removal')
    expect(removal).toMatchObject({ removed: true, by: bob.publicKey, entry: { kind: 'link' } })
    expect(dossier.timeline(first).some((item) => item.kind === 'link')).toBe(true)
    const report = buildReport(dossier)
    const reported = report.groups.flatMap((group) => group.claims)
    expect(reported).toHaveLength(3)
    expect(reported.flatMap((claim) => claim.links)).toEqual([])
  })

  it('leaves removed evidence and comments out of the lists and the counts; restoring puts them back', () => {
    const dossier = newDossier()
    const { first } = claimsOf(dossier)
    const evidence = dossier.addEvidence(first, { title: 'Gauge log', stance: 'supports' }, alice)
    const comment = dossier.addComment(first, 'Check the gauge', alice)
    dossier.removeEntry('evidence', evidence, alice)
    dossier.removeEntry('comment', comment, alice)
    expect(dossier.evidence(first)).toEqual([])
    expect(dossier.comments(first)).toEqual([])
    expect(dossier.claim(first)).toMatchObject({ evidenceCount: 0, commentCount: 0 })
    // A decision may still cite it: the item itself stays readable by id.
    expect(dossier.evidenceById(evidence)?.title).toBe('Gauge log')

    dossier.restoreEntry('evidence', evidence, bob)
    expect(dossier.evidence(first).map((e) => e.id)).toEqual([evidence])
    expect(dossier.claim(first)).toMatchObject({ evidenceCount: 1, commentCount: 0 })
    const restored = dossier
      .timeline(first)
      .find((item) => item.kind === 'removal' && !item.removed)
    expect(restored).toMatchObject({ by: bob.publicKey, entry: { kind: 'evidence' } })
  })

  it('refuses unknown ids and kinds that cannot be removed, writing nothing', () => {
    const dossier = newDossier()
    const { first } = claimsOf(dossier)
    const before = Y.encodeStateVector(dossier.doc)
    expect(() => dossier.removeEntry('link', 'l_nosuchlink0', alice)).toThrow(
      new DossierInputError('no link l_nosuchlink0 in this dossier'),
    )
    expect(() => dossier.removeEntry('evidence', first, alice)).toThrow(DossierInputError)
    // @ts-expect-error decisions are the signed log: the type does not offer them
    expect(() => dossier.removeEntry('decision', first, alice)).toThrow(/signed log/)
    expect(Y.encodeStateVector(dossier.doc)).toEqual(before)
  })

  it('keeps both removals when two replicas remove different links at the same time', () => {
    const a = newDossier()
    const { first, second, third } = claimsOf(a)
    const one = a.link(second, first, 'revises', alice)
    const two = a.link(third, first, 'contradicts', alice)
    const b = replicaOf(a)
    a.removeEntry('link', one, alice)
    b.removeEntry('link', two, bob)
    syncBoth(a, b)
    for (const replica of [a, b]) {
      expect(replica.claim(first)!.links).toEqual([])
      expect(replica.removal('link', one)?.by).toBe(alice.publicKey)
      expect(replica.removal('link', two)?.by).toBe(bob.publicKey)
    }
  })

  it('passes the update guard: a removal deletes nothing from the append-only arrays', () => {
    const dossier = newDossier()
    const { first, second } = claimsOf(dossier)
    const link = dossier.link(second, first, 'revises', alice)
    const copy = replicaOf(dossier)
    const before = Y.encodeStateVector(dossier.doc)
    dossier.removeEntry('link', link, alice)
    dossier.restoreEntry('link', link, alice)
    const update = Y.encodeStateAsUpdate(dossier.doc, before)
    expect(guardUpdate(copy.doc, update)).toMatchObject({ ok: true })
  })

  it('applies a removal flag that arrives before its entry once the entry does', () => {
    const a = newDossier()
    const { first, second } = claimsOf(a)
    const b = replicaOf(a)
    const beforeLink = Y.encodeStateVector(a.doc)
    const link = a.link(second, first, 'supports', alice)
    const linkUpdate = Y.encodeStateAsUpdate(a.doc, beforeLink)
    const beforeRemoval = Y.encodeStateVector(a.doc)
    a.removeEntry('link', link, alice)
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, beforeRemoval))
    Y.applyUpdate(b.doc, linkUpdate)
    expect(b.claim(first)!.links).toEqual([])
    expect(b.links(first, { includeRemoved: true })).toHaveLength(1)
  })

  it('quarantines a malformed removal flag and keeps showing the entry', () => {
    const dossier = newDossier()
    const { first } = claimsOf(dossier)
    const evidence = dossier.addEvidence(first, { title: 'Gauge log', stance: 'supports' }, alice)
    dossier.doc
      .getMap('claimEdits')
      .set(`${evidence}/removed-evidence`, { value: 'yes', by: alice.publicKey, at: 'x' })
    dossier.doc.getMap('claimEdits').set(`${evidence}/removed-decision`, { value: true })
    expect(dossier.evidence(first)).toHaveLength(1)
    const reasons = dossier.quarantine().filter((item) => item.collection === 'claimEdits')
    expect(reasons.map((item) => item.id).sort()).toEqual([
      `${evidence}/removed-decision`,
      `${evidence}/removed-evidence`,
    ])
  })

  it('keeps removals through a JSON export and import, and the export stays the same', () => {
    const dossier = newDossier()
    const { first, second } = claimsOf(dossier)
    const link = dossier.link(second, first, 'revises', alice)
    const evidence = dossier.addEvidence(first, { title: 'Gauge log', stance: 'supports' }, alice)
    dossier.removeEntry('link', link, alice)
    dossier.removeEntry('evidence', evidence, bob)
    const json = toJsonObject(dossier)
    expect(json.links.map((l) => l.id)).toEqual([link])
    expect(json.entryRemovals).toHaveLength(2)

    const copy = fromJson(new Y.Doc(), parseDossierJson(toJson(dossier)))
    expect(copy.claim(first)!.links).toEqual([])
    expect(copy.evidence(first)).toEqual([])
    expect(copy.removal('evidence', evidence)?.by).toBe(bob.publicKey)
    const normalise = (value: ReturnType<typeof toJsonObject>) => ({ ...value, exportedAt: '' })
    expect(normalise(toJsonObject(copy))).toEqual(normalise(json))
  })

  it('imports an export from before removals (no entryRemovals) with every entry shown', () => {
    const dossier = newDossier()
    const { first, second } = claimsOf(dossier)
    const link = dossier.link(second, first, 'revises', alice)
    dossier.removeEntry('link', link, alice)
    const { entryRemovals: _dropped, ...older } = toJsonObject(dossier)
    const copy = fromJson(new Y.Doc(), parseDossierJson(JSON.stringify(older)))
    expect(copy.claim(first)!.links.map((l) => l.id)).toEqual([link])
  })
})
