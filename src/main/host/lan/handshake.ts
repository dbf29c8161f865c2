import curve from 'noise-curve-ed'
import NoiseState from 'noise-handshake'
import type { NoiseKeyPair } from 'noise-handshake'
import type { Role } from '../../../shared/protocol'
import { derivePsk } from './psk'
import type { SecretPurpose } from './psk'

/** Bumped when the LAN handshake or framing changes: it is in the prologue, so versions never mix. */
export const LAN_PROTOCOL_VERSION = 1

/**
 * XX with a PSK mixed in before the first message. noise-handshake reads `psk` only for patterns
 * with a psk token: with plain 'XX' a PSK is silently ignored (a test holds us to this name).
 */
export const NOISE_PATTERN = 'XXpsk0'

/** Both sides must agree on it byte for byte: the protocol version and the dossier. */
export const prologueFor = (dossierId: string): Uint8Array =>
  new TextEncoder().encode(`verification-desk lan ${LAN_PROTOCOL_VERSION}\n${dossierId}`)

/**
 * What a secret lets its holder into: an open invite, or a link with one member (`key`: the device
 * whose pair secret it is; only that device may finish the handshake with it).
 */
export type LanGrant =
  | { readonly kind: 'invite'; readonly inviteId: string; readonly role: Role }
  | { readonly kind: 'member'; readonly key: string }

/** One secret the listener would accept right now, for one dossier. */
export interface LanCandidate {
  readonly dossierId: string
  readonly secret: Uint8Array
  readonly grant: LanGrant
}

export const purposeOf = (grant: LanGrant): SecretPurpose => grant.kind

export const startHandshake = (
  initiator: boolean,
  keyPair: NoiseKeyPair,
  dossierId: string,
  secret: Uint8Array,
  purpose: SecretPurpose,
): NoiseState => {
  const noise = new NoiseState(NOISE_PATTERN, initiator, keyPair, {
    curve,
    psk: derivePsk(secret, purpose),
  })
  noise.initialise(prologueFor(dossierId))
  return noise
}

/**
 * Which candidate the initiator's first message was made with. In XXpsk0 that message is already
 * encrypted under the PSK and the prologue (its empty payload carries a 16-byte tag), so each
 * candidate gets a fresh responder that tries to read it; the first that authenticates wins. No
 * Diffie-Hellman happens before the PSK is checked: a trial costs a few hashes and one AEAD open.
 */
export const findCandidate = (
  message: Uint8Array,
  candidates: readonly LanCandidate[],
  keyPair: NoiseKeyPair,
): { readonly candidate: LanCandidate; readonly noise: NoiseState } | null => {
  for (const candidate of candidates) {
    try {
      const noise = startHandshake(
        false,
        keyPair,
        candidate.dossierId,
        candidate.secret,
        purposeOf(candidate.grant),
      )
      if (noise.recv(message).length === 0) return { candidate, noise }
    } catch {
      // Not this one (or a damaged candidate): try the next.
    }
  }
  return null
}
