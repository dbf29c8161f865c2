import { CLOSE_NOT_A_MEMBER, PEER_HOST_LIMITS } from '../../../shared/protocol'
import type { Role } from '../../../shared/protocol'
import type { Transport } from '../../../shared/transport'
import type { ConnectOptions } from '../sync/sync-hub'
import type { FrameGate } from './frame-gate'
import { CLOSE_DUPLICATE, keepIncoming } from './keep-one'
import { linkKey } from './mesh-dialer'

const CLOSE_ROLE_CHANGED = 4410
/** Presence another host may relay: every tab of every member it reaches, within reason. */
const RELAYED_AWARENESS_CLIENTS = 256

/** One live connection to another member's host, for one dossier. */
export interface MemberLink {
  readonly transport: Transport
  readonly dialledByLocal: boolean
  readonly address: string
  readonly role: Role
}

/** What the links need of the host's sessions. */
export interface LinkOwner {
  readonly localKey: string
  isClosed(): boolean
  roleOf(dossierId: string, key: string): Role | null
  /** A link to `key` (linkKey) is up (the mesh retries its next loss at once). */
  linked(key: string): void
  /** Hands an admitted, welcomed connection to the hub (`hub.connect`). */
  connect(transport: Transport, options: ConnectOptions): unknown
}

/** The host's links to other members' hosts: one per (dossier, device), each as its member. */
export class MemberLinks {
  private readonly links = new Map<string, MemberLink>()

  constructor(private readonly owner: LinkOwner) {}

  has(dossierId: string, remoteKey: string): boolean {
    return this.links.has(linkKey(dossierId, remoteKey))
  }

  get(dossierId: string, remoteKey: string): MemberLink | undefined {
    return this.links.get(linkKey(dossierId, remoteKey))
  }

  /** Closes the links of one dossier. */
  closeDossier(dossierId: string, code: number, reason: string): void {
    for (const [key, link] of this.links)
      if (key.startsWith(`${dossierId} `)) link.transport.close(code, reason)
  }

  closeAll(code: number, reason: string): void {
    for (const link of this.links.values()) link.transport.close(code, reason)
  }

  /** Closes the links of devices no longer members, and of those whose role changed (they redial). */
  enforceMembers(dossierId: string): void {
    for (const [key, link] of this.links) {
      if (!key.startsWith(`${dossierId} `)) continue
      const role = this.owner.roleOf(dossierId, key.slice(dossierId.length + 1))
      if (role === null)
        link.transport.close(CLOSE_NOT_A_MEMBER, 'this device is not a member of the dossier')
      else if (role !== link.role)
        link.transport.close(CLOSE_ROLE_CHANGED, `the role is now ${role}`)
    }
  }

  /** Keeps one link per (dossier, device) and hands it to the hub with the member's role. */
  adopt(
    dossierId: string,
    remoteKey: string,
    gate: FrameGate,
    dialledByLocal: boolean,
    address: string,
  ): void {
    const transport = gate.handOff()
    const role = this.owner.roleOf(dossierId, remoteKey)
    if (role === null || this.owner.isClosed()) {
      return transport.close(CLOSE_NOT_A_MEMBER, 'this device is not a member of the dossier')
    }
    const key = linkKey(dossierId, remoteKey)
    const existing = this.links.get(key)
    if (existing !== undefined) {
      if (!keepIncoming(this.owner.localKey, remoteKey, existing.dialledByLocal, dialledByLocal))
        return transport.close(CLOSE_DUPLICATE, 'another connection to this device is kept')
      existing.transport.close(CLOSE_DUPLICATE, 'another connection to this device is kept')
    }
    const link: MemberLink = { transport, dialledByLocal, address, role }
    this.links.set(key, link)
    this.owner.linked(key)
    transport.onClose(() => {
      if (this.links.get(key) === link) this.links.delete(key)
    })
    this.owner.connect(transport, {
      dossierId,
      role,
      rpc: 'flush-only',
      awarenessClients: RELAYED_AWARENESS_CLIENTS,
      limits: PEER_HOST_LIMITS,
    })
  }
}
