import { DossierInputError } from '../../../shared/dossier'
import type { Dossier } from '../../../shared/dossier'
import { shortKey } from '../../../shared/identity'
import {
  MAX_INVITE_RELAY_TEXT,
  createInvite,
  encodeInviteLink,
  formatLanAddress,
  readInviteLink,
} from '../../../shared/lan'
import type { InviteRelay } from '../../../shared/lan'
import type { RelaySettings } from '../../../shared/relay'
import { RpcError } from '../../../shared/protocol'
import type { InviteSummary, SharingWire } from '../../../shared/protocol'
import type { RelayLinks } from '../relay'
import type { RpcHandler } from '../sync/rpc-dispatch'
import { joinWithLink } from './join'
import { joinThroughSealedRelay } from './join-through-relay'
import type { RelayJoinTimeouts } from './join-through-relay'
import type { LanSessions } from './lan-sessions'
import type { InviteRecord } from './sharing-store'

/** The relay an invite names: the dossier's, when it is relayed and fits. */
const inviteRelayOf = (settings: RelaySettings | null): { relay?: InviteRelay } => {
  if (settings === null) return {}
  const relay: InviteRelay = {
    url: settings.url,
    protocol: settings.protocol,
    mode: settings.mode,
    ...(settings.token === undefined ? {} : { token: settings.token }),
  }
  const fits = [relay.url, relay.token ?? ''].every(
    (text) => new TextEncoder().encode(text).length <= MAX_INVITE_RELAY_TEXT,
  )
  return fits ? { relay } : {}
}

const inviteSummary = (invite: InviteRecord, now: number): InviteSummary => ({
  id: invite.id,
  role: invite.role,
  link: invite.link,
  expiresAt: invite.expiresAt === null ? null : new Date(invite.expiresAt).toISOString(),
  state:
    invite.state === 'open' && invite.expiresAt !== null && invite.expiresAt <= now
      ? 'expired'
      : invite.state,
  created: invite.created,
})

/**
 * The LAN methods of the RPC contract (share, unshare, join, sharing, revoke, role), answered by
 * this host's LAN sessions: what the app's Share panel and `dossier share|join|peers|...` call.
 */
