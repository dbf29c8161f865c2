import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ByClaim } from '../../../src/shared/dossier/by-claim'

interface Link {
  readonly id: string
  readonly from: string
  readonly to: string
  readonly note: string
}

/** A fresh object each time: copies from other replicas are equal, never the same object. */
const link = (id: string, from: string, to: string, note = ''): Link => ({ id, from, to, note })

const byEnds = (): ByClaim<Link> =>
  new ByClaim<Link>(
    (entry) => entry.from,
    (entry) => entry.to,
  )

const ids = (entries: readonly Link[]): string[] => entries.map((entry) => entry.id).sort()

/** What `of` must give: the table's entries that name the claim at either end. */
const expectedOf = (index: ByClaim<Link>, claimId: string): string[] =>
  ids([...index.table.values()].filter((entry) => entry.from === claimId || entry.to === claimId))

describe('entries by the claim they belong to', () => {
  it('lists a claim’s entries in arrival order, as a list the caller may change', () => {
    const index = byEnds()
    const touched = new Set<string>()
    index.add(link('l_1', 'c_a', 'c_b'), touched)
    index.add(link('l_2', 'c_a', 'c_c'), touched)
    expect(index.of('c_a').map((entry) => entry.id)).toEqual(['l_1', 'l_2'])
    index.of('c_a').pop()
    expect(index.count('c_a')).toBe(2)
    expect(index.count('c_b')).toBe(1)
    expect([...touched].sort()).toEqual(['c_a', 'c_b', 'c_c'])
  })

  it('marks a claim touched in each new set even when its entries come in a run', () => {
    const index = byEnds()
    const first = new Set<string>()
    index.add(link('l_1', 'c_a', 'c_b'), first)
    const second = new Set<string>()
    index.add(link('l_2', 'c_a', 'c_b'), second)
    expect([...second].sort()).toEqual(['c_a', 'c_b'])
  })

  it('lists an entry whose two ends are one claim once', () => {
    const index = byEnds()
    const touched = new Set<string>()
    index.add(link('l_1', 'c_a', 'c_a'), touched)
    expect(ids(index.of('c_a'))).toEqual(['l_1'])
    expect(index.count('c_a')).toBe(1)
    index.remove(link('l_1', 'c_a', 'c_a'), touched)
    expect(index.has('c_a')).toBe(false)
  })

  it('counts an entry delivered twice once, and keeps it until its last copy goes', () => {
    const index = byEnds()
    const touched = new Set<string>()
    index.add(link('l_1', 'c_a', 'c_b'), touched)
    index.add(link('l_1', 'c_a', 'c_b'), touched)
    expect(index.count('c_a')).toBe(1)
    index.remove(link('l_1', 'c_a', 'c_b'), touched)
    expect(ids(index.of('c_a'))).toEqual(['l_1'])
    index.remove(link('l_1', 'c_a', 'c_b'), touched)
    expect(index.of('c_a')).toEqual([])
    expect(index.has('c_a')).toBe(false)
  })

  it('gives a reused id to the claim of the entry the table keeps, not to both', () => {
    const index = byEnds()
    const touched = new Set<string>()
    index.add(link('l_1', 'c_x', 'c_y'), touched)
    index.add(link('l_1', 'c_a', 'c_b'), touched)
    // The table keeps the first by content (canonical JSON: "c_a" before "c_x").
    expect(index.table.get('l_1')!.from).toBe('c_a')
    expect(index.count('c_x')).toBe(0)
    expect(index.of('c_y')).toEqual([])
    expect(ids(index.of('c_a'))).toEqual(['l_1'])
    expect(index.count('c_b', (entry) => entry.from === 'c_a')).toBe(1)
  })

  it('agrees with the table it keeps under any order of adds and removes (seeded)', () => {
    const claims = ['c_a', 'c_b', 'c_c']
    const step = fc.record({
      remove: fc.boolean(),
      id: fc.constantFrom('l_1', 'l_2', 'l_3', 'l_4'),
      from: fc.constantFrom(...claims),
      to: fc.constantFrom(...claims),
      note: fc.constantFrom('', 'x'),
      pick: fc.nat(),
    })
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const index = byEnds()
        const present: Link[] = []
        let touched = new Set<string>()
        for (const [at, { remove, id, from, to, note, pick }] of steps.entries()) {
          // A new touched set now and then, as each transaction has its own.
          if (at % 5 === 0) touched = new Set()
          if (remove && present.length > 0) {
            const [gone] = present.splice(pick % present.length, 1)
            index.remove({ ...gone! }, touched)
            expect(touched.has(gone!.from) && touched.has(gone!.to)).toBe(true)
          } else {
            const entry = link(id, from, to, note)
            present.push(entry)
            index.add({ ...entry }, touched)
            expect(touched.has(from) && touched.has(to)).toBe(true)
          }
          for (const claimId of claims) {
            expect(ids(index.of(claimId))).toEqual(expectedOf(index, claimId))
            expect(index.count(claimId)).toBe(expectedOf(index, claimId).length)
          }
        }
      }),
      { seed: 20261128, numRuns: 400 },
    )
  })
})
