import { describe, expect, it } from 'vitest'
import { checkingMessage, sweepNote } from '../../src/renderer/logic/signature-words'

const state = (
  phase: 'heads' | 'history' | 'done',
  checked: number,
  tampered = 0,
  unsigned = 0,
) => ({
  phase,
  checked,
  total: 20_000,
  tampered,
  unsigned,
})

describe('what the desk says about the check of every signature', () => {
  it('counts while it checks, quietly', () => {
    expect(checkingMessage(state('heads', 4_000))).toContain('4,000 of 20,000 signatures so far')
    expect(sweepNote(state('history', 12_000))).toEqual({
      tone: 'progress',
      text: 'Checking the history’s signatures: 12,000 of 20,000.',
    })
    expect(sweepNote(null)).toBeNull()
  })

  it('says when all check out, and which are unsigned', () => {
    expect(sweepNote(state('done', 20_000))).toEqual({
      tone: 'done',
      text: 'All 20,000 signatures in this dossier’s history check out.',
    })
    expect(sweepNote(state('done', 20_000, 0, 2))?.text).toBe(
      'All 19,998 signatures in this dossier’s history check out; 2 decisions are unsigned.',
    )
  })

  it('warns, impossible to miss, about a signature that does not match, even mid-check', () => {
    expect(sweepNote(state('history', 9_000, 1))).toEqual({
      tone: 'warning',
      text: '1 signature does not match its decision (changed after signing, or forged): it counts for no status and is marked “tampered” in the timelines. Still checking: 9,000 of 20,000.',
    })
    expect(sweepNote(state('done', 20_000, 3))?.text).toMatch(
      /^3 signatures do not match their decisions/,
    )
  })
})
