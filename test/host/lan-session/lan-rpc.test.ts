import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { hexToBytes } from '@noble/hashes/utils.js'
import { afterEach, describe, expect, it } from 'vitest'
import { dialLan, pairSecret } from '../../../src/main/host/lan'
import { loadDeviceKey } from '../../../src/main/host/lan-session/device-key'
import { LanSessions, lanRpc } from '../../../src/main/host/lan-session'
import { Library } from '../../../src/main/host/library/library'
import type { RpcContext, RpcHandler } from '../../../src/main/host/sync'
import { createInvite, encodeInviteLink, readInviteLink } from '../../../src/shared/lan'
import { RpcError } from '../../../src/shared/protocol'
import { libraryWithDossier } from '../serve/support/serve-library'
import { eventually } from '../../support/eventually'
import { tempDir } from '../../support/temp-dir'

const context: RpcContext = { connection: 'p_test', dossierId: 'library', role: 'editor' }
const opened: { close(): Promise<void> }[] = []

afterEach(async () => {
  while (opened.length > 0) await opened.pop()!.close()
})

/** One host's library, LAN sessions (127.0.0.1) and LAN RPC methods, with a settable clock. */
const host = async (withDossier: boolean) => {
  const dir = await tempDir()
  const id = withDossier ? await libraryWithDossier(dir) : null
  const library = await Library.open(dir)
  let now = Date.UTC(2026, 10, 27, 12)
  const sessions = await LanSessions.start({
    library,
    connect: (transport) => transport.close(1000, 'no hub in this test'),
    listen: { host: '127.0.0.1', port: 0 },
    now: () => now,
  })
  opened.push(library, sessions)
  const rpc = lanRpc(sessions) as Required<RpcHandler>
  return { dir, id, library, sessions, rpc, advance: (ms: number) => (now += ms) }
}

const rejection = async (work: unknown): Promise<{ code: string; message: string }> => {
  const error = await Promise.resolve(work).then(
    () => null,
    (thrown: unknown) => thrown,
  )
  expect(error).toBeInstanceOf(RpcError)
  return { code: (error as RpcError).code, message: (error as RpcError).message }
}

