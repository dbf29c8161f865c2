import { randomBytes } from 'node:crypto'
import { bytesToHex } from '@noble/hashes/utils.js'
import { describe, expect, it } from 'vitest'
import { createDeviceKey } from '../../../src/shared/identity'
import { pairSecret } from '../../../src/main/host/lan'
import {
  PairSecrets,
  sessionCandidates,
} from '../../../src/main/host/lan-session/session-candidates'
import type { CandidateSource } from '../../../src/main/host/lan-session/session-candidates'
import type { InviteRecord, SharingFile } from '../../../src/main/host/lan-session/sharing-store'

const local = createDeviceKey('Ana')
const ben = createDeviceKey('Ben')
const cleo = createDeviceKey('Cleo')
const session = bytesToHex(randomBytes(32))
const NOW = Date.UTC(2026, 10, 27, 12)

const invite = (id: string, state: InviteRecord['state'], expiresAt: number | null) => ({
  id,
  secret: bytesToHex(randomBytes(32)),
  role: 'editor' as const,
  created: new Date(NOW).toISOString(),
  expiresAt,
  state,
  link: 'verification-desk://join/x',
})

const sourceWith = (members: string[], invites: InviteRecord[], held = true): CandidateSource => {
  const sharing: SharingFile = {
    version: 1,
    dossiers: { m_cand12345678: { sessionSecret: session, invites, addresses: {} } },
  }
  return {
    sharing,
    now: NOW,
    localKey: local.publicKey,
    pairs: new PairSecrets(local),
    isHeld: () => held,
    memberKeys: () => members,
  }
}

describe('what the listener accepts', () => {
  it('offers one pair secret per other current member, and each open, unexpired invite', () => {
    const open = invite('00000000000000a1', 'open', null)
    const later = invite('00000000000000a2', 'open', NOW + 1)
    const candidates = sessionCandidates(
      sourceWith(
        [local.publicKey, ben.publicKey, cleo.publicKey],
        [
          open,
          later,
          invite('00000000000000a3', 'open', NOW),
          invite('00000000000000a4', 'used', null),
          invite('00000000000000a5', 'revoked', null),
        ],
      ),
    )
    expect(candidates.map(({ grant }) => grant)).toEqual([
      { kind: 'member', key: ben.publicKey },
      { kind: 'member', key: cleo.publicKey },
      { kind: 'invite', inviteId: open.id, role: 'editor' },
      { kind: 'invite', inviteId: later.id, role: 'editor' },
    ])
    // The pair Ben computes on his side is the one offered for him.
    expect(candidates[0]!.secret).toEqual(
      pairSecret(Buffer.from(session, 'hex'), ben, local.publicKey),
    )
  })

  it('stops offering a member’s pair once it is no longer a member', () => {
    const before = sessionCandidates(
      sourceWith([local.publicKey, ben.publicKey, cleo.publicKey], []),
    )
    const after = sessionCandidates(sourceWith([local.publicKey, ben.publicKey], []))
    expect(before).toHaveLength(2)
    expect(after.map(({ grant }) => grant)).toEqual([{ kind: 'member', key: ben.publicKey }])
  })

  it('offers nothing for a dossier it does not hold open, and skips a damaged member key', () => {
    expect(sessionCandidates(sourceWith([ben.publicKey], [], false))).toEqual([])
    expect(sessionCandidates(sourceWith(['00'.repeat(32), ben.publicKey], []))).toHaveLength(1)
  })
})
