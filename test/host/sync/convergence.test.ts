import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Dossier } from '../../../src/shared/dossier'
import type { Dossier as DossierType } from '../../../src/shared/dossier'
import { alice, bob, span } from '../../support/dossier-fixtures'
import { eventually } from './support/eventually'
import { startHub } from './support/hub-fixture'
import { portReplica, wsReplica } from './support/replicas'

const sameState = (a: Y.Doc, b: Y.Doc): boolean =>
  Buffer.from(Y.encodeStateVector(a)).equals(Buffer.from(Y.encodeStateVector(b)))

/** What an editor sees: each claim's text, status and counts, and the source text. */
const view = (dossier: DossierType) => ({
  source: dossier.sourceText(),
  counts: dossier.counts(),
  claims: dossier.claims().map((claim) => ({
    id: claim.id,
    text: claim.text,
    label: claim.label,
    evidence: claim.evidenceCount,
    quote: dossier.quote(claim.id),
  })),
})

describe('two replicas through the hub', () => {
  it('converge when one syncs over WebSocket and the other over a MessageChannel', async () => {
    const { hub, server, token, dossierId, docs } = await startHub()
    const overSocket = await wsReplica(server.url, dossierId, token)
    const overPort = portReplica(hub, dossierId)
    await Promise.all([overSocket.synced, overPort.synced])
    const a = Dossier.open(overSocket.doc)
    const b = Dossier.open(overPort.doc)
    expect(a.meta().id).toBe(dossierId)
    expect(b.sourceText()).toBe(a.sourceText())

    // Both edit at once: a claim and a decision on one side, the source and evidence on the other.
    const claim = a.addClaim(
      {
        text: 'The operator denied any fault',
        quote: span(a.sourceText(), 'The operator denied any fault'),
        attribution: { who: 'The operator' },
        kind: 'denial',
      },
      alice,
    )
    a.decide(claim, { status: 'disputed', rationale: 'Inspection report contradicts it' }, alice)
    b.editSource(0, 0, 'UPDATED: ')
    await eventually(() => expect(b.claim(claim)).toBeDefined())
    b.addEvidence(claim, { title: 'Inspection report', stance: 'refutes' }, bob)
    b.decide(
      claim,
      { status: 'confirmed', rationale: 'The operator repeated it', supersedes: [] },
      bob,
    )

    const hubDoc = docs.docs.get(dossierId)!
    await eventually(() => {
      expect(sameState(overSocket.doc, hubDoc)).toBe(true)
      expect(sameState(overPort.doc, hubDoc)).toBe(true)
    })
    expect(view(a)).toEqual(view(b))
    expect(view(Dossier.open(hubDoc))).toEqual(view(a))
    expect(a.claim(claim)!.label).toBe('conflict')
    expect(a.sourceText().startsWith('UPDATED: ')).toBe(true)
    expect(a.quote(claim)).toMatchObject({ state: 'intact' })
  })

  it('a replica that edited offline catches up both ways when it reconnects', async () => {
    const { hub, dossierId } = await startHub()
    const first = portReplica(hub, dossierId)
    await first.synced
    const offlineDoc = new Y.Doc()
    Y.applyUpdate(offlineDoc, Y.encodeStateAsUpdate(first.doc))
    const offline = Dossier.open(offlineDoc)
    offline.addClaim(
      { text: 'Offline claim', attribution: { who: 'A source' }, kind: 'statement' },
      bob,
    )
    Dossier.open(first.doc).addClaim(
      { text: 'Online claim', attribution: { who: 'Another source' }, kind: 'statement' },
      alice,
    )
    const second = portReplica(hub, dossierId, 'editor', offlineDoc)
    await second.synced
    await eventually(() => {
      const texts = (doc: Y.Doc) =>
        Dossier.open(doc)
          .claims()
          .map((claim) => claim.text)
          .sort()
      expect(texts(first.doc)).toEqual(['Offline claim', 'Online claim'])
      expect(texts(second.doc)).toEqual(texts(first.doc))
    })
  })
})
