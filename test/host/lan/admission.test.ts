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

describe('who the listener admits', () => {
  const admit = admitInvitesAndMembers((key) => key === 'a'.repeat(64))

  it('admits whoever holds an open invite', () => {
    expect(admit(peer({ kind: 'invite', inviteId: '0123456789abcdef', role: 'viewer' }))).toEqual({
      admit: true,
    })
  })

  it('admits a pair-secret holder only as the member it was made for, and says why not', () => {
    const member = 'a'.repeat(64)
    expect(admit(peer({ kind: 'member', key: member }, member))).toEqual({ admit: true })
    // The pair of a member that is no longer one (offered just before its removal arrived).
    expect(admit(peer({ kind: 'member', key: 'b'.repeat(64) }))).toEqual({
      admit: false,
      code: CLOSE_NOT_A_MEMBER,
      reason: 'this device is not a member of the dossier',
    })
    // Another device that somehow holds a member's pair secret is not that member.
    expect(admit(peer({ kind: 'member', key: member }, 'c'.repeat(64)))).toEqual({
      admit: false,
      code: CLOSE_NOT_A_MEMBER,
      reason: 'this device is not a member of the dossier',
    })
  })
})
