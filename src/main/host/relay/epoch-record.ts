import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js'
import sodium from 'sodium-universal'
import type { DeviceKeyFile } from '../../../shared/identity'
import { noiseKeyPair } from '../lan/device-keypair'
import { SEALED_BOX_OVERHEAD, openSealedToDevice, sealToDevice } from './sealed-box'

/**
 * A key epoch's record on a sealed relay (docs/relay.md, "Key epochs"): the epoch's secret
 * sealed to each member it is for (libsodium's sealed box to the member's device key in its
 * Curve25519 form), signed by the editor who wrote it. A removed member is not among the
 * recipients of the epoch that follows its removal, so it cannot open what is sealed after.
 *
 *   u8 version | u32 epoch | author key (32) | u8 count | count × (member key (32), sealed secret (80))
 *   | signature (64)
 */
const VERSION = 1
const SECRET = 32
const SEALED = SECRET + SEALED_BOX_OVERHEAD
const RECIPIENT = 32 + SEALED
const SIGNATURE = 64
const LABEL = new TextEncoder().encode('verification-desk relay v1 epoch record\n')

export interface EpochRecord {
  readonly epoch: number
  readonly author: string
  /** The members it was sealed to. */
  readonly recipients: readonly string[]
  /** The secret, when this device is among the recipients. */
  readonly secret: Uint8Array | null
}

const signed = (dossierId: string, body: Uint8Array): Uint8Array => {
  const id = new TextEncoder().encode(`${dossierId}\n`)
  const out = new Uint8Array(LABEL.length + id.length + body.length)
  out.set(LABEL)
  out.set(id, LABEL.length)
  out.set(body, LABEL.length + id.length)
  return out
}

export const newEpochSecret = (): Uint8Array => {
  const secret = new Uint8Array(SECRET)
  sodium.randombytes_buf(secret)
  return secret
}

/** Seals `secret` for `recipients` (at most 255) as epoch `epoch`, signed by `deviceKey`. */
export const writeEpochRecord = (
  dossierId: string,
  epoch: number,
  secret: Uint8Array,
  recipients: readonly string[],
  deviceKey: Pick<DeviceKeyFile, 'publicKey' | 'secretKey'>,
): Uint8Array => {
  const keys = recipients.slice(0, 255)
  const body = new Uint8Array(1 + 4 + 32 + 1 + keys.length * RECIPIENT)
  body[0] = VERSION
  new DataView(body.buffer).setUint32(1, epoch)
  body.set(hexToBytes(deviceKey.publicKey), 5)
  body[37] = keys.length
  keys.forEach((key, index) => {
    const at = 38 + index * RECIPIENT
    const edKey = hexToBytes(key)
    body.set(edKey, at)
    sealToDevice(body.subarray(at + 32, at + RECIPIENT), secret, edKey)
  })
  const out = new Uint8Array(body.length + SIGNATURE)
  out.set(body)
  sodium.crypto_sign_detached(
    out.subarray(body.length),
    signed(dossierId, body),
    noiseKeyPair(deviceKey).secretKey,
  )
  return out
}

/** Reads a record: null unless it is well formed and its author's signature verifies. */
export const readEpochRecord = (
  bytes: unknown,
  dossierId: string,
  deviceKey: Pick<DeviceKeyFile, 'publicKey' | 'secretKey'>,
): EpochRecord | null => {
  if (!(bytes instanceof Uint8Array) || bytes.length < 38 + SIGNATURE || bytes[0] !== VERSION)
    return null
  const count = bytes[37]!
  if (bytes.length !== 38 + count * RECIPIENT + SIGNATURE) return null
  const body = bytes.subarray(0, bytes.length - SIGNATURE)
  const author = bytes.subarray(5, 37)
  try {
    if (
      !sodium.crypto_sign_verify_detached(
        bytes.subarray(body.length),
        signed(dossierId, body),
        author,
      )
    )
      return null
  } catch {
    return null
  }
  const recipients: string[] = []
  let secret: Uint8Array | null = null
  for (let index = 0; index < count; index++) {
    const at = 38 + index * RECIPIENT
    const key = bytesToHex(bytes.subarray(at, at + 32))
    recipients.push(key)
    if (key !== deviceKey.publicKey || secret !== null) continue
    // Null when it was not sealed to this device after all: it stays without this epoch's secret.
    secret = openSealedToDevice(bytes.subarray(at + 32, at + RECIPIENT), deviceKey)
  }
  return {
    epoch: new DataView(bytes.buffer, bytes.byteOffset).getUint32(1),
    author: bytesToHex(author),
    recipients,
    secret,
  }
}
