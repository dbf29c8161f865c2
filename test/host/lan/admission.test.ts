import { describe, expect, it } from 'vitest'
import { admitInvitesAndMembers } from '../../../src/main/host/lan'
import type { LanPeerIdentity } from '../../../src/main/host/lan'
import { CLOSE_NOT_A_MEMBER } from '../../../src/shared/protocol'

const peer = (grant: LanPeerIdentity['grant'], remoteKey = 'b'.repeat(64)): LanPeerIdentity => ({
  remoteKey,
  dossierId: 'm_k3v9q0x2mz5a',
  grant,
  remoteAddress: '192.168.1.30',
})

describe('who the listener admits before membership entries exist', () => {
  const admit = admitInvitesAndMembers((key) => key === 'a'.repeat(64))

  it('admits whoever holds an open invite', () => {
    expect(admit(peer({ kind: 'invite', inviteId: '0123456789abcdef', role: 'viewer' }))).toEqual({
      admit: true,
    })
  })

  it('admits a session-secret holder only with a known key, and says why not', () => {
    expect(admit(peer({ kind: 'session' }, 'a'.repeat(64)))).toEqual({ admit: true })
    expect(admit(peer({ kind: 'session' }))).toEqual({
      admit: false,
      code: CLOSE_NOT_A_MEMBER,
      reason: 'this device is not a member of the dossier',
    })
  })
})
