import sodium from 'sodium-universal'

/**
 * What a secret opens. Each purpose derives its own key, so a secret used for one can never be
 * replayed as the other (an invite's secret is not a session secret, nor the reverse).
 */
export type SecretPurpose = 'invite' | 'session'

const LABELS: Record<SecretPurpose, string> = {
  invite: 'verification-desk lan v1 invite psk',
  session: 'verification-desk lan v1 session psk',
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
