import { describe, expect, it } from 'vitest'
import { INVITE_LINK_PREFIX, createInvite, encodeInviteLink } from '../../src/shared/lan'
import type { InviteRelay } from '../../src/shared/lan'
import { checkJoinLink } from '../../src/renderer/logic/join-link'
import { alice } from '../support/dossier-fixtures'

const NOW = Date.UTC(2026, 10, 27, 12, 0, 0)

const link = (expiresAt?: number, relay?: InviteRelay) =>
  encodeInviteLink(
    createInvite({
      dossierId: 'm_abc123def456',
      role: 'editor',
      inviter: alice.publicKey,
      addresses: [{ host: '192.168.1.20', port: 41234 }],
      ...(expiresAt === undefined ? {} : { expiresAt }),
      ...(relay === undefined ? {} : { relay }),
    }),
  )
const LAN_ONLY = 'Joining: reaching the computer that invited you…'

describe('the link the Join form sends', () => {
  it('drops the spaces and line breaks mail and chat put around and inside a link', () => {
    const valid = link()
    const wrapped = `  ${valid.slice(0, 50)}\n ${valid.slice(50)}\t`
    expect(checkJoinLink(wrapped, NOW)).toEqual({ ok: true, link: valid, progress: LAN_ONLY })
  })

  it('accepts the payload pasted alone, and sends it as a whole link', () => {
    const valid = link()
    expect(checkJoinLink(valid.slice(INVITE_LINK_PREFIX.length), NOW)).toEqual({
      ok: true,
      link: valid,
      progress: LAN_ONLY,
    })
  })

  it('says where the host will look for the inviter: the LAN, then the relay the invite names', () => {
    const relay = { url: 'wss://relay.example.org/desk', protocol: 'y-websocket' } as const
    expect(checkJoinLink(link(undefined, { ...relay, mode: 'plain' }), NOW)).toMatchObject({
      progress: expect.stringContaining('or through the relay at relay.example.org…'),
    })
    expect(checkJoinLink(link(undefined, { ...relay, mode: 'sealed' }), NOW)).toMatchObject({
      progress: expect.stringContaining('the inviter’s app must be open to let you in'),
    })
  })

  it('says in words what is wrong before asking the host', () => {
    expect(checkJoinLink('   ', NOW)).toEqual({
      ok: false,
      message: 'Paste the invite link you were sent.',
    })
    expect(checkJoinLink('https://example.com/join', NOW)).toEqual({
      ok: false,
      message: 'This is not a Verification Desk invite link.',
    })
    expect(checkJoinLink(link().slice(0, 60), NOW)).toEqual({
      ok: false,
      message: 'This invite link is damaged.',
    })
    expect(checkJoinLink(link(NOW - 1000), NOW)).toEqual({
      ok: false,
      message: 'This invite expired at 2026-11-27T11:59:59.000Z.',
    })
  })
})
