import { describe, expect, it } from 'vitest'
import { keepDecisionInput, keptRationale } from '../../src/renderer/logic/keep-decision'
import { parseThemeChoice, shownTheme } from '../../src/renderer/logic/theme-choice'
import { alice, bob, newDossier, replicaOf, syncBoth } from '../support/dossier-fixtures'

describe('parseThemeChoice', () => {
  it('reads the three choices', () => {
    expect(parseThemeChoice('system')).toBe('system')
    expect(parseThemeChoice('light')).toBe('light')
    expect(parseThemeChoice('dark')).toBe('dark')
    expect(parseThemeChoice(' Dark ')).toBe('dark')
  })

  it('takes anything else as System, the default', () => {
    for (const stored of [null, undefined, '', 'sepia', '{"theme":"dark"}'])
      expect(parseThemeChoice(stored)).toBe('system')
  })
})

describe('shownTheme', () => {
  it('follows the computer under System only', () => {
    expect(shownTheme('system', true)).toBe('dark')
    expect(shownTheme('system', false)).toBe('light')
    expect(shownTheme('light', true)).toBe('light')
    expect(shownTheme('dark', false)).toBe('dark')
  })
})

describe('keeping one side of a conflict', () => {
  it('says in the rationale whose decision was kept', () => {
    expect(keptRationale('Bob Okafor', ' Two sources deny it ')).toBe(
      'Kept Bob Okafor’s decision from the conflict: Two sources deny it',
    )
    expect(keptRationale('Bob Okafor', '')).toBe('Kept Bob Okafor’s decision from the conflict.')
  })

  it('stays within the dossier’s limit on a rationale', () => {
    const kept = keptRationale('Bob Okafor', 'x'.repeat(20_000))
    expect(kept.length).toBe(20_000)
    expect(kept.endsWith('…')).toBe(true)
  })

  it('records the same status and evidence, resolving every head', () => {
    const dossier = newDossier()
    const [claimId] = dossier.addClaims(
      [{ text: 'Twenty-three missing', attribution: { who: 'X' }, kind: 'figure' }],
      alice,
    )
    const other = replicaOf(dossier)
    const evidenceId = other.addEvidence(
      claimId!,
      { title: 'Hospital list', stance: 'refutes' },
      bob,
    )
    dossier.decide(claimId!, { status: 'confirmed', rationale: 'Authority said so' }, alice)
    other.decide(
      claimId!,
      { status: 'disputed', rationale: 'Hospitals count 19', evidenceIds: [evidenceId] },
      bob,
    )
    syncBoth(dossier, other)
    const claim = dossier.claim(claimId!)!
    expect(claim.state.kind).toBe('conflict')
    const bobs = claim.state.heads.find((head) => head.author === bob.publicKey)!

    const input = keepDecisionInput(
      bobs,
      'Bob Okafor',
      new Set(dossier.evidence(claimId!).map((item) => item.id)),
    )
    expect(input).toEqual({
      status: 'disputed',
      rationale: 'Kept Bob Okafor’s decision from the conflict: Hospitals count 19',
      evidenceIds: [evidenceId],
    })
    expect(input.supersedes).toBeUndefined()

    const kept = dossier.decide(claimId!, input, alice)
    const after = dossier.claim(claimId!)!
    expect(after.state).toMatchObject({ kind: 'settled', status: 'disputed' })
    expect([...kept.supersedes].sort()).toEqual(claim.state.heads.map((head) => head.id).sort())
    expect(dossier.conflicts()).toHaveLength(0)
  })

  it('leaves out cited evidence the claim does not have', () => {
    const input = keepDecisionInput(
      {
        id: 'd_1',
        claimId: 'c_1',
        status: 'confirmed',
        rationale: 'r',
        evidenceIds: ['e_here', 'e_elsewhere'],
        supersedes: [],
        author: bob.publicKey,
        at: '2026-11-01T08:00:00.000Z',
        sig: '',
      },
      'Bob Okafor',
      new Set(['e_here']),
    )
    expect(input.evidenceIds).toEqual(['e_here'])
  })
})
