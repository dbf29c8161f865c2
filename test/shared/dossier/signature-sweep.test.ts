import { describe, expect, it } from 'vitest'
import type { AsyncSignatureCheck, Decision, SweepProgress } from '../../../src/shared/dossier'
import { DecisionVerifier } from '../../../src/shared/dossier/verified-status'
import { alice, bob, newDossier } from '../../support/dossier-fixtures'

/** A dossier whose history holds honest decisions, a superseded one, a forgery and an unsigned one. */
const historyOf = () => {
  const dossier = newDossier()
  const ids = ['23 missing', '31 missing', 'Operator denies fault'].map((text) =>
    dossier.addClaim({ text, attribution: { who: 'Authority' }, kind: 'figure' }, alice),
  )
  const first = dossier.decide(ids[0]!, { status: 'disputed', rationale: 'Unclear' }, alice)
  dossier.decide(ids[0]!, { status: 'confirmed', rationale: 'Two ledgers agree' }, bob)
  dossier.decide(ids[1]!, { status: 'retracted', rationale: 'Withdrawn' }, bob)
  const decisions = dossier.doc.getArray<Decision>('decisions')
  decisions.push([{ ...first, id: 'd_forged000001', claimId: ids[2]!, status: 'confirmed' }])
  const { sig: _sig, ...unsigned } = first
  decisions.push([{ ...unsigned, id: 'd_unsigned0001', claimId: ids[1]!, rationale: 'No key' }])
  return dossier
}

describe('checking every signature of a dossier in the background', () => {
  it('puts heads first, and finds the forgery and the unsigned entry wherever they are', async () => {
    const dossier = historyOf()
    const { heads, rest } = dossier.decisionsToVerify()
    expect(heads.length + rest.length).toBe(5)
    expect(rest.map(({ rationale }) => rationale)).toEqual(['Unclear'])
    const progress: SweepProgress[] = []
    const result = await dossier.checkSignatures([...heads, ...rest], {
      onProgress: (step) => progress.push(step),
      sliceMs: 0,
    })
    expect(result).toEqual({ checked: 5, total: 5, tampered: 1, unsigned: 1 })
    // It yielded between slices, saying how far it had come each time.
    expect(progress.length).toBeGreaterThan(1)
    expect(progress.at(-1)).toEqual(result)
    // What it found is what the views see, without checking again, and what another copy of
    // the same entries (a second window, a version) finds without checking.
    const elsewhere = new DecisionVerifier()
    for (const decision of [...heads, ...rest]) {
      const known = elsewhere.lookup(structuredClone(decision))
      expect(known).toBe(dossier.verification(decision))
    }
  })

  it("takes only a native check's yes: a no is checked again in pure JS", async () => {
    const dossier = historyOf()
    const { heads, rest } = dossier.decisionsToVerify()
    const calls: string[] = []
    const sayNo: AsyncSignatureCheck = async (_key, _message, signature) => {
      calls.push(signature)
      return false
    }
    // Fresh copies: the results of the test above are remembered for these exact entries.
    const copies = [...heads, ...rest].map((decision) => ({
      ...decision,
      at: '2026-11-27T12:00:00.000Z',
    }))
    const result = await dossier.checkSignatures(copies, { check: sayNo })
    // Re-dated, none matches its signature any more (all tampered), except the unsigned one.
    expect(result).toEqual({ checked: 5, total: 5, tampered: 4, unsigned: 1 })
    expect(calls).toHaveLength(4)
  })

  it('stops early when the dossier is closed', async () => {
    const controller = new AbortController()
    const dossier = historyOf()
    controller.abort()
    const { heads } = dossier.decisionsToVerify()
    expect((await dossier.checkSignatures(heads, { signal: controller.signal })).checked).toBe(0)
  })
})
