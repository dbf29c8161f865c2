import { CLOSE_NOT_A_MEMBER } from '../../../shared/protocol'
import type { LanGrant } from './handshake'

/** Who finished the handshake: what the handshake proved, before the listener admits them. */
export interface LanPeerIdentity {
  /** The peer's device public key (hex), authenticated by the handshake. */
  readonly remoteKey: string
  readonly dossierId: string
  /** Which secret it held: an invite (which one) or the dossier's session secret. */
  readonly grant: LanGrant
  /** `ip` as the socket saw it, for logs and per-address caps; proves nothing. */
  readonly remoteAddress: string
}

export type LanAdmission =
  | { readonly admit: true }
  | { readonly admit: false; readonly code: number; readonly reason: string }

/**
 * The policy before membership entries exist: whoever holds an open invite may join (that is what
 * an invite is for); whoever holds the session secret must also have a key `isMember` knows, so a
 * removed member who kept the secret is turned away even before the secret is rotated.
 */
export const admitInvitesAndMembers =
  (isMember: (remoteKey: string, dossierId: string) => boolean) =>
  (peer: LanPeerIdentity): LanAdmission => {
    if (peer.grant.kind === 'invite' || isMember(peer.remoteKey, peer.dossierId))
      return { admit: true }
    return {
      admit: false,
      code: CLOSE_NOT_A_MEMBER,
      reason: 'this device is not a member of the dossier',
    }
  }
