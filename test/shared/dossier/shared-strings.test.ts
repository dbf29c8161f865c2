import { getHeapSnapshot } from 'node:v8'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Dossier } from '../../../src/shared/dossier'
import { SharedStrings } from '../../../src/shared/dossier/shared-strings'
import { alice, newDossier } from '../../support/dossier-fixtures'

const CLAIMS = 40

/** A dossier whose every claim, decision and piece of evidence Alice wrote: ~120 of her key. */
const encodedDossier = (): Uint8Array => {
  const dossier = newDossier()
  for (let at = 0; at < CLAIMS; at++) {
    const claimId = dossier.addClaim(
      {
        text: `Claim ${at}: ${at * 3} boats were counted`,
        quote: null,
        attribution: { who: 'Harbour office' },
        kind: 'figure',
        figures: [],
      },
      alice,
    )
    const evidenceId = dossier.addEvidence(
      claimId,
      { title: `Log ${at}`, note: '', stance: 'supports' },
      alice,
    )
    dossier.decide(
      claimId,
      { status: 'confirmed', rationale: 'Log', evidenceIds: [evidenceId] },
      alice,
    )
  }
  return Y.encodeStateAsUpdate(dossier.doc)
}

/** How many separate strings on the heap hold `text`: what sharing is for, seen from outside. */
const copiesOnHeap = async (text: string): Promise<number> => {
  const chunks: string[] = []
  for await (const chunk of getHeapSnapshot()) chunks.push(String(chunk))
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }
    nodes: number[]
    strings: string[]
  }
  const fields = snapshot.snapshot.meta.node_fields
  const type = fields.indexOf('type')
  const name = fields.indexOf('name')
  const stringType = snapshot.snapshot.meta.node_types[0].indexOf('string')
  let copies = 0
  for (let at = 0; at < snapshot.nodes.length; at += fields.length)
    if (
      snapshot.nodes[at + type] === stringType &&
      snapshot.strings[snapshot.nodes[at + name]!] === text
    )
      copies++
  return copies
}

describe('shared strings', () => {
  it('keeps one copy of an editor key that every entry repeats once the dossier opens', async () => {
    const update = encodedDossier()
    const decoded = new Y.Doc()
    Y.applyUpdate(decoded, update)
    // Yjs decodes a copy per entry: the count the index starts from.
    const before = await copiesOnHeap(alice.publicKey)
    expect(before).toBeGreaterThanOrEqual(CLAIMS * 3)
    const dossier = Dossier.open(decoded)
    expect(dossier.claims()).toHaveLength(CLAIMS)
    const after = await copiesOnHeap(alice.publicKey)
    expect(after).toBeLessThan(before - CLAIMS * 3 + 10)
    // The values are the ones Yjs decoded: the dossier encodes to the same update.
    expect(Y.encodeStateAsUpdate(decoded)).toEqual(update)
  })

  it('leaves a frozen entry and a field it cannot write as they are, without throwing', () => {
    const strings = new SharedStrings()
    const first = { author: alice.publicKey.slice(0), status: 'confirmed' }
    strings.share('decisions', first)
    const frozen = Object.freeze({ author: `${alice.publicKey}`, status: 'confirmed' })
    expect(() => strings.share('decisions', frozen)).not.toThrow()
    const fixed = { status: 'confirmed' } as { author?: string; status: string }
    Object.defineProperty(fixed, 'author', { value: alice.publicKey, enumerable: true })
    expect(() => strings.share('decisions', fixed)).not.toThrow()
    expect(fixed.author).toBe(alice.publicKey)
  })
})
