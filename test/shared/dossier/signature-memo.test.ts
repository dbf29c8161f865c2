import { describe, expect, it } from 'vitest'
import { decisionSchema } from '../../../src/shared/dossier'
import type { Decision } from '../../../src/shared/dossier'
import { DecisionVerifier } from '../../../src/shared/dossier/verified-status'
import { alice, newDossier } from '../../support/dossier-fixtures'

/**
 * The process-wide memo of signature results is keyed by signature and compares the rest field
 * by field: a decision that differs from a checked one in any field, with the same signature,
 * must be checked itself, never take the other's result.
 */
const signedDecision = (): Decision => {
  const dossier = newDossier()
  const claimId = dossier.addClaim(
    { text: 'The pier is 120 metres long.', attribution: { who: 'Port' }, kind: 'figure' },
    alice,
  )
  return dossier.decide(claimId, { status: 'confirmed', rationale: 'Harbour plan' }, alice)
}

const changed = (decision: Decision, field: keyof Decision): Decision => {
  const value = decision[field]
  if (Array.isArray(value)) return { ...decision, [field]: [...value, 'd_000000000000'] }
  if (field === 'status') return { ...decision, status: 'disputed' }
  return { ...decision, [field]: `${String(value)}0` }
}

describe('the signature memo', () => {
  it('gives a copy of a checked decision its result without checking it again', () => {
    const decision = signedDecision()
    const first = new DecisionVerifier()
    expect(first.verification(decision)).toBe('signed')
    expect(new DecisionVerifier().lookup(structuredClone(decision))).toBe('signed')
  })

  it.each(Object.keys(decisionSchema.shape).filter((field) => field !== 'sig'))(
    'does not give it to a decision with the same signature and another %s',
    (field) => {
      const decision = signedDecision()
      expect(new DecisionVerifier().verification(decision)).toBe('signed')
      const forged = changed(decision, field as keyof Decision)
      expect(new DecisionVerifier().lookup(forged)).toBeUndefined()
      expect(new DecisionVerifier().verification(forged)).toBe('tampered')
      // The genuine one keeps its result beside the forgery's.
      expect(new DecisionVerifier().lookup(structuredClone(decision))).toBe('signed')
    },
  )
})
