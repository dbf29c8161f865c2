import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Dossier, SCHEMA_VERSION } from '../../../src/shared/dossier'
import type { StatusLabel } from '../../../src/shared/dossier'
import { alice, bob, tickingClock } from '../../support/dossier-fixtures'
import { startHub } from './support/hub-fixture'
import type { HubFixture } from './support/hub-fixture'
import { honestPair } from './support/honest'
import type { HonestPair } from './support/honest'
import { wsReplica } from './support/replicas'

/**
 * A member who can sync sends random, valid Yjs against the dossier's types: deletes, overwrites
 * of fixed fields, entries claiming other editors' keys, huge values, shared types where entries
 * belong. Whatever the hub lets through, it must stay up, honest replicas must keep every signed
 * entry and status, and the dossier must still open as itself.
 */

type Rng = () => number
/** mulberry32: small, seedable, the same sequence on every run. */
const rngOf = (seed: number): Rng => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!
const hex = (rng: Rng, length: number): string =>
  Array.from({ length }, () => Math.floor(rng() * 16).toString(16)).join('')

const ENTRY_ARRAYS = ['claims', 'decisions', 'evidence', 'comments', 'links', 'authors'] as const
const META_KEYS = ['id', 'schema', 'created', 'language', 'direction', 'title', 'story', 'owner']

const randomValue = (rng: Rng): unknown =>
  pick(rng, [
    () => `m_${hex(rng, 10)}`,
    () => '../../etc/passwd',
    () => Math.floor(rng() * 10) - 3,
    () => SCHEMA_VERSION + 1,
    () => null,
    () => 'x'.repeat(Math.floor(rng() * 200_000)),
    () => ({ nested: [1, 2, { deep: true }] }),
  ])()

type Attack = (doc: Y.Doc, rng: Rng) => void

const ATTACKS: Record<string, Attack> = {
  deleteEntries: (doc, rng) => {
    const array = doc.getArray(pick(rng, ENTRY_ARRAYS))
    if (array.length === 0) return
    const at = Math.floor(rng() * array.length)
    array.delete(at, 1 + Math.floor(rng() * (array.length - at)))
  },
  overwriteMeta: (doc, rng) => doc.getMap('meta').set(pick(rng, META_KEYS), randomValue(rng)),
  deleteMeta: (doc, rng) => doc.getMap('meta').delete(pick(rng, META_KEYS)),
  forgeDecision: (doc, rng) => {
    const decisions = doc.getArray<Record<string, unknown>>('decisions')
    const victim = decisions.get(Math.floor(rng() * decisions.length))
    decisions.insert(Math.floor(rng() * (decisions.length + 1)), [
      {
        ...victim,
        id: rng() < 0.5 ? victim?.id : `d_${hex(rng, 12)}`,
        status: pick(rng, ['confirmed', 'retracted', 'disputed']),
        supersedes: rng() < 0.5 ? [victim?.id] : [],
        author: rng() < 0.5 ? alice.publicKey : hex(rng, 64),
        sig: rng() < 0.7 ? hex(rng, 128) : undefined,
        at: new Date(Date.UTC(2030, 0, 1) - Math.floor(rng() * 1e12)).toISOString(),
      },
    ])
  },
  junkEntry: (doc, rng) => {
    const array = doc.getArray(pick(rng, ENTRY_ARRAYS))
    array.insert(Math.floor(rng() * (array.length + 1)), [randomValue(rng)])
  },
  sharedType: (doc, rng) => {
    if (rng() < 0.5) doc.getArray(pick(rng, ENTRY_ARRAYS)).insert(0, [new Y.Map()])
    else doc.getMap('meta').set(pick(rng, META_KEYS), new Y.Text('nested'))
  },
  editSource: (doc, rng) => {
    const source = doc.getText('source')
    const at = Math.floor(rng() * (source.length + 1))
    if (rng() < 0.5) source.delete(at, Math.floor(rng() * (source.length - at)))
    else source.insert(at, 'y'.repeat(Math.floor(rng() * 50_000)))
  },
  editClaim: (doc, rng) => {
    const claim = doc.getArray<{ id: string }>('claims').get(0)
    doc.getMap('claimEdits').set(`${claim.id}/${pick(rng, ['text', 'removed', 'bogus'])}`, {
      value: randomValue(rng),
      by: hex(rng, 64),
      at: '2026-11-05T00:00:00.000Z',
    })
  },
  unknownRoot: (doc, rng) => doc.getMap(`r${Math.floor(rng() * 3)}`).set('k', randomValue(rng)),
  mixed: (doc, rng) =>
    doc.transact(() => {
      ATTACKS.editSource!(doc, rng)
      ATTACKS.deleteEntries!(doc, rng)
    }),
}

