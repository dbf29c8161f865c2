import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js'
import sodium from 'sodium-universal'
import type { DeviceKeyFile } from '../../../shared/identity'
import { noiseKeyPair } from '../lan/device-keypair'

/**
 * One sealed envelope on a relay (docs/relay.md, "Sealed mode"): a Yjs update of the dossier,
 * encrypted with XChaCha20-Poly1305 under the epoch's key, bound to the dossier, the epoch, its
 * author and the author's counter, and signed by the author's device key.
 *
 *   u8 version | u32 epoch | author key (32) | u32 counter | nonce (24) | ciphertext | signature (64)
 *
 * The additional data is the dossier id and everything before the ciphertext; the signature covers
 * the dossier id and everything before it.
 */
const VERSION = 1
const HEADER = 1 + 4 + 32 + 4 + 24
const SIGNATURE = 64
const NONCE = sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
const TAG = sodium.crypto_aead_xchacha20poly1305_ietf_ABYTES
const encoder = new TextEncoder()
const EPOCH_LABEL = encoder.encode('verification-desk relay v1 epoch key')
const ROOM_LABEL = encoder.encode('verification-desk relay v1 room')

export interface OpenedEnvelope {
  readonly epoch: number
  readonly author: string
  readonly counter: number
  readonly update: Uint8Array
}

const hash = (bytes: number, message: Uint8Array, key: Uint8Array): Uint8Array => {
  const out = new Uint8Array(bytes)
  sodium.crypto_generichash(out, message, key)
  return out
}

/** The epoch's key: keyed BLAKE2b-256 of a label and the epoch, with the session secret as key. */
export const epochKey = (sessionSecret: Uint8Array, epoch: number): Uint8Array => {
  const message = new Uint8Array(EPOCH_LABEL.length + 4)
  message.set(EPOCH_LABEL)
  new DataView(message.buffer).setUint32(EPOCH_LABEL.length, epoch)
  return hash(32, message, sessionSecret)
}

/** The relay room's name: derived from the session secret, so the relay never learns the dossier id. */
export const sealedRoomName = (sessionSecret: Uint8Array): string =>
  `vd-${bytesToHex(hash(16, ROOM_LABEL, sessionSecret))}`

const bound = (dossierId: string, bytes: Uint8Array): Uint8Array => {
  const id = encoder.encode(dossierId)
  const out = new Uint8Array(id.length + 1 + bytes.length)
  out.set(id)
  out[id.length] = 0x0a
  out.set(bytes, id.length + 1)
  return out
}

export interface Sealer {
  readonly dossierId: string
  readonly epoch: number
  readonly key: Uint8Array
  readonly deviceKey: Pick<DeviceKeyFile, 'publicKey' | 'secretKey'>
}

export const sealEnvelope = (sealer: Sealer, counter: number, update: Uint8Array): Uint8Array => {
  const out = new Uint8Array(HEADER + update.length + TAG + SIGNATURE)
  const view = new DataView(out.buffer)
  out[0] = VERSION
  view.setUint32(1, sealer.epoch)
  out.set(hexToBytes(sealer.deviceKey.publicKey), 5)
  view.setUint32(37, counter)
  const nonce = out.subarray(41, 41 + NONCE)
  sodium.randombytes_buf(nonce)
  const ciphertext = out.subarray(HEADER, HEADER + update.length + TAG)
  sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
    ciphertext,
    update,
    bound(sealer.dossierId, out.subarray(0, HEADER)),
    null,
    nonce,
    sealer.key,
  )
  const signed = bound(sealer.dossierId, out.subarray(0, HEADER + ciphertext.length))
  sodium.crypto_sign_detached(
    out.subarray(HEADER + ciphertext.length),
    signed,
    noiseKeyPair(sealer.deviceKey).secretKey,
  )
  return out
}

export type EnvelopeRead =
  | { readonly ok: true; readonly envelope: OpenedEnvelope }
  | {
      readonly ok: false
      readonly reason: string
      readonly author: string | null
      /** Sound and signed, but sealed under an epoch this device holds no key for (yet). */
      readonly noKey?: boolean
    }

/**
 * Opens an envelope: its signature first (by the author it names), then the ciphertext with the
 * key of its epoch. Never throws; says why not.
 */
export const openEnvelope = (
  bytes: unknown,
  dossierId: string,
  keysOf: (epoch: number) => readonly Uint8Array[],
): EnvelopeRead => {
  if (
    !(bytes instanceof Uint8Array) ||
    bytes.length < HEADER + TAG + SIGNATURE ||
    bytes[0] !== VERSION
  )
    return { ok: false, reason: 'not an envelope', author: null }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const epoch = view.getUint32(1)
  const authorBytes = bytes.subarray(5, 37)
  const author = bytesToHex(authorBytes)
  const counter = view.getUint32(37)
  const body = bytes.length - SIGNATURE
  let signed = false
  try {
    signed = sodium.crypto_sign_verify_detached(
      bytes.subarray(body),
      bound(dossierId, bytes.subarray(0, body)),
      authorBytes,
    )
  } catch {
    signed = false
  }
  if (!signed) return { ok: false, reason: 'its signature does not verify', author }
  const keys = keysOf(epoch)
  if (keys.length === 0)
    return { ok: false, reason: `no key for epoch ${epoch}`, author, noKey: true }
  const ciphertext = bytes.subarray(HEADER, body)
  const update = new Uint8Array(ciphertext.length - TAG)
  // Two editors may rotate at once: an epoch can have two keys until everyone settles on one.
  for (const key of keys) {
    try {
      sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
        update,
        null,
        ciphertext,
        bound(dossierId, bytes.subarray(0, HEADER)),
        bytes.subarray(41, 41 + NONCE),
        key,
      )
      return { ok: true, envelope: { epoch, author, counter, update } }
    } catch {
      // Not this key.
    }
  }
  return { ok: false, reason: 'it does not decrypt', author }
}
