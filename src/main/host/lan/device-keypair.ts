import { hexToBytes } from '@noble/hashes/utils.js'
import curve from 'noise-curve-ed'
import type { NoiseKeyPair } from 'noise-handshake'
import type { DeviceKeyFile } from '../../../shared/identity'

/**
 * A device key as Noise's static key pair. @noble/curves keeps an Ed25519 secret key as its 32-byte
 * seed; libsodium (and so noise-curve-ed) as 64 bytes, the seed followed by the public key, which
 * crypto_sign_seed_keypair derives from the seed. Same seed, same public key: the key a peer
 * authenticates in the handshake is the key that signs the editor's decisions.
 */
export const noiseKeyPair = (key: Pick<DeviceKeyFile, 'publicKey' | 'secretKey'>): NoiseKeyPair => {
  const seed = hexToBytes(key.secretKey)
  if (seed.length !== 32) throw new Error('device key is damaged: its secret key is not 32 bytes')
  const pair = curve.generateKeyPair(seed)
  const expected = hexToBytes(key.publicKey)
  if (
    pair.publicKey.length !== expected.length ||
    !pair.publicKey.every((b, i) => b === expected[i])
  ) {
    throw new Error('device key is damaged: its public key does not match its secret key')
  }
  return pair
}
