import sodium from 'sodium-universal'
import type { DeviceKeyFile } from '../../../shared/identity'
import { noiseKeyPair } from '../lan/device-keypair'

/**
 * libsodium's sealed box to a member's device key in its Curve25519 form: anyone may seal to a
 * device, only that device opens. Used for key epochs and for a relay invite's answer.
 */
export const SEALED_BOX_OVERHEAD = sodium.crypto_box_SEALBYTES

const curvePublic = (edKey: Uint8Array): Uint8Array => {
  const out = new Uint8Array(32)
  sodium.crypto_sign_ed25519_pk_to_curve25519(out, edKey)
  return out
}

/** `message` sealed to the device whose Ed25519 public key is `edKey`, written into `out`. */
export const sealToDevice = (out: Uint8Array, message: Uint8Array, edKey: Uint8Array): void => {
  sodium.crypto_box_seal(out, message, curvePublic(edKey))
}

/** What `sealed` opens to with this device's key; null when it was sealed to another device. */
export const openSealedToDevice = (
  sealed: Uint8Array,
  deviceKey: Pick<DeviceKeyFile, 'publicKey' | 'secretKey'>,
): Uint8Array | null => {
  if (sealed.length < SEALED_BOX_OVERHEAD) return null
  const pair = noiseKeyPair(deviceKey)
  const curveSecret = new Uint8Array(32)
  sodium.crypto_sign_ed25519_sk_to_curve25519(curveSecret, pair.secretKey)
  const opened = new Uint8Array(sealed.length - SEALED_BOX_OVERHEAD)
  try {
    return sodium.crypto_box_seal_open(opened, sealed, curvePublic(pair.publicKey), curveSecret)
      ? opened
      : null
  } catch {
    return null
  }
}
