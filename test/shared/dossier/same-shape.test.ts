import { describe, expect, it } from 'vitest'
import type { Decision } from '../../../src/shared/dossier'
import { deepFreeze, sameShape } from '../../../src/shared/dossier/same-shape'
import { alice, newDossier } from '../../support/dossier-fixtures'

describe('the index keeps the entries Yjs holds, not copies of them', () => {
  it('hands out the entry as stored, frozen, when the schema dropped nothing', () => {
    const dossier = newDossier()
    const id = dossier.addClaim(
      { text: '23 missing', attribution: { who: 'Authority' }, kind: 'figure' },
      alice,
    )
    dossier.decide(id, { status: 'disputed', rationale: 'Unclear' }, alice)
    const stored = dossier.doc.getArray<Decision>('decisions').get(0)
    const [held] = dossier.decisions(id)
    expect(held).toBe(stored)
    expect(Object.isFrozen(held)).toBe(true)
    expect(Object.isFrozen(held!.evidenceIds)).toBe(true)
  })

  it('keeps the schema’s copy when it dropped something the schema does not know', () => {
    const dossier = newDossier()
    const id = dossier.addClaim(
      { text: '23 missing', attribution: { who: 'Authority' }, kind: 'figure' },
      alice,
    )
    const honest = dossier.decide(id, { status: 'disputed', rationale: 'Unclear' }, alice)
    const decisions = dossier.doc.getArray<Decision>('decisions')
    decisions.push([{ ...honest, id: 'd_extrakey0001', unknownField: 'x' } as Decision])
    const extra = dossier.decisions(id).find((decision) => decision.id === 'd_extrakey0001')!
    expect(extra).not.toBe(decisions.get(1))
    expect('unknownField' in extra).toBe(false)
  })

  it('compares arrays, keys and values, nothing more', () => {
    expect(sameShape({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true)
    expect(sameShape({ a: 1, extra: 2 }, { a: 1 })).toBe(false)
    expect(sameShape({ a: [1, 2] }, { a: [1] })).toBe(false)
    expect(sameShape({ a: '1' }, { a: 1 })).toBe(false)
    expect(sameShape([1], { 0: 1 })).toBe(false)
    expect(sameShape(new Date(0), {})).toBe(false)
    const frozen = deepFreeze({ a: { b: [1] } })
    expect(Object.isFrozen(frozen.a.b)).toBe(true)
  })
})
