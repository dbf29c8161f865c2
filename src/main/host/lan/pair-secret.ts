import { hexToBytes } from '@noble/hashes/utils.js'
import sodium from 'sodium-universal'
import type { DeviceKeyFile } from '../../../shared/identity'
import { noiseKeyPair } from './device-keypair'
import { SECRET_BYTES } from './psk'

const PAIR_LABEL = new TextEncoder().encode('verification-desk lan v1 member pair')

const compare = (a: Uint8Array, b: Uint8Array): number => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!
  return 0
}

/**
 * The secret two members of a session hold between them, and no one else (docs/lan.md, "Member
 * links"): keyed BLAKE2b-256 with the session secret as the key, over a label, both device keys
 * in byte order, and the X25519 agreement of the two devices' keys (each Ed25519 key converted to
 * its Curve25519 form, as libsodium does). Either side computes it from its own private key and
 * the other's public key, so it is the same both ways; a third party needs one of the two private
 * keys as well as the session secret. A removed member therefore holds nothing that opens a
 * handshake with anyone: the listeners simply stop offering its pair.
 *
 * Returns null when `remoteKey` is not a usable Ed25519 public key (a damaged member entry must
 * not stop the others' candidates from being built).
 */
export const pairSecret = (
  sessionSecret: Uint8Array,
  local: Pick<DeviceKeyFile, 'publicKey' | 'secretKey'>,
  remoteKey: string,
): Uint8Array | null => {
  if (sessionSecret.length !== SECRET_BYTES)
    throw new Error(`a LAN secret is ${SECRET_BYTES} bytes`)
  const localPair = noiseKeyPair(local)
  let remote: Uint8Array
  const agreed = new Uint8Array(32)
  try {
    remote = hexToBytes(remoteKey)
    if (remote.length !== 32 || compare(remote, localPair.publicKey) === 0) return null
    const remoteCurve = new Uint8Array(32)
    const localCurve = new Uint8Array(32)
    sodium.crypto_sign_ed25519_pk_to_curve25519(remoteCurve, remote)
    sodium.crypto_sign_ed25519_sk_to_curve25519(localCurve, localPair.secretKey)
    sodium.crypto_scalarmult(agreed, localCurve, remoteCurve)
  } catch {
    return null
  }
  // A low-order remote key agrees on all zeroes: that pair would hang on the session secret alone.
  if (agreed.every((byte) => byte === 0)) return null
  const [first, second] =
    compare(localPair.publicKey, remote) < 0
      ? [localPair.publicKey, remote]
      : [remote, localPair.publicKey]
  const message = new Uint8Array(PAIR_LABEL.length + 96)
  message.set(PAIR_LABEL, 0)
  message.set(first, PAIR_LABEL.length)
  message.set(second, PAIR_LABEL.length + 32)
  message.set(agreed, PAIR_LABEL.length + 64)
  const secret = new Uint8Array(SECRET_BYTES)
  sodium.crypto_generichash(secret, message, sessionSecret)
  return secret
}
