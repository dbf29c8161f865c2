import { describe, expect, it } from 'vitest'
import { deriveStatus, headsOf } from '../../../src/shared/dossier'
import type { Decision, Status } from '../../../src/shared/dossier'

const key = 'a'.repeat(64)
const decision = (
  id: string,
  status: Status,
  supersedes: string[] = [],
  at = '2026-11-01T10:00:00.000Z',
): Decision => ({
  id,
  claimId: 'c_claim0001',
  status,
  rationale: '',
  evidenceIds: [],
  supersedes,
  author: key,
  at,
})

describe('deriveStatus', () => {
  it('is unverified with no decisions', () => {
    expect(deriveStatus([])).toEqual({ kind: 'settled', status: 'unverified', heads: [] })
  })

  it('follows a chain of decisions to its last one', () => {
    const state = deriveStatus([
      decision('d_00000001', 'disputed'),
      decision('d_00000002', 'confirmed', ['d_00000001']),
      decision('d_00000003', 'retracted', ['d_00000002']),
    ])
    expect(state).toMatchObject({ kind: 'settled', status: 'retracted' })
    expect(state.heads.map((head) => head.id)).toEqual(['d_00000003'])
  })

  it('names both decisions when two editors decide differently from the same head', () => {
    const state = deriveStatus([
      decision('d_00000001', 'disputed'),
      decision('d_00000002', 'confirmed', ['d_00000001']),
      decision('d_00000003', 'retracted', ['d_00000001']),
    ])
    expect(state.kind).toBe('conflict')
    expect(state.kind === 'conflict' && state.statuses).toEqual(['confirmed', 'retracted'])
    expect(state.heads.map((head) => head.id)).toEqual(['d_00000002', 'd_00000003'])
  })

  it('does not call concurrent decisions that agree a conflict, but keeps both as heads', () => {
    const state = deriveStatus([
      decision('d_00000001', 'confirmed'),
      decision('d_00000002', 'confirmed'),
    ])
    expect(state).toMatchObject({ kind: 'settled', status: 'confirmed' })
    expect(state.heads).toHaveLength(2)
  })

  it('settles a conflict with a decision that supersedes every head', () => {
    const state = deriveStatus([
      decision('d_00000001', 'confirmed'),
      decision('d_00000002', 'disputed'),
      decision('d_00000003', 'disputed', ['d_00000001', 'd_00000002']),
    ])
    expect(state).toMatchObject({ kind: 'settled', status: 'disputed' })
  })

  it('is the same whatever order the decisions arrive in', () => {
    const all = [
      decision('d_00000001', 'confirmed', [], '2026-11-01T10:00:00.000Z'),
      decision('d_00000002', 'disputed', [], '2026-11-01T09:00:00.000Z'),
      decision('d_00000003', 'retracted', ['d_00000001'], '2026-11-01T11:00:00.000Z'),
    ]
    const expected = deriveStatus(all)
    for (const order of [
      [2, 1, 0],
      [1, 0, 2],
      [0, 2, 1],
    ]) {
      expect(deriveStatus(order.map((i) => all[i]!))).toEqual(expected)
    }
  })

  it('ignores a decision that claims to supersede itself', () => {
    expect(headsOf([decision('d_00000001', 'confirmed', ['d_00000001'])])).toHaveLength(1)
  })

  it('lets a decision supersede one that has not arrived yet', () => {
    const later = decision('d_00000002', 'confirmed', ['d_00000001'])
    expect(deriveStatus([later])).toMatchObject({ kind: 'settled', status: 'confirmed' })
    expect(deriveStatus([later, decision('d_00000001', 'disputed')])).toMatchObject({
      status: 'confirmed',
    })
  })
})
