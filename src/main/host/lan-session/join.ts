import * as Y from 'yjs'
import { Dossier } from '../../../shared/dossier'
import { encodeWelcome, formatLanAddress, readInviteLink, readWelcome } from '../../../shared/lan'
import {
  CLOSE_POLICY_VIOLATION,
  PEER_HOST_FRAME_LIMITS,
  RpcError,
  decodeFrame,
  encodeSyncStep1,
} from '../../../shared/protocol'
import { dialLan } from '../lan'
import type { LanDialResult } from '../lan'
import { FrameGate } from './frame-gate'
import type { LanSessions } from './lan-sessions'

const FIRST_SYNC_TIMEOUT_MS = 60_000
const WELCOME_TIMEOUT_MS = 10_000

const syncPayload = (bytes: Uint8Array): Uint8Array | null => {
  const decoded = decodeFrame(bytes, PEER_HOST_FRAME_LIMITS)
  if (!decoded.ok) return null
  const { frame } = decoded
  return frame.type === 'sync-step2' || frame.type === 'sync-update' ? frame.update : null
}

const isStep2 = (bytes: Uint8Array): boolean => {
  const decoded = decodeFrame(bytes, PEER_HOST_FRAME_LIMITS)
  return decoded.ok && decoded.frame.type === 'sync-step2'
}

/**
 * Joins a dossier with an invite link (RPC `join`): dials the inviter's addresses in turn, reads
 * its welcome, takes the first sync into a new dossier of this library with the inviter's id, then
 * keeps the connection syncing through the hub. Returns the dossier's id; throws RpcError with
 * the codes the contract names and a sentence naming what was tried.
 */
export const joinWithLink = async (sessions: LanSessions, link: string): Promise<string> => {
  try {
    return await join(sessions, link)
  } catch (error) {
    await sessions.stopIfIdle()
    throw error
  }
}

const join = async (sessions: LanSessions, link: string): Promise<string> => {
  const read = readInviteLink(link.trim(), sessions.now)
  if (!read.ok)
    throw new RpcError(
      read.problem === 'expired' ? 'invite-expired' : 'invite-invalid',
      read.message,
    )
  const { invite } = read
  const library = sessions.library
  if (await library.exists(invite.dossierId))
    throw new RpcError('conflict', `dossier ${invite.dossierId} is already in this library`)
  if (invite.inviter === sessions.localKey)
    throw new RpcError('invite-invalid', 'this invite was made on this device')
  // Listening first, so the welcome can tell the inviter where this host will be.
  await sessions.ensureListening().catch(() => undefined)
  const failures: string[] = []
  let dialled: (LanDialResult & { ok: true }) | null = null
  let where = ''
  for (const address of invite.addresses) {
    const result = await dialLan(address, {
      dossierId: invite.dossierId,
      secret: invite.secret,
      purpose: 'invite',
      deviceKey: sessions.deviceKey,
      expectedPeer: invite.inviter,
    })
    if (result.ok) {
      dialled = result
      where = formatLanAddress(address)
      break
    }
    if (result.problem === 'refused' || result.problem === 'not-admitted')
      throw new RpcError(
        'invite-refused',
        `${formatLanAddress(address)} refused: the invite is wrong, expired, used or revoked`,
      )
    failures.push(result.message)
  }
  if (dialled === null)
    throw new RpcError('unreachable', `could not reach the inviter: ${failures.join('; ')}`)
  const { transport } = dialled
  const gate = new FrameGate(transport)
  try {
    transport.send(encodeWelcome(sessions.welcomeFor(invite.dossierId, invite.inviter, false)))
    const welcome = readWelcome(await gate.take(WELCOME_TIMEOUT_MS))
    if (!welcome.ok || welcome.welcome.sessionSecret === undefined)
      throw new Error(welcome.ok ? 'the welcome carries no session secret' : welcome.reason)
    transport.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())))
    await gate.peekUntil(isStep2, FIRST_SYNC_TIMEOUT_MS)
    const updates = gate
      .held()
      .map(syncPayload)
      .filter((update) => update !== null)
    await library.add((doc) => {
      for (const update of updates) Y.applyUpdate(doc, update)
      const dossier = Dossier.open(doc)
      if (dossier.id !== invite.dossierId) throw new Error('the inviter sent another dossier')
      return dossier
    })
    const addresses: Record<string, { host: string; port: number }[]> = {}
    if (welcome.welcome.listening.length > 0)
      addresses[invite.inviter] = [...welcome.welcome.listening]
    for (const member of welcome.welcome.members)
      if (member.key !== sessions.localKey) addresses[member.key] = [...member.addresses]
    await sessions.adoptJoined(
      invite.dossierId,
      { sessionSecret: welcome.welcome.sessionSecret, invites: [], addresses },
      invite.inviter,
      gate,
      where,
    )
  } catch (error) {
    transport.close(CLOSE_POLICY_VIOLATION, 'the join failed')
    if (error instanceof RpcError) throw error
    throw new RpcError('unreachable', `${where}: the join failed: ${(error as Error).message}`)
  }
  return invite.dossierId
}