describe('the LAN RPC methods, when they cannot do what is asked', () => {
  it('share: a listen address that does not read keeps the endpoint closed, and says why', async () => {
    const dir = await tempDir()
    const id = await libraryWithDossier(dir)
    const library = await Library.open(dir)
    const problem = 'DOSSIER_LAN_LISTEN="nowhere:99999" is not an address to listen on'
    const sessions = await LanSessions.start({
      library,
      connect: (transport) => transport.close(1000, 'no hub in this test'),
      listenProblem: problem,
    })
    opened.push(library, sessions)
    const rpc = lanRpc(sessions) as Required<RpcHandler>
    expect(await rejection(rpc.share({ id, role: 'editor' }, context))).toEqual({
      code: 'unreachable',
      message: problem,
    })
    expect((await rpc.sharing({ id }, context)).sharing).toMatchObject({ listening: [], problem })
  })

  it('join: a wrong link, an expired invite, a dossier already here, nobody listening', async () => {
    const joiner = await host(false)
    expect(await rejection(joiner.rpc.join({ link: 'https://example.com' }, context))).toEqual({
      code: 'invite-invalid',
      message: 'this is not a Verification Desk invite link',
    })

    const inviter = await host(true)
    const { invite } = await inviter.rpc.share(
      { id: inviter.id!, role: 'editor', expiresInMs: 60_000 },
      context,
    )
    joiner.advance(120_000)
    expect(await rejection(joiner.rpc.join({ link: invite.link }, context))).toMatchObject({
      code: 'invite-expired',
      message: expect.stringMatching(/^this invite expired at /),
    })

    // Expired for the inviter too, whatever the joiner's clock says: it is no longer a candidate.
    inviter.advance(120_000)
    const read = readInviteLink(invite.link, 0)
    if (!read.ok) throw new Error(read.message)
    const dialled = await dialLan(read.invite.addresses[0]!, {
      dossierId: read.invite.dossierId,
      secret: read.invite.secret,
      purpose: 'invite',
      deviceKey: await loadDeviceKey(joiner.dir),
    })
    expect(dialled).toMatchObject({ ok: false, problem: 'refused' })

    // A library that has the dossier already (a copy brought in as a file) is not joined again.
    const { invite: again } = await inviter.rpc.share({ id: inviter.id!, role: 'editor' }, context)
    const holder = await host(false)
    await holder.library.importFile(await inviter.library.exportFile(inviter.id!))
    expect(await rejection(holder.rpc.join({ link: again.link }, context))).toEqual({
      code: 'conflict',
      message: `dossier ${inviter.id} is already in this library`,
    })

    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const { port } = closed.address() as AddressInfo
    await new Promise((resolve) => closed.close(resolve))
    const nowhere = createInvite({
      dossierId: 'm_nowhere12345',
      role: 'editor',
      inviter: 'ab'.repeat(32),
      addresses: [{ host: '127.0.0.1', port }],
    })
    expect(await rejection(joiner.rpc.join({ link: encodeInviteLink(nowhere) }, context))).toEqual({
      code: 'unreachable',
      message: `could not reach the inviter: unreachable: 127.0.0.1:${port} (ECONNREFUSED)`,
    })
    // A join that failed leaves no port open behind it.
    expect(joiner.sessions.advertised()).toEqual([])
  })

  it('join: an invite is spent only once its joiner is welcomed in, and one connection at a time', async () => {
    const inviter = await host(true)
    const { invite } = await inviter.rpc.share({ id: inviter.id!, role: 'editor' }, context)
    const read = readInviteLink(invite.link)
    if (!read.ok) throw new Error(read.message)
    const dialWithInvite = async () =>
      dialLan(read.invite.addresses[0]!, {
        dossierId: inviter.id!,
        secret: read.invite.secret,
        purpose: 'invite',
        deviceKey: await loadDeviceKey(await tempDir()),
        expectedPeer: read.invite.inviter,
      })
    // A joiner admitted, whose connection then drops before it says who it is...
    const first = await dialWithInvite()
    if (!first.ok) throw new Error(first.message)
    // ...holds the invite meanwhile: a second connection with it is turned away,
    expect(await dialWithInvite()).toMatchObject({
      ok: false,
      problem: 'not-admitted',
      message: 'refused: the invite is being used right now',
    })
    first.transport.close()
    await eventually(() => expect(inviter.sessions.invitesInFlight.size).toBe(0))
    expect(inviter.sessions.sharing.dossiers[inviter.id!]!.invites[0]!.state).toBe('open')
    // ...but has not spent it: the person it was meant for gets in with it and is admitted (the
    // join then stops where this test has no hub to sync through).
    const joiner = await host(false)
    expect((await rejection(joiner.rpc.join({ link: invite.link }, context))).message).toMatch(
      /no hub in this test/,
    )
    expect(inviter.sessions.sharing.dossiers[inviter.id!]!.invites[0]!.state).toBe('used')
    const joinerKey = (await loadDeviceKey(joiner.dir)).publicKey
    expect(inviter.sessions.heldDossier(inviter.id!)!.dossier.memberRole(joinerKey)).toBe('editor')
  })

  it('sharing shows a viewer the members but never an invite link', async () => {
    const h = await host(true)
    const id = h.id!
    const { invite } = await h.rpc.share({ id, role: 'editor' }, context)
    const asEditor = await h.rpc.sharing({ id }, context)
    expect(asEditor.sharing.invites.map((item) => item.link)).toEqual([invite.link])
    const asViewer = await h.rpc.sharing({ id }, { ...context, role: 'viewer' })
    expect(asViewer.sharing.invites).toEqual([])
    expect(asViewer.sharing.members).toEqual(asEditor.sharing.members)
    expect(JSON.stringify(asViewer)).not.toContain(invite.id)
  })

  it('share, unshare, revoke and role name what is wrong', async () => {
    const h = await host(true)
    const id = h.id!
    expect(await rejection(h.rpc.share({ id: 'm_unknown12345', role: 'editor' }, context))).toEqual(
      { code: 'not-found', message: 'no dossier m_unknown12345' },
    )
    expect(await rejection(h.rpc.unshare({ id }, context))).toEqual({
      code: 'not-found',
      message: `${id} is not shared from this host`,
    })
    const { invite, sharing } = await h.rpc.share({ id, role: 'viewer' }, context)
    expect(sharing).toMatchObject({ shared: true, problem: null })
    expect(sharing.members).toEqual([expect.objectContaining({ you: true, role: 'editor' })])
    expect(sharing.listening).toEqual([expect.stringMatching(/^127\.0\.0\.1:\d+$/)])

    expect(await rejection(h.rpc.revoke({ id, target: 'ffff' }, context))).toMatchObject({
      code: 'not-found',
    })
    const me = sharing.members[0]!.key
    expect(await rejection(h.rpc.revoke({ id, target: me.slice(0, 6) }, context))).toEqual({
      code: 'conflict',
      message: 'to leave, stop sharing (`dossier share ID --stop`)',
    })
    expect(await rejection(h.rpc.role({ id, member: me, role: 'viewer' }, context))).toMatchObject({
      code: 'invalid-params',
    })
    expect((await h.rpc.revoke({ id, target: invite.id }, context)).revoked).toBe('invite')
    expect(await rejection(h.rpc.revoke({ id, target: invite.id }, context))).toEqual({
      code: 'conflict',
      message: `invite ${invite.id} is already revoked`,
    })
    // A revoked invite is no longer accepted at the door.
    const read = readInviteLink(invite.link)
    if (!read.ok) throw new Error(read.message)
    const stranger = await tempDir()
    const dialled = await dialLan(read.invite.addresses[0]!, {
      dossierId: id,
      secret: read.invite.secret,
      purpose: 'invite',
      deviceKey: await loadDeviceKey(stranger),
    })
    expect(dialled).toMatchObject({ ok: false, problem: 'refused' })
    // Nor does the session secret open anything for a device that is not a member: the pair it
    // makes with this host is not one the host offers.
    const session = hexToBytes(h.sessions.sharing.dossiers[id]!.sessionSecret)
    const strangerKey = await loadDeviceKey(stranger)
    const member = await dialLan(read.invite.addresses[0]!, {
      dossierId: id,
      secret: pairSecret(session, strangerKey, h.sessions.localKey)!,
      purpose: 'member',
      deviceKey: strangerKey,
    })
    expect(member).toMatchObject({ ok: false, problem: 'refused' })

    await h.rpc.unshare({ id }, context)
    expect((await h.rpc.sharing({ id }, context)).sharing).toMatchObject({
      shared: false,
      listening: [],
      invites: [],
    })
  })
})
