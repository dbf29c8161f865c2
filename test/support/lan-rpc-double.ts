import * as Y from 'yjs'
import { Dossier } from '../../src/shared/dossier'
import {
  createInvite,
  encodeInviteLink,
  formatLanAddress,
  readInviteLink,
} from '../../src/shared/lan'
import type { LanAddress } from '../../src/shared/lan'
import { shortKey } from '../../src/shared/identity'
import type { Signer } from '../../src/shared/identity'
import { RPC_CONTRACT, RpcError } from '../../src/shared/protocol'
import type {
  InviteSummary,
  MemberSummary,
  RpcMethod,
  RpcResult,
  SharingWire,
} from '../../src/shared/protocol'
import type { RpcHandler } from '../../src/main/host/sync'
import type { MemoryLibrary } from './memory-library'
import { SOURCE, alice, bob } from './dossier-fixtures'

/** What the double answers `join` with, for a link the test has registered. */
export type JoinOutcome =
  | { readonly kind: 'joins'; readonly title: string }
  | { readonly kind: 'fails'; readonly code: string; readonly message: string }

interface Session {
  shared: boolean
  readonly members: MemberSummary[]
  readonly invites: InviteSummary[]
}

/**
 * A TEST DOUBLE of the host's LAN service (`share`, `unshare`, `join`, `sharing`, `revoke`,
 * `role`), in memory, for the renderer's Chromium tests. The real one (src/main/host/lan-session)
 * was built at the same time on another branch; these tests move to `dossier serve` once both
 * have landed. It follows the contract and checks every answer against the contract's result
 * schema, so a UI built against a drifted double fails (`violations` lists what drifted).
 *
 * No network is involved: invites carry the documentation addresses below, `simulateJoin`
 * stands for someone joining with an invite, and `join` answers what the test registered.
 */
export class LanRpcDouble {
  static readonly ADDRESSES: readonly LanAddress[] = [
    { host: '127.0.0.20', port: 41234 },
    { host: 'fd00:1::20', port: 41234 },
  ]

  private readonly sessions = new Map<string, Session>()
  private readonly joinOutcomes = new Map<string, JoinOutcome>()
  /** Answers that did not match the contract: a test asserts none. */
  readonly violations: string[] = []
  /** Why the LAN endpoint does not work, as the real host reports it; null when it does. */
  problem: string | null = null
  /** The next call of a method fails with this error (then the method works again). */
  readonly failNext = new Map<RpcMethod, RpcError>()

  constructor(
    private readonly library: MemoryLibrary,
    /** This host's device: the member marked `you`. */
    private readonly device: Signer,
  ) {}

  /** Someone joined with `inviteId`: the invite is used and they are a member, online. */
  simulateJoin(
    dossierId: string,
    inviteId: string,
    who: Signer = bob,
    address = '127.0.0.31:50210',
  ) {
    const session = this.session(dossierId)
    const invite = session.invites.find((entry) => entry.id === inviteId)
    if (invite === undefined || invite.state !== 'open')
      throw new Error(`invite ${inviteId} is not open`)
    replace(session.invites, invite, { ...invite, state: 'used' })
    session.members.push(member(who, invite.role, { online: true, address, admittedBy: inviteId }))
  }

  /** What `join` answers for `link`; an unregistered link fails as unreachable. */
  onJoin(link: string, outcome: JoinOutcome): void {
    this.joinOutcomes.set(link, outcome)
  }

  /** A valid link to a dossier on another computer, for join tests. */
  static foreignLink(): string {
    return encodeInviteLink(
      createInvite({
        dossierId: 'm_elsewhere001',
        role: 'editor',
        inviter: alice.publicKey,
        addresses: [{ host: '127.0.0.44', port: 41234 }],
      }),
    )
  }

  sharing(dossierId: string): SharingWire {
    const session = this.session(dossierId)
    return {
      dossierId,
      shared: session.shared,
      listening: session.shared ? LanRpcDouble.ADDRESSES.map(formatLanAddress) : [],
      problem: this.problem,
      members: session.members.map((entry) => ({ ...entry })),
      invites: session.invites.map((entry) => ({ ...entry })),
      relay: null,
    }
  }

