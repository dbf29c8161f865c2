import { CLOSE_NOT_A_MEMBER } from '../../../shared/protocol'
import type { LanGrant } from './handshake'

/** Who finished the handshake: what the handshake proved, before the listener admits them. */
export interface LanPeerIdentity {
  /** The peer's device public key (hex), authenticated by the handshake. */
  readonly remoteKey: string
  readonly dossierId: string
  /** Which secret it held: an invite (which one) or its pair secret with this host. */
  readonly grant: LanGrant
  /** `ip` as the socket saw it, for logs and per-address caps; proves nothing. */
  readonly remoteAddress: string
}

export type LanAdmission =
  | { readonly admit: true }
  | { readonly admit: false; readonly code: number; readonly reason: string }

/**
 * The listener's door: whoever holds an open invite may join (that is what an invite is for); a
 * pair secret admits only the device it was made for, and only while `isMember` knows it (the
 * candidate may have been offered just before a removal arrived).
 */
export const admitInvitesAndMembers =
  (isMember: (remoteKey: string, dossierId: string) => boolean) =>
  (peer: LanPeerIdentity): LanAdmission => {
    if (
      peer.grant.kind === 'invite' ||
      (peer.grant.key === peer.remoteKey && isMember(peer.remoteKey, peer.dossierId))
    )
      return { admit: true }
    return {
      admit: false,
      code: CLOSE_NOT_A_MEMBER,
      reason: 'this device is not a member of the dossier',
    }
  }
