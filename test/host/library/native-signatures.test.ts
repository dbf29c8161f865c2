import { afterEach, describe, expect, it } from 'vitest'
import { nativeSignatureCheck } from '../../../src/main/host/library/native-signatures'
import { useFastSignatureCheck } from '../../../src/shared/dossier'
import { payloadOf } from '../../../src/shared/dossier/verify'
import { alice, bob, newDossier } from '../../support/dossier-fixtures'

afterEach(() => useFastSignatureCheck(null))

describe('native Ed25519 as the fast signature check', () => {
  it('says yes to exactly what the shared check accepts, on honest and forged decisions', () => {
    const dossier = newDossier()
    const claimId = dossier.addClaim({ text: 'x', attribution: { who: 'y' }, kind: 'other' }, alice)
    const honest = dossier.decide(claimId, { status: 'confirmed', rationale: 'a' }, alice)
    const forged = { ...honest, status: 'retracted' as const }
    const foreign = { ...honest, author: bob.publicKey }
    expect(nativeSignatureCheck(honest.author, payloadOf(honest), honest.sig!)).toBe(true)
    expect(nativeSignatureCheck(forged.author, payloadOf(forged), forged.sig!)).toBe(false)
    expect(nativeSignatureCheck(foreign.author, payloadOf(foreign), foreign.sig!)).toBe(false)
    expect(nativeSignatureCheck('00'.repeat(32), payloadOf(honest), honest.sig!)).toBe(false)
    expect(nativeSignatureCheck('zz', payloadOf(honest), 'zz')).toBe(false)

    useFastSignatureCheck(nativeSignatureCheck)
    dossier.doc
      .getArray('decisions')
      .push([{ ...forged, id: 'd_forgery00009', supersedes: [honest.id] }])
    expect(dossier.claim(claimId)).toMatchObject({ label: 'confirmed', ignoredDecisions: 1 })
  })
})
