import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js'
import sodium from 'sodium-universal'
import type { DeviceKeyFile } from '../../../shared/identity'
import { doorAnswerSchema, doorKnockSchema } from '../../../shared/relay'
import type { DoorAnswer, DoorKnock, DoorMember } from '../../../shared/relay'
import { noiseKeyPair } from '../lan/device-keypair'
import { openSealedToDevice, sealToDevice, SEALED_BOX_OVERHEAD } from './sealed-box'

/**
 * The relay's side door for an invite (docs/relay.md, "Joining through a relay"): a room named
 * from the invite's secret, where the joiner knocks and the inviter's host answers. The relay sees
 * neither the dossier nor the invite: the room's name and the messages' key are keyed hashes of
 * the secret, every message is sealed (XChaCha20-Poly1305) under that key and signed by the
 * device that sent it.
 *
 *   u8 version | nonce (24) | ciphertext of JSON { body, signature }
 */
const VERSION = 1
const NONCE = sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
const TAG = sodium.crypto_aead_xchacha20poly1305_ietf_ABYTES
const SESSION_SECRET = 32
/** A door message is small; anything larger is not one. */
const MAX_MESSAGE = 256 * 1024
const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })
const ROOM_LABEL = encoder.encode('verification-desk relay v1 door room')
const KEY_LABEL = encoder.encode('verification-desk relay v1 door key')
const SIGN_LABEL = 'verification-desk relay v1 door message\n'

type DeviceKey = Pick<DeviceKeyFile, 'publicKey' | 'secretKey'>

const keyed = (bytes: number, label: Uint8Array, secret: Uint8Array): Uint8Array => {
  const out = new Uint8Array(bytes)
  sodium.crypto_generichash(out, label, secret)
  return out
}

export interface InviteDoor {
  /** The relay room: `vd-door-` and 32 hex characters. */
  readonly room: string
  readonly key: Uint8Array
}

export const inviteDoor = (inviteSecret: Uint8Array): InviteDoor => ({
  room: `vd-door-${bytesToHex(keyed(16, ROOM_LABEL, inviteSecret))}`,
  key: keyed(32, KEY_LABEL, inviteSecret),
})

const signedBytes = (door: InviteDoor, body: string): Uint8Array =>
  encoder.encode(`${SIGN_LABEL}${door.room}\n${body}`)

const seal = (door: InviteDoor, message: DoorKnock | DoorAnswer, sender: DeviceKey): Uint8Array => {
  const body = JSON.stringify(message)
  const signature = new Uint8Array(64)
  sodium.crypto_sign_detached(signature, signedBytes(door, body), noiseKeyPair(sender).secretKey)
  const plain = encoder.encode(JSON.stringify({ body, signature: bytesToHex(signature) }))
  const out = new Uint8Array(1 + NONCE + plain.length + TAG)
  out[0] = VERSION
  sodium.randombytes_buf(out.subarray(1, 1 + NONCE))
  sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
    out.subarray(1 + NONCE),
    plain,
    encoder.encode(door.room),
    null,
    out.subarray(1, 1 + NONCE),
    door.key,
  )
  return out
}

/** The signed body of a door message, if it opens under the door's key; its claimed sender is checked later. */
const open = (door: InviteDoor, item: unknown): { body: string; signature: Uint8Array } | null => {
  if (!(item instanceof Uint8Array) || item.length > MAX_MESSAGE) return null
  if (item.length < 1 + NONCE + TAG || item[0] !== VERSION) return null
  const plain = new Uint8Array(item.length - 1 - NONCE - TAG)
  try {
    sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      plain,
      null,
      item.subarray(1 + NONCE),
      encoder.encode(door.room),
      item.subarray(1, 1 + NONCE),
      door.key,
    )
    const outer: unknown = JSON.parse(decoder.decode(plain))
    if (typeof outer !== 'object' || outer === null) return null
    const { body, signature } = outer as Record<string, unknown>
    if (typeof body !== 'string' || typeof signature !== 'string') return null
    if (!/^[0-9a-f]{128}$/.test(signature)) return null
    return { body, signature: hexToBytes(signature) }
  } catch {
    return null
  }
}

const verifies = (door: InviteDoor, body: string, signature: Uint8Array, key: string): boolean => {
  try {
    return sodium.crypto_sign_verify_detached(signature, signedBytes(door, body), hexToBytes(key))
  } catch {
    return false
  }
}

const parseJson = (body: string): unknown => {
  try {
    return JSON.parse(body)
  } catch {
    return null
  }
}

export const sealKnock = (door: InviteDoor, knock: DoorKnock, joiner: DeviceKey): Uint8Array =>
  seal(door, knock, joiner)

/** A knock, when `item` is one sealed under this door and signed by the device it names. */
export const openKnock = (door: InviteDoor, item: unknown): DoorKnock | null => {
  const opened = open(door, item)
  if (opened === null) return null
  const knock = doorKnockSchema.safeParse(parseJson(opened.body))
  if (!knock.success || !verifies(door, opened.body, opened.signature, knock.data.key)) return null
  return knock.data
}

/** The session secret sealed to the joiner's device, as an admitted answer carries it. */
export const sealSessionSecret = (secret: Uint8Array, joinerKey: string): string => {
  const out = new Uint8Array(SESSION_SECRET + SEALED_BOX_OVERHEAD)
  sealToDevice(out, secret, hexToBytes(joinerKey))
  return bytesToHex(out)
}

export const sealAnswer = (door: InviteDoor, answer: DoorAnswer, inviter: DeviceKey): Uint8Array =>
  seal(door, answer, inviter)

export type OpenedAnswer =
  | {
      readonly admitted: true
      readonly sessionSecret: Uint8Array
      readonly members: readonly DoorMember[]
    }
  | { readonly admitted: false; readonly reason: string }

/**
 * The answer to this device, when `item` is one: sealed under this door, signed by the inviter the
 * invite names, addressed to this device, and (admitted) carrying a secret this device opens.
 */
export const openAnswer = (
  door: InviteDoor,
  item: unknown,
  inviter: string,
  joiner: DeviceKey,
): OpenedAnswer | null => {
  const opened = open(door, item)
  if (opened === null || !verifies(door, opened.body, opened.signature, inviter)) return null
  const answer = doorAnswerSchema.safeParse(parseJson(opened.body))
  if (!answer.success || answer.data.to !== joiner.publicKey) return null
  if (!answer.data.admitted) return { admitted: false, reason: answer.data.reason }
  const sessionSecret = openSealedToDevice(hexToBytes(answer.data.sealedSecret), joiner)
  if (sessionSecret === null || sessionSecret.length !== SESSION_SECRET) return null
  return { admitted: true, sessionSecret, members: answer.data.members }
}