  readonly rpc: RpcHandler = {
    share: (params) =>
      this.answer('share', () => {
        this.library.summary(params.id)
        const session = this.session(params.id)
        session.shared = true
        const now = Date.now()
        const expiresAt = params.expiresInMs === undefined ? undefined : now + params.expiresInMs
        const invite = createInvite({
          dossierId: params.id,
          role: params.role,
          inviter: this.device.publicKey,
          addresses: LanRpcDouble.ADDRESSES,
          ...(expiresAt === undefined ? {} : { expiresAt }),
        })
        const summary: InviteSummary = {
          id: invite.id,
          role: invite.role,
          link: encodeInviteLink(invite),
          expiresAt: expiresAt === undefined ? null : new Date(expiresAt).toISOString(),
          state: 'open',
          created: new Date(now).toISOString(),
        }
        session.invites.push(summary)
        return { invite: summary, sharing: this.sharing(params.id) }
      }),
    unshare: ({ id }) =>
      this.answer('unshare', () => {
        const session = this.session(id)
        session.shared = false
        for (const invite of session.invites)
          if (invite.state === 'open')
            replace(session.invites, invite, { ...invite, state: 'revoked' })
        return { sharing: this.sharing(id) }
      }),
    sharing: ({ id }) => this.answer('sharing', () => ({ sharing: this.sharing(id) })),
    revoke: ({ id, target }) =>
      this.answer('revoke', () => {
        const session = this.session(id)
        const invite = session.invites.find((entry) => entry.id.startsWith(target))
        if (invite !== undefined) {
          if (invite.state !== 'open')
            throw new RpcError('conflict', `invite ${invite.id} is ${invite.state}, not open`)
          replace(session.invites, invite, { ...invite, state: 'revoked' })
          return { revoked: 'invite' as const, sharing: this.sharing(id) }
        }
        const found = session.members.find((entry) => entry.key.startsWith(target))
        if (found === undefined) throw new RpcError('not-found', `no member or invite ${target}`)
        if (found.you) throw new RpcError('conflict', 'you cannot remove this device itself')
        session.members.splice(session.members.indexOf(found), 1)
        return { revoked: 'member' as const, sharing: this.sharing(id) }
      }),
    role: ({ id, member: target, role }) =>
      this.answer('role', () => {
        const session = this.session(id)
        const found = session.members.find((entry) => entry.key.startsWith(target))
        if (found === undefined) throw new RpcError('not-found', `no member ${target}`)
        replace(session.members, found, { ...found, role })
        return { sharing: this.sharing(id) }
      }),
    join: ({ link }) =>
      this.answer('join', () => {
        const read = readInviteLink(link)
        if (!read.ok) throw new RpcError('invite-invalid', read.message)
        const outcome = this.joinOutcomes.get(link)
        if (outcome === undefined || outcome.kind === 'fails') {
          throw new RpcError(
            outcome?.code ?? 'unreachable',
            outcome?.message ??
              `could not reach the inviter: tried ${read.invite.addresses.map(formatLanAddress).join(', ')}`,
          )
        }
        const dossier = Dossier.create(new Y.Doc(), {
          title: outcome.title,
          story: 'Shared on the LAN',
          sourceText: SOURCE,
        })
        const id = this.library.add(dossier)
        const session = this.session(id)
        session.shared = true
        session.members.push(
          member(alice, 'editor', {
            online: true,
            address: '127.0.0.44:41234',
            admittedBy: null,
          }),
        )
        return { dossier: this.library.summary(id), sharing: this.sharing(id) }
      }),
  }

  private session(dossierId: string): Session {
    let session = this.sessions.get(dossierId)
    if (session === undefined) {
      session = {
        shared: false,
        members: [
          member(this.device, 'editor', {
            you: true,
            online: true,
            address: null,
            admittedBy: null,
          }),
        ],
        invites: [],
      }
      this.sessions.set(dossierId, session)
    }
    return session
  }

  /** Runs a method, after a failure the test queued for it, and holds its answer to the contract. */
  private answer<M extends RpcMethod>(method: M, run: () => RpcResult<M>): RpcResult<M> {
    const failure = this.failNext.get(method)
    if (failure !== undefined) {
      this.failNext.delete(method)
      throw failure
    }
    const result = run()
    const checked = RPC_CONTRACT[method].result.safeParse(result)
    if (!checked.success) {
      this.violations.push(`${method}: ${checked.error.message}`)
      throw new RpcError('bad-result', `the LAN double answered ${method} off-contract`)
    }
    return result
  }
}

const member = (
  signer: Signer,
  role: MemberSummary['role'],
  fields: { you?: boolean; online: boolean; address: string | null; admittedBy: string | null },
): MemberSummary => ({
  key: signer.publicKey,
  fingerprint: shortKey(signer.publicKey),
  name: signer.name,
  role,
  you: fields.you ?? false,
  ...fields,
})

const replace = <T>(list: T[], old: T, next: T): void => {
  list[list.indexOf(old)] = next
}