export const lanRpc = (
  sessions: LanSessions,
  relays: RelayLinks | null = null,
  timeouts: RelayJoinTimeouts = {},
): RpcHandler => {
  const { library } = sessions

  /** Runs `work` on the dossier: the held copy when it is shared, else opened for the call. */
  const withDossier = async <T>(id: string, work: (dossier: Dossier) => T): Promise<T> => {
    if (!(await library.exists(id))) throw new RpcError('not-found', `no dossier ${id}`)
    const held = sessions.heldDossier(id)
    const run = (dossier: Dossier): T => {
      try {
        return work(dossier)
      } catch (error) {
        if (error instanceof DossierInputError) throw new RpcError('invalid-params', error.message)
        throw error
      }
    }
    if (held !== undefined) return run(held.dossier)
    return library.with(id, ({ dossier }) => run(dossier))
  }

  const summary = async (id: string): Promise<SharingWire> => {
    const entry = sessions.sharing.dossiers[id]
    const members = await withDossier(id, (dossier) => dossier.members())
    const listening = entry === undefined ? [] : sessions.advertised().map(formatLanAddress)
    return {
      dossierId: id,
      shared: entry !== undefined,
      listening,
      problem: sessions.listeningProblem,
      members: members
        .filter((member) => !member.removed)
        .map((member) => {
          const you = member.key === sessions.localKey
          const link = sessions.linkTo(id, member.key)
          const known = entry?.addresses[member.key]?.[0]
          return {
            key: member.key,
            fingerprint: shortKey(member.key),
            name: member.name,
            role: member.role,
            you,
            online: you || link !== undefined,
            // Where it listens (an inbound link's own address has a throwaway port).
            address: you
              ? (listening[0] ?? null)
              : known === undefined
                ? (link?.address ?? null)
                : formatLanAddress(known),
            admittedBy: member.admittedBy === member.key ? null : member.admittedBy,
          }
        }),
      invites: (entry?.invites ?? []).map((invite) => inviteSummary(invite, sessions.now)),
      relay: relays?.status(id) ?? null,
    }
  }

  /**
   * No member's host answered on the LAN, and the invite names a relay: the dossier comes from
   * the relay alone, and keeps syncing through it. Plain, the relay's room is read as it is;
   * sealed, the inviter's host is asked through the relay for the session secret first
   * (docs/relay.md, "Joining through a relay").
   */
  const joinThroughRelay = async (error: unknown, link: string): Promise<string> => {
    const read = readInviteLink(link.trim(), sessions.now)
    const relay = read.ok ? read.invite.relay : undefined
    if (!(error instanceof RpcError) || error.code !== 'unreachable' || !read.ok) throw error
    if (relay === undefined || relays === null) throw error
    try {
      if (relay.mode === 'sealed')
        return await joinThroughSealedRelay(sessions, relays, { ...read.invite, relay }, timeouts)
      await relays.set(read.invite.dossierId, { ...relay, mode: 'plain' })
    } catch (failure) {
      await sessions.stopIfIdle()
      throw new RpcError(
        failure instanceof RpcError && failure.code === 'invite-refused'
          ? 'invite-refused'
          : 'unreachable',
        `${error.message}; and through the relay at ${relay.url}: ${(failure as Error).message}`,
      )
    }
    return read.invite.dossierId
  }

  const resolveMember = async (id: string, prefix: string): Promise<string> => {
    const keys = await withDossier(id, (dossier) =>
      dossier
        .members()
        .filter((member) => !member.removed && member.key.startsWith(prefix))
        .map((member) => member.key),
    )
    if (keys.length === 1) return keys[0]!
    throw new RpcError(
      keys.length === 0 ? 'not-found' : 'invalid-params',
      keys.length === 0
        ? `no member of ${id} has a key starting with ${prefix}`
        : `${prefix} names ${keys.length} members; give more of the key`,
    )
  }

  return {
    share: async ({ id, role, expiresInMs }) => {
      const me = sessions.signer
      await withDossier(id, (dossier) => {
        const myRole = dossier.memberRole(me.publicKey)
        if (dossier.members().length > 0 && myRole !== 'editor')
          throw new RpcError('forbidden', 'only an editor of this dossier can invite')
      })
      try {
        await sessions.share(id)
      } catch (error) {
        throw new RpcError('unreachable', (error as Error).message)
      }
      // Whoever shares first founds the membership: they are its first editor.
      await withDossier(id, (dossier) => {
        if (dossier.memberRole(me.publicKey) === null)
          dossier.admitMember({ key: me.publicKey, name: me.name, role: 'editor' }, me)
      })
      const addresses = sessions.advertised()
      if (addresses.length === 0)
        throw new RpcError('unreachable', 'this host has no LAN address to put in an invite')
      const now = sessions.now
      const invite = createInvite({
        dossierId: id,
        role,
        inviter: me.publicKey,
        addresses,
        ...(expiresInMs === undefined ? {} : { expiresAt: now + expiresInMs }),
        ...inviteRelayOf(relays?.settingsOf(id) ?? null),
      })
      const record: InviteRecord = {
        id: invite.id,
        secret: Buffer.from(invite.secret).toString('hex'),
        role,
        created: new Date(now).toISOString(),
        expiresAt: invite.expiresAt ?? null,
        state: 'open',
        link: encodeInviteLink(invite),
      }
      await sessions.update((file) => file.dossiers[id]?.invites.push(record))
      return { invite: inviteSummary(record, now), sharing: await summary(id) }
    },
    unshare: async ({ id }) => {
      if (sessions.sharing.dossiers[id] === undefined)
        throw new RpcError('not-found', `${id} is not shared from this host`)
      await sessions.unshare(id)
      return { sharing: await summary(id) }
    },
    relay: async ({ id, settings }) => {
      if (relays === null) throw new RpcError('method-not-found', 'this host does not relay')
      await relays.set(id, settings)
      return { sharing: await summary(id) }
    },
    join: async ({ link }) => {
      const id = await joinWithLink(sessions, link).catch((error: unknown) =>
        joinThroughRelay(error, link),
      )
      const { dossiers } = await library.list()
      const dossier = dossiers.find((item) => item.id === id)
      if (dossier === undefined) throw new RpcError('internal', `${id} did not arrive`)
      return { dossier, sharing: await summary(id) }
    },
    // A viewer sees who is in the session, never an invite: its link is the secret that admits.
    sharing: async ({ id }, context) => {
      const sharing = await summary(id)
      return { sharing: context.role === 'viewer' ? { ...sharing, invites: [] } : sharing }
    },
    revoke: async ({ id, target }) => {
      const invites = sessions.sharing.dossiers[id]?.invites.filter((invite) =>
        invite.id.startsWith(target),
      )
      if (invites !== undefined && invites.length === 1) {
        const invite = invites[0]!
        if (invite.state !== 'open')
          throw new RpcError('conflict', `invite ${invite.id} is already ${invite.state}`)
        await sessions.update((file) => {
          const stored = file.dossiers[id]?.invites.find((item) => item.id === invite.id)
          if (stored !== undefined) stored.state = 'revoked'
        })
        return { revoked: 'invite', sharing: await summary(id) }
      }
      if (invites !== undefined && invites.length > 1)
        throw new RpcError(
          'invalid-params',
          `${target} names ${invites.length} invites; give more of the id`,
        )
      const key = await resolveMember(id, target)
      if (key === sessions.localKey)
        throw new RpcError('conflict', 'to leave, stop sharing (`dossier share ID --stop`)')
      await withDossier(id, (dossier) => dossier.removeMember(key, sessions.signer))
      return { revoked: 'member', sharing: await summary(id) }
    },
    role: async ({ id, member, role }) => {
      const key = await resolveMember(id, member)
      await withDossier(id, (dossier) => dossier.changeRole(key, role, sessions.signer))
      return { sharing: await summary(id) }
    },
  }
}
