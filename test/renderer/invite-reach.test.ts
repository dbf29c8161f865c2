import { describe, expect, it } from 'vitest'
import { createInvite, encodeInviteLink } from '../../src/shared/lan'
import type { InviteRelay } from '../../src/shared/lan'
import { inviteReach } from '../../src/renderer/logic/invite-reach'
import { alice } from '../support/dossier-fixtures'

const link = (relay?: InviteRelay) =>
  encodeInviteLink(
    createInvite({
      dossierId: 'm_abc123def456',
      role: 'editor',
      inviter: alice.publicKey,
      addresses: [{ host: '192.168.1.20', port: 41234 }],
      ...(relay === undefined ? {} : { relay }),
    }),
  )
const LISTENING = ['192.168.1.20:41234']
const RELAY = { url: 'wss://relay.example.org:8443/desk', protocol: 'hocuspocus' } as const

describe('what an invite link says it reaches', () => {
  it('the LAN only: the same network, and this app open until they join', () => {
    expect(inviteReach(link(), LISTENING)).toBe(
      'It sends them to this computer at 192.168.1.20:41234, so both of you must be on the same network and this app must stay open until they have joined.',
    )
    expect(inviteReach(link(), [])).toContain('at no address yet')
  })

  it('a sealed relay: from anywhere, with this app open to let them in', () => {
    const said = inviteReach(link({ ...RELAY, mode: 'sealed' }), LISTENING)
    expect(said).toContain('or from anywhere through the relay at relay.example.org:8443')
    expect(said).toContain('this app lets them in')
  })

  it('a plain relay: from anywhere, even with this app closed, and the link is as secret as the token', () => {
    const said = inviteReach(link({ ...RELAY, mode: 'plain' }), LISTENING)
    expect(said).toContain('even with this app closed')
    expect(said).toContain('lets whoever holds it read the dossier there')
  })
})
