import { bytesToHex } from '@noble/hashes/utils.js'
import * as Y from 'yjs'
import type { Invite } from '../../../shared/lan'
import { RpcError } from '../../../shared/protocol'
import type { RelaySettings } from '../../../shared/relay'
import type { RelayLinks } from '../relay'
import { inviteDoor, openAnswer, sealKnock } from '../relay/invite-door'
import type { OpenedAnswer } from '../relay/invite-door'
import { storeFetched } from '../relay/relay-fetch'
import { syncRoom } from '../relay/room-sync'
import { fetchSealed } from '../relay/sealed-fetch'
import type { LanSessions } from './lan-sessions'

/** How long the inviter's host gets to answer a knock through the relay. */
export const DOOR_ANSWER_TIMEOUT_MS = 60_000

export interface RelayJoinTimeouts {
  readonly answerMs?: number
  readonly fetchMs?: number
}

/**
 * Joins through the sealed relay an invite names, when no member's host answered on the LAN
 * (docs/relay.md, "Joining through a relay"): knocks at the invite's door room, takes the
 * inviter's signed answer (the session secret, sealed to this device), fetches the dossier from
 * its sealed room, and keeps relaying it sealed. Throws RpcError in words at each step.
 */
export const joinThroughSealedRelay = async (
  sessions: LanSessions,
  relays: RelayLinks,
  invite: Invite & { relay: NonNullable<Invite['relay']> },
  timeouts: RelayJoinTimeouts = {},
): Promise<string> => {
  const { relay, dossierId } = invite
  const settings: RelaySettings = {
    url: relay.url,
    protocol: relay.protocol,
    mode: 'sealed',
    ...(relay.token === undefined ? {} : { token: relay.token }),
  }
  const answer = await knock(
    sessions,
    invite,
    settings,
    timeouts.answerMs ?? DOOR_ANSWER_TIMEOUT_MS,
  )
  if (!answer.admitted)
    throw new RpcError('invite-refused', `the inviter's host refused: ${answer.reason}`)
  const roles = new Map(answer.members.map(({ key, role }) => [key, role]))
  // Until this host holds the dossier, the inviter's word on who the members are is what it has.
  const doc = await fetchSealed(
    settings,
    dossierId,
    {
      sessionSecret: answer.sessionSecret,
      deviceKey: sessions.deviceKey,
      isMember: (key) => roles.has(key),
      isEditor: (key) => roles.get(key) === 'editor',
      members: () => [...roles.keys()],
      removed: () => [],
    },
    timeouts.fetchMs,
  )
  await storeFetched(sessions.library, doc, dossierId, `the sealed relay at ${relay.url}`)
  await sessions.adoptRelayJoined(dossierId, {
    sessionSecret: bytesToHex(answer.sessionSecret),
    invites: [],
    addresses: {},
  })
  await relays.set(dossierId, settings)
  return dossierId
}

/** Knocks at the invite's door and waits for the inviter's answer to this device. */
const knock = (
  sessions: LanSessions,
  invite: Invite,
  settings: RelaySettings,
  timeoutMs: number,
): Promise<OpenedAnswer> => {
  const door = inviteDoor(invite.secret)
  const doc = new Y.Doc()
  const items = doc.getArray<Uint8Array>('door')
  const name = sessions.signer.name.trim()
  return new Promise<OpenedAnswer>((resolve, reject) => {
    let over = false
    const finish = (outcome: () => void): void => {
      if (over) return
      over = true
      clearTimeout(timer)
      room.destroy()
      doc.destroy()
      outcome()
    }
    const look = (candidates: readonly unknown[]): void => {
      for (const item of candidates) {
        const answer = openAnswer(door, item, invite.inviter, sessions.deviceKey)
        if (answer !== null) return finish(() => resolve(answer))
      }
    }
    items.observe((event) => {
      if (!event.transaction.local)
        look(event.changes.delta.flatMap((part) => (part.insert as unknown[]) ?? []))
    })
    const room = syncRoom(settings, door.room, doc, null, {
      onSynced: () => {
        look(items.toArray())
        if (over) return
        items.push([
          sealKnock(
            door,
            {
              kind: 'knock',
              dossierId: invite.dossierId,
              key: sessions.localKey,
              ...(name === '' ? {} : { name: name.slice(0, 200) }),
            },
            sessions.deviceKey,
          ),
        ])
      },
      onEnd: (code, reason) =>
        finish(() =>
          reject(
            new RpcError(
              'unreachable',
              `could not ask the inviter through the relay at ${settings.url}: ${reason} (${code})`,
            ),
          ),
        ),
    })
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(
            new RpcError(
              'unreachable',
              `the inviter's host did not answer through the relay at ${settings.url} within ${Math.round(timeoutMs / 1000)} s: ask the inviter to open Verification Desk (or run dossier serve), then join again with the same link`,
            ),
          ),
        ),
      timeoutMs,
    )
  })
}