interface Signed {
  readonly labels: StatusLabel[]
  readonly decisions: string[]
  readonly evidence: number
  readonly comments: number
}

const signedStateOf = (doc: Y.Doc, claimIds: readonly string[]): Signed => {
  const dossier = Dossier.open(doc)
  const signed: Signed = {
    labels: claimIds.map((id) => dossier.claim(id)?.label ?? 'unverified'),
    decisions: claimIds
      .flatMap((id) => dossier.decisions(id))
      .filter((decision) => dossier.verification(decision) === 'signed')
      .map((decision) => decision.id)
      .sort(),
    evidence: claimIds.flatMap((id) => dossier.evidence(id)).length,
    comments: claimIds.flatMap((id) => dossier.comments(id)).length,
  }
  dossier.destroy()
  return signed
}

const seedDossier = (doc: Y.Doc): string[] => {
  const dossier = Dossier.open(doc, { now: tickingClock() })
  const ids = [0, 1, 2].map((i) =>
    dossier.addClaim({ text: `claim ${i}`, attribution: { who: 'Desk' }, kind: 'other' }, alice),
  )
  for (const [i, id] of ids.entries()) {
    dossier.addEvidence(id, { title: `source ${i}`, stance: 'supports' }, bob)
    dossier.addComment(id, `note ${i}`, bob)
    dossier.decide(id, { status: 'confirmed', rationale: 'a' }, alice)
    if (i > 0) dossier.decide(id, { status: 'disputed', rationale: 'b' }, bob)
  }
  dossier.link(ids[0]!, ids[1]!, 'contradicts', alice)
  dossier.destroy()
  return ids
}

/** One attacker connection making `count` random changes, each sent as its own update. */
const attackOnce = async (fixture: HubFixture, rng: Rng, count: number): Promise<string[]> => {
  const attacker = await wsReplica(fixture.server.url, fixture.dossierId, fixture.token)
  await attacker.synced
  const made: string[] = []
  for (let i = 0; i < count && attacker.isOpen(); i++) {
    const name = pick(rng, Object.keys(ATTACKS))
    made.push(name)
    ATTACKS[name]!(attacker.doc, rng)
  }
  // Frames on one connection are handled in order: this answers after every change above.
  await attacker.session.rpc.call('flush', {}).catch(() => undefined)
  attacker.drop()
  return made
}

const runSeed = async (seed: number, rounds = 6): Promise<void> => {
  const fixture = await startHub()
  const hubDoc = fixture.docs.docs.get(fixture.dossierId)!
  const claimIds = seedDossier(hubDoc)
  const honest: HonestPair = await honestPair(fixture)
  const before = signedStateOf(hubDoc, claimIds)
  const rng = rngOf(seed)
  for (let round = 0; round < rounds; round++) {
    const made = await attackOnce(fixture, rng, 1 + Math.floor(rng() * 3))
    const label = `seed ${seed}, round ${round}: ${made.join(', ')}`
    await honest.stillSyncing(label)
    for (const doc of [hubDoc, honest.socket.doc, honest.port.doc]) {
      expect(signedStateOf(doc, claimIds), label).toEqual(before)
      const dossier = Dossier.open(doc, { storedAs: fixture.dossierId })
      expect(dossier.meta().schema, label).toBe(SCHEMA_VERSION)
      expect(doc.getMap('meta').get('id'), label).toBe(fixture.dossierId)
      expect(dossier.integrity(), label).toEqual([])
      dossier.destroy()
    }
  }
}

describe('a member sending random valid Yjs through the hub', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('seed %i: nothing signed is lost, the dossier opens', (seed) =>
    runSeed(seed),
  )
})
