import { describe, expect, it } from 'vitest'
import type { MemberView } from '../../src/shared/dossier'
import { readOnlyReason } from '../../src/renderer/logic/local-access'

const KEY = 'a'.repeat(64)
const member = (role: MemberView['role'], removed = false, key = KEY): MemberView => ({
  key,
  name: 'Ana',
  role,
  admittedBy: 'b'.repeat(64),
  admittedAt: '2026-11-27T12:00:00.000Z',
  removed,
  history: [],
})
const dossierWith = (members: MemberView[]) => ({ members: () => members })

describe('whether this device may change the open dossier', () => {
  it('may, when the dossier was never shared or the host has no LAN key', () => {
    expect(readOnlyReason(dossierWith([]), KEY, false)).toBeNull()
    expect(readOnlyReason(dossierWith([member('viewer')]), null, false)).toBeNull()
  })

  it('may, as an editor, or while its admission has not arrived yet', () => {
    expect(readOnlyReason(dossierWith([member('editor')]), KEY, false)).toBeNull()
    expect(
      readOnlyReason(dossierWith([member('editor', false, 'c'.repeat(64))]), KEY, false),
    ).toBeNull()
  })

  it('may not, as a viewer, a removed device, or over a read-only link, and says why', () => {
    expect(readOnlyReason(dossierWith([member('viewer')]), KEY, false)).toMatch(/You are a viewer/)
    expect(readOnlyReason(dossierWith([member('editor', true)]), KEY, false)).toMatch(
      /was removed from the dossier’s LAN session/,
    )
    expect(readOnlyReason(dossierWith([]), null, true)).toMatch(/read-only/)
  })
})
