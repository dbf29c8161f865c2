import { describe, expect, it } from 'vitest'
import { SignatureCache } from '../../../src/shared/dossier/signature-cache'
import { alice, newDossier } from '../../support/dossier-fixtures'

describe('SignatureCache', () => {
  it('checks a decision once per entry object, and tells a changed copy apart', () => {
    const dossier = newDossier()
    const claim = dossier.addClaim({ text: 'x', attribution: { who: 'y' }, kind: 'other' }, alice)
    const decision = dossier.decide(claim, { status: 'confirmed', rationale: 'seen' }, alice)
    const cache = new SignatureCache()
    expect(cache.verification(decision)).toBe('signed')
    expect(cache.verification({ ...decision, rationale: 'changed' })).toBe('tampered')
    const { sig: _sig, ...unsigned } = decision
    expect(cache.verification(unsigned)).toBe('unsigned')
    // Cached by object: the same object is not checked again (a mutated one would be wrong, but
    // the index never mutates the entries it hands out).
    Object.assign(decision, { rationale: 'mutated in place' })
    expect(cache.verification(decision)).toBe('signed')
  })
})
