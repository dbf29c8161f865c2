import { ed25519 } from '@noble/curves/ed25519.js'
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js'

/**
 * The base point's table, built by the first signature check in a process (a page: on the first
 * remote decision). noble's default window (6) means ~1,400 points, 40–110 ms in one task; a window
 * of 4 means ~520 points, ~10 ms, and checks about as fast (the author key's own multiplication,
 * which is never tabled, dominates each check). Only speed changes, never an answer.
 */
ed25519.Point.BASE.precompute(4)

/**
 * An editor's device identity: an Ed25519 key pair and the display name the editor chose.
 * The public key, in hex, is the author id written into every signed entry.
 */
export interface Signer {
  readonly publicKey: string
  readonly name: string
  sign(message: Uint8Array): string
}

export interface DeviceKeyFile {
  readonly version: 1
  readonly name: string
  readonly publicKey: string
  readonly secretKey: string
}

export const createDeviceKey = (name: string): DeviceKeyFile => {
  const secretKey = ed25519.utils.randomSecretKey()
  return {
    version: 1,
    name,
    publicKey: bytesToHex(ed25519.getPublicKey(secretKey)),
    secretKey: bytesToHex(secretKey),
  }
}

export const signerFromKey = (key: DeviceKeyFile): Signer => {
  const secret = hexToBytes(key.secretKey)
  const derived = bytesToHex(ed25519.getPublicKey(secret))
  if (derived !== key.publicKey) {
    throw new Error('device key is damaged: its public key does not match its secret key')
  }
  return {
    publicKey: key.publicKey,
    name: key.name,
    sign: (message) => bytesToHex(ed25519.sign(message, secret)),
  }
}

const HEX_KEY = /^[0-9a-f]{64}$/
const HEX_SIG = /^[0-9a-f]{128}$/

/** True only for a well-formed signature by `publicKey` over `message`; never throws. */
export const verifySignature = (
  publicKey: string,
  message: Uint8Array,
  signature: string,
): boolean => {
  if (!HEX_KEY.test(publicKey) || !HEX_SIG.test(signature)) return false
  try {
    return ed25519.verify(hexToBytes(signature), message, hexToBytes(publicKey))
  } catch {
    return false
  }
}

export const isPublicKey = (value: string): boolean => HEX_KEY.test(value)

export const shortKey = (publicKey: string): string => publicKey.slice(0, 8)
