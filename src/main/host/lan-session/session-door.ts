import type { Signer } from '../../../shared/identity'
import type { Role } from '../../../shared/protocol'
import { encodeWelcome, readWelcome } from '../../../shared/lan'
import type { LanWelcome } from '../../../shared/lan'
import { CLOSE_NOT_A_MEMBER, CLOSE_NORMAL, CLOSE_POLICY_VIOLATION } from '../../../shared/protocol'
import type { LanAdmission, LanPeer, LanPeerIdentity } from '../lan'
import type { DossierHandle } from '../library/library'
import { FrameGate } from './frame-gate'
import { WELCOME_TIMEOUT_MS } from './mesh-dialer'
import type { LinkKeeper } from './mesh-dialer'
import type { SharingFile } from './sharing-store'

/** What the door needs of the host's sessions. */
export interface DoorHost extends LinkKeeper {
  readonly localKey: string
  readonly signer: Signer
  readonly sharing: SharingFile
  /** Invites admitted on a connection not yet welcomed in: id → when (ms). */
  readonly invitesInFlight: Map<string, number>
  readonly now: number
  update(change: (file: SharingFile) => void): Promise<void>
  isMember(dossierId: string, key: string): boolean
  heldDossier(id: string): DossierHandle | undefined
  problem(line: string): void
}

/** How long an admitted invite waits for its welcome before another connection may use it. */
const IN_FLIGHT_MS = 2 * WELCOME_TIMEOUT_MS

const refuse = (reason: string): LanAdmission => ({
  admit: false,
  code: CLOSE_NOT_A_MEMBER,
  reason,
})

/**
 * Once a handshake proved who the peer is: a pair secret admits its own device while it is a
 * member; an open invite admits one connection at a time, and is spent only once that connection
 * has been welcomed in (`welcomePeer`): a joiner whose connection drops before then may try again.
 */
export const admitPeer = async (host: DoorHost, peer: LanPeerIdentity): Promise<LanAdmission> => {
  if (peer.remoteKey === host.localKey) return refuse('this is the same device')
  if (peer.grant.kind === 'member')
    return peer.grant.key === peer.remoteKey && host.isMember(peer.dossierId, peer.remoteKey)
      ? { admit: true }
      : refuse('this device is not a member of the dossier')
  const { inviteId } = peer.grant
  const invite = host.sharing.dossiers[peer.dossierId]?.invites.find(({ id }) => id === inviteId)
  if (invite === undefined || invite.state !== 'open') return refuse('the invite is no longer open')
  const since = host.invitesInFlight.get(inviteId)
  // A claim older than a welcome may take was left by a connection that died before its welcome.
  if (since !== undefined && host.now - since < IN_FLIGHT_MS)
    return refuse('the invite is being used right now')
  host.invitesInFlight.set(inviteId, host.now)
  return { admit: true }
}

const NO_LONGER_SHARED = 'the dossier is no longer shared'

/**
 * Makes an invited device a member under the name it gave (unless it is one already), and spends
 * the invite: on the LAN once it is welcomed, through a relay once it knocked (relay-door.ts).
 * Null, or why it could not.
 */
export const admitInvitee = async (
  host: DoorHost,
  dossierId: string,
  grant: { readonly inviteId: string; readonly role: Role },
  joiner: { readonly key: string; readonly name?: string | undefined },
): Promise<string | null> => {
  const handle = host.heldDossier(dossierId)
  if (handle === undefined) return NO_LONGER_SHARED
  try {
    if (handle.dossier.memberRole(joiner.key) === null)
      handle.dossier.admitMember(
        {
          key: joiner.key,
          name: joiner.name ?? `device ${joiner.key.slice(0, 8)}`,
          role: grant.role,
          invite: grant.inviteId,
        },
        host.signer,
      )
  } catch (error) {
    host.problem(`could not admit ${joiner.key.slice(0, 8)}: ${(error as Error).message}`)
    return 'the inviter could not admit this device'
  }
  // Spent before the joiner hears back: it is a member from here.
  await spendInvite(host, dossierId, grant.inviteId)
  return null
}

const spendInvite = (host: DoorHost, dossierId: string, inviteId: string): Promise<void> =>
  host.update((file) => {
    const stored = file.dossiers[dossierId]?.invites.find(({ id }) => id === inviteId)
    if (stored !== undefined) stored.state = 'used'
  })

/**
 * The listener's side once a peer is admitted: welcomes exchanged (ours carries the session
 * secret), an invitee admitted into the dossier under the name it gave, the link handed on.
 */
export const welcomePeer = async (host: DoorHost, peer: LanPeer): Promise<void> => {
  if (peer.grant.kind === 'member') return welcome(host, peer)
  const { inviteId } = peer.grant
  try {
    await welcome(host, peer)
  } finally {
    host.invitesInFlight.delete(inviteId)
  }
}

const welcome = async (host: DoorHost, peer: LanPeer): Promise<void> => {
  const gate = new FrameGate(peer.transport)
  peer.transport.send(encodeWelcome(host.welcomeFor(peer.dossierId, peer.remoteKey, true)))
  let welcome: LanWelcome
  try {
    const read = readWelcome(await gate.take(WELCOME_TIMEOUT_MS))
    if (!read.ok) return peer.transport.close(CLOSE_POLICY_VIOLATION, read.reason)
    welcome = read.welcome
  } catch {
    return peer.transport.close(CLOSE_POLICY_VIOLATION, 'no welcome')
  }
  if (peer.grant.kind === 'invite') {
    const problem = await admitInvitee(host, peer.dossierId, peer.grant, {
      key: peer.remoteKey,
      name: welcome.name,
    })
    if (problem !== null)
      return peer.transport.close(
        problem === NO_LONGER_SHARED ? CLOSE_NORMAL : CLOSE_NOT_A_MEMBER,
        problem,
      )
  }
  await host.learn(peer.dossierId, peer.remoteKey, welcome)
  host.adopt(peer.dossierId, peer.remoteKey, gate, false, peer.remoteAddress)
}
