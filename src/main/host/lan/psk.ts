import sodium from 'sodium-universal'

/**
 * What a secret opens: an invite, or a link between two members (the secret is then their pair
 * secret, `pair-secret.ts`). Each purpose derives its own key, so a secret used for one can never
 * be replayed as the other.
 */
export type SecretPurpose = 'invite' | 'member'

const LABELS: Record<SecretPurpose, string> = {
  invite: 'verification-desk lan v1 invite psk',
  member: 'verification-desk lan v1 member psk',
}

export const SECRET_BYTES = 32

/**
 * The Noise PSK for `secret`: keyed BLAKE2b-256 (crypto_generichash) of the purpose's label, with
 * the secret as the key. The raw secret is never the PSK.
 */
export const derivePsk = (secret: Uint8Array, purpose: SecretPurpose): Uint8Array => {
  if (secret.length !== SECRET_BYTES) throw new Error(`a LAN secret is ${SECRET_BYTES} bytes`)
  const psk = new Uint8Array(32)
  sodium.crypto_generichash(psk, new TextEncoder().encode(LABELS[purpose]), secret)
  return psk
}
